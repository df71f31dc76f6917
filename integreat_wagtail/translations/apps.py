from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "integreat_wagtail.translations"
    label = "integreat_translations"
    verbose_name = _("Translations")

    def ready(self):
        from wagtail_localize.views import edit_translation

        from .permissions import user_can_edit_instance

        # wagtail-localize checks snippets by model-wide Django permissions; ours are scoped per
        # municipality by permission policies, so ask the policy registered for the model.
        edit_translation.user_can_edit_instance = user_can_edit_instance
