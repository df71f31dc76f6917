from django.utils.translation import gettext_lazy as _

from integreat_wagtail.plugins.registry import PluginConfig


class SampleConfig(PluginConfig):
    name = "integreat_sample"
    label = "integreat_sample"
    plugin_key = "sample"
    verbose_name = _("Sample notices")
    description = _("Short notices on a page of their own and on the municipality's home page.")
    version = "1.0.0"
    provides = (
        _("Page type: notice page"),
        _("Admin: notes, moderation queue of submitted notices"),
        _("Home page teaser"),
        _("Job: sample_digest"),
        _("API: notes"),
    )
    api_feeds = {"notes": "integreat_sample.api:notes"}
    default_auto_field = "django.db.models.BigAutoField"
