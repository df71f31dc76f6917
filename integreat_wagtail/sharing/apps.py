from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    name = "integreat_wagtail.sharing"
    label = "sharing"
    verbose_name = _("Shared pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (keeps mirrors current when their source changes)
