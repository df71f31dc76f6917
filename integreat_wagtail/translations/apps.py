from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "integreat_wagtail.translations"
    label = "integreat_translations"
    verbose_name = _("Translations")

    def ready(self):
        from wagtail_localize.views import edit_translation

        from .permissions import user_can_edit_instance

        # Access to wagtail-localize's views is decided by guards.py. Inside them, wagtail-localize
        # asks again, for snippets by model-wide Django permissions that our municipal groups do
        # not have (their rights come from permission policies); without this its editor refuses
        # a municipality's own editors. It only ever narrows: the guards ran first.
        edit_translation.user_can_edit_instance = user_can_edit_instance
