from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Core pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from integreat_wagtail.municipalities.platform import ensure_platform_after_migrate

        post_migrate.connect(ensure_platform_after_migrate, sender=self)
