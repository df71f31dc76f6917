"""Rights of roles that work only under a plugin's index pages (event managers under the events
index, see `PluginConfig.role_index_pages`): granted when such a page is created, in whichever
language and by whichever code path (admin, translation, demo loader), hence a post_save receiver
rather than an admin hook. Pages that existed before need a data migration in the plugin."""

from functools import partial

from django.db.models.signals import post_save

from integreat_wagtail.municipalities.pages import municipality_for
from integreat_wagtail.municipalities.services import grant_plugin_page_permissions

from .registry import installed_plugins


def grant_on_index_page(sender, instance, created, raw=False, *, role_key, **kwargs):
    municipality = municipality_for(instance) if created and not raw else None
    if municipality is not None:
        grant_plugin_page_permissions(municipality, role_key, instance)


def connect():
    """Called once from the plugin framework's AppConfig.ready()."""
    for config in installed_plugins():
        for role_key, model in config.role_index_page_models():
            post_save.connect(
                partial(grant_on_index_page, role_key=role_key), sender=model, weak=False,
                dispatch_uid=f"role-index-page:{model._meta.label}:{role_key}",
            )
