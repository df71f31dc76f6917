from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinkcheckConfig(AppConfig):
    name = "integreat_wagtail.linkcheck"
    label = "linkcheck"
    verbose_name = _("Broken links")
    default_auto_field = "django.db.models.BigAutoField"
