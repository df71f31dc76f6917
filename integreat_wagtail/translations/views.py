"""wagtail-localize's "Translate" dialog, limited to the municipality's own languages.

Wagtail has one global set of locales; each municipality publishes in a subset. Without this,
an editor could create translations in any platform language (and their parent pages with them).
"""

from wagtail.models import Locale, Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView


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
