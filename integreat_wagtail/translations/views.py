"""wagtail-localize's "Translate" dialog, limited to the municipality's own languages.

Wagtail has one global set of locales; each municipality publishes in a subset. Without this,
an editor could create translations in any platform language (and their parent pages with them).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView

from .permissions import user_can_edit_instance


def municipality_of(instance):
    from home.models import municipality_for

    if isinstance(instance, Page):
        return municipality_for(instance)
    return getattr(instance, "municipality", None)


class MunicipalityLanguagesMixin:
    def get_form(self):
        form = super().get_form()
        municipality = municipality_of(self.object)
        if municipality is not None:
            allowed = Locale.objects.filter(language_code__in=municipality.language_codes)
            form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form


class SubmitMunicipalityPageTranslationView(MunicipalityLanguagesMixin, SubmitPageTranslationView):
    pass


class SubmitMunicipalitySnippetTranslationView(MunicipalityLanguagesMixin, SubmitSnippetTranslationView):
    pass


def machine_translate(request, translation_id):
    """wagtail-localize's machine translation, refused unless the user may edit the target."""
    translation = get_object_or_404(Translation, pk=translation_id)
    target = translation.get_target_instance()
    if not user_can_edit_instance(request.user, target):
        raise PermissionDenied
    return edit_translation.machine_translate(request, translation_id)
