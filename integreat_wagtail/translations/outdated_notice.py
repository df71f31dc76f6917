"""Tell whoever publishes a source page which of its translations the publish has made outdated.

Editors otherwise learn of it only from the status dashboard, long after; the message right after
publishing names the languages while the change is fresh. The states come from `states.py`, so a
minor change (which leaves translations current) names nothing.
"""

from django.contrib import messages
from django.utils.translation import get_language_info, gettext as _

from .states import TranslationState, page_translation_state
from .views import municipality_of


def outdated_languages(page):
    """Codes of the municipality's languages whose translation of `page` (a source page) is now outdated."""
    municipality = municipality_of(page)
    if municipality is None or page.locale.language_code != municipality.default_language:
        return []
    translations = page.get_translations().filter(locale__language_code__in=municipality.language_codes)
    codes = []
    for translation in translations.select_related("locale").order_by("locale__language_code"):
        state = page_translation_state(translation, municipality)
        if state and state[0] == TranslationState.OUTDATED:
            codes.append(translation.locale.language_code)
    return codes


def notify_outdated_translations(request, page):
    """`after_publish_page`: a warning naming the languages whose translation this publish made outdated."""
    codes = outdated_languages(page)
    if codes:
        names = ", ".join(str(get_language_info(code)["name_translated"]) for code in codes)
        messages.warning(request, _("The translations into %(languages)s are now outdated.") % {"languages": names})
