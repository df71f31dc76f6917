from django.utils.translation import gettext_lazy as _

from integreat_wagtail.plugins.registry import PluginConfig


class LabourConfig(PluginConfig):
    default = True  # apps.py also imports PluginConfig; tell Django which config is ours
    name = "plugins.labour"
    label = "labour"
    plugin_key = "labour"
    verbose_name = _("Labour and recognition")
    description = _(
        "Recognition guides per profession, a directory of counselling services, moderated job and "
        "apprenticeship offers and an arrival checklist for workers."
    )
    version = "1.0"
    depends_on = ()
    provides = (
        _("Page types: work and recognition section, recognition guide"),
        _("Admin: counselling services, moderation queue of job offers"),
        _("Block: arrival checklist for workers"),
        _("Home page teaser of the section"),
        _("API: recognition guides, counselling services, job offers"),
        _("Daily jobs: expiry, reminders, deletion of personal data"),
    )
    sitemap_sub_paths = "plugins.labour.sitemap:sub_paths"
    api_feeds = {
        "guides": "plugins.labour.api:guides",
        "counselling": "plugins.labour.api:counselling_services",
        "jobs": "plugins.labour.api:job_offers",
    }
    api_offer = {"alias": "labour", "api": "labour/jobs/"}
    default_auto_field = "django.db.models.BigAutoField"
