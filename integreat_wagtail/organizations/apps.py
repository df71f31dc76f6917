from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "integreat_wagtail.organizations"
    label = "organizations"
    verbose_name = _("Organizations")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
