"""The language the site's own texts (skip link, header tools, footer, search form…) are really in.

Where our catalogue does not translate a language yet (Pashto, Sorani, Dari, Tigrinya…), Django
falls back to LANGUAGE_CODE, so those texts come out in German on a page marked lang="ps"
dir="rtl". Marking them with the language they are in keeps screen readers and bidi honest.
"""

from functools import lru_cache

from django.conf import settings
from django.utils import translation

# The first site text on every page; a catalogue that translates nothing else may still leave
# single strings untranslated, which then stay marked with the page's language.
PROBE = "Skip to content"


@lru_cache
def chrome_language(code):
    """Language code of the site's own texts on a page in language `code`."""
    with translation.override(code):
        text = translation.gettext(PROBE)
    if text == PROBE:
        return "en"  # gettext's msgids are English
    if code != settings.LANGUAGE_CODE:
        with translation.override(settings.LANGUAGE_CODE):
            if text == translation.gettext(PROBE):
                return settings.LANGUAGE_CODE
    return code
