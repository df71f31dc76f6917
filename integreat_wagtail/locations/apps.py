from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocationsConfig(AppConfig):
    name = "integreat_wagtail.locations"
    label = "locations"
    verbose_name = _("Locations")
    default_auto_field = "django.db.models.BigAutoField"
