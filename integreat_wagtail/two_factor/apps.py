from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    name = "integreat_wagtail.two_factor"
    label = "integreat_two_factor"
    verbose_name = _("Two-factor authentication")
