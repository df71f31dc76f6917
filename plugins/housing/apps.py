from django.utils.translation import gettext_lazy as _

from integreat_wagtail.plugins.registry import PluginConfig


class HousingConfig(PluginConfig):
    name = "plugins.housing"
    label = "housing"
    plugin_key = "housing"
    verbose_name = _("Housing")
    description = _("Rental offers submitted by landlords, moderated by the municipality, filterable in every language.")
    version = "1.0"
    provides = (
        _("Page type: housing offers page (listing, detail, landlord form)"),
        _("Admin: moderation queue and housing settings"),
        _("Home page teaser of the offers"),
        _("API: housing offers"),
        _("Daily jobs: expiry, reminders, deletion of personal data, machine translations"),
    )
    sitemap_sub_paths = "plugins.housing.sitemap:sub_paths"
    api_feeds = {"housing": "plugins.housing.api:housing_offers"}
    api_offer = {"alias": "housing", "api": "housing/"}
    default_auto_field = "django.db.models.BigAutoField"
