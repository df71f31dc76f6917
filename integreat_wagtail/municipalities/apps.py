from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "integreat_wagtail.municipalities"
    label = "municipalities"
    verbose_name = _("Municipalities")
    default_auto_field = "django.db.models.BigAutoField"
