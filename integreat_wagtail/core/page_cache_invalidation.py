"""What makes cached pages stale, per municipality (see page_cache.py for the keys).

- Pages: publish, unpublish, move (both municipalities), delete. A page above the municipalities
  (the landing page, the tree root) invalidates everything.
- A municipality's settings and its plugin switch (both save the `Municipality` row): its own
  pages and the platform's (the landing page and region list show it).
- Rows of any plugin model (the page-cache contract of the plugin guide): the municipality named by the row's
  `municipality`, or by its parent's (a ParentalKey or foreign key to a model or page that has
  one); a row without one (platform-wide categories) invalidates everything. The core's own
  shown-on-pages models (locations, organizations) the same way. Sites: everything.

Generations are bumped after the transaction commits: a reader rendering the old data before the
commit cannot store it under the new generation. The same scopes are purged from the CDN in front of
the site, when one is configured (cdn.py).
"""

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from integreat_wagtail.core import cdn, page_cache
from integreat_wagtail.locations.models import Location
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import MUNICIPALITY_DEPTH, municipality_for
from integreat_wagtail.organizations.models import Organization
from integreat_wagtail.plugins.registry import plugin_for_model

CORE_MODELS_SHOWN_ON_PAGES = (Location, Organization)


def invalidate(*scopes, urls=()):
    """Bump these scopes' generations once the current transaction (if any) commits, and purge them
    (with `urls`, of a page that leaves) from the CDN."""
    transaction.on_commit(lambda: page_cache.bump(*scopes))
    cdn.purge_after_commit(scopes, urls)


def municipality_scopes(municipality):
    scopes = [municipality.slug]
    if municipality.site_id:
        site = Site.objects.filter(pk=municipality.site_id).first()
        if site:
            scopes.append(page_cache.host_scope(site.hostname))
    return scopes


def page_scopes(page):
    if page.depth < MUNICIPALITY_DEPTH:
        return [page_cache.ALL]
    municipality = municipality_for(page)
    return municipality_scopes(municipality) if municipality else [page_cache.ALL]


def owner_scopes(instance):
    """The scopes of the municipality a (plugin or core) row belongs to, else everything."""
    if getattr(instance, "municipality_id", None):
        municipality = Municipality.objects.filter(pk=instance.municipality_id).first()
        return municipality_scopes(municipality) if municipality else [page_cache.ALL]
    for field in instance._meta.concrete_fields:
        if not field.many_to_one or not getattr(instance, field.attname, None):
            continue
        model = field.related_model
        if issubclass(model, Page) or any(f.name == "municipality" for f in model._meta.concrete_fields):
            try:
                parent = getattr(instance, field.name)
            except ObjectDoesNotExist:
                continue
            return page_scopes(parent) if isinstance(parent, Page) else owner_scopes(parent)
    return [page_cache.ALL]


def on_page_published(sender, instance, **kwargs):
    invalidate(*page_scopes(instance))


def on_page_unpublished(sender, instance, **kwargs):
    """Its URLs now: after the commit it is not live, so not among its municipality's URLs."""
    invalidate(*page_scopes(instance), urls=cdn.page_urls(instance))


def on_page_moving(sender, instance, **kwargs):
    """The CDN drops the URLs the page and its subtree leave (the scopes follow after the move)."""
    cdn.purge_after_commit((), cdn.page_urls(instance, subtree=True))


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    invalidate(*page_scopes(parent_page_before), *page_scopes(parent_page_after))


def on_page_deleted(sender, instance, **kwargs):
    """Before the delete: afterwards the municipality page above may be gone too."""
    if isinstance(instance, Page) and instance.live:
        invalidate(*page_scopes(instance), urls=cdn.page_urls(instance))


def on_municipality_changed(sender, instance, **kwargs):
    scopes = [*municipality_scopes(instance), page_cache.LANDING]
    parent = Municipality.objects.filter(pk=instance.parent_id).first() if instance.parent_id else None
    invalidate(*scopes, *(municipality_scopes(parent) if parent else ()))  # a county lists its towns


def on_row_changed(sender, instance, **kwargs):
    if isinstance(instance, Page) or sender._meta.apps is not apps:
        return  # pages count when published, unpublished, moved or deleted; migrations' models never
    if sender in CORE_MODELS_SHOWN_ON_PAGES or plugin_for_model(sender):
        invalidate(*owner_scopes(instance))


def on_site_changed(sender, instance, **kwargs):
    invalidate(page_cache.ALL)


def connect():
    page_published.connect(on_page_published, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="page_cache_unpublished")
    pre_page_move.connect(on_page_moving, dispatch_uid="page_cache_moving")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache_moved")
    pre_delete.connect(on_page_deleted, dispatch_uid="page_cache_page_deleted")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(on_municipality_changed, sender=Municipality, dispatch_uid=f"page_cache_municipality_{name}")
        signal.connect(on_site_changed, sender=Site, dispatch_uid=f"page_cache_site_{name}")
        signal.connect(on_row_changed, dispatch_uid=f"page_cache_row_{name}")
