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
        "HousingIndexPage (listing, detail, landlord form)",
        "moderation queue and settings in the admin",
        "home_teasers slot",
        "housing_offers API",
        "daily jobs through moderation_maintenance (expiry, reminders, personal data, machine translations)",
    )
    sitemap_sub_paths = "plugins.housing.sitemap:sub_paths"
    api_feeds = {"housing": ("plugins.housing.api:housing_offers", "request")}
    api_offer = {"alias": "housing", "api": "housing/"}
    default_auto_field = "django.db.models.BigAutoField"
