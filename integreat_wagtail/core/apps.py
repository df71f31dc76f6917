from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "integreat_wagtail.core"
    label = "integreat_core"
    verbose_name = _("Integreat core")

    def ready(self):
        from django.conf import locale

        from integreat_wagtail import languages
        from integreat_wagtail.core import page_cache_invalidation

        page_cache_invalidation.connect()

        # Django's LANG_INFO lacks several of our languages (prs, ti, so, de-si…).
        for code, info in languages.lang_info().items():
            locale.LANG_INFO.setdefault(code, info)
