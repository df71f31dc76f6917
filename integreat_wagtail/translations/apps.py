from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "integreat_wagtail.translations"
    label = "integreat_translations"
    verbose_name = _("Translations")

    def ready(self):
        from . import localize_adapter

        localize_adapter.install()
