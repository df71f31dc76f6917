"""Which language to answer a reader in, chosen only among languages that exist.

Django's LocaleMiddleware picks the browser's first language that has a UI catalogue, and every
platform language has one, so `Accept-Language: ru,uk` led to /ru/ although no municipality
publishes in Russian. Here every entry of the header is tried in order against what really exists.
"""

import re

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from integreat_wagtail import languages
from integreat_wagtail.municipalities.models import Municipality

# Matches "de-DE;q=0.8": the tag, then an optional quality.
ACCEPT_ENTRY = re.compile(r"^\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([01](?:\.\d{0,3})?))?\s*$")
BY_TAG = {language.bcp47.lower(): language.code for language in languages.LANGUAGES}
# A sentence of the 404 page only this project's catalogues have (Wagtail's translate "Page not
# found" into many languages): a language whose catalogue leaves it untranslated has no UI of its own.
UI_PROBE = "Sorry, this page does not exist (any more). It may have moved, or the municipality does not offer it in this language."


def accepted_codes(header):
    """Platform language codes of an Accept-Language header, best first (regional tags → their language)."""
    entries = []
    for position, part in enumerate((header or "")[:500].split(",")):
        match = ACCEPT_ENTRY.match(part)
        if not match or match.group(1) == "*":
            continue
        quality = float(match.group(2)) if match.group(2) else 1.0
        if quality > 0:
            entries.append((-quality, position, match.group(1).lower()))
    codes = []
    for _quality, _position, tag in sorted(entries):
        code = _platform_code(tag)
        if code and code not in codes:
            codes.append(code)
    return codes


def _platform_code(tag):
    if tag in languages.BY_CODE:
        return tag
    if tag in BY_TAG:
        return BY_TAG[tag]
    primary = tag.split("-")[0]
    return primary if primary in languages.BY_CODE else None


def reader_preferences(request):
    """The reader's languages in order: a language chosen earlier on this site (cookie), then the browser's."""
    codes = accepted_codes(request.headers.get("Accept-Language", ""))
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen in languages.BY_CODE:
        codes = [chosen] + [code for code in codes if code != chosen]
    return codes


def negotiate(request, available, fallback=languages.DEFAULT_LANGUAGE):
    """The first of the reader's languages among `available`, else `fallback` (if available), else the first."""
    available = list(available)
    for code in reader_preferences(request):
        if code in available:
            return code
    if fallback in available or not available:
        return fallback
    return available[0]


def published_languages():
    """Languages some municipality publishes in, in the platform's order."""
    offered = {code for codes in Municipality.objects.public().values_list("language_codes", flat=True) for code in codes or ()}
    return [language.code for language in languages.LANGUAGES if language.code in offered]


def has_ui_translation(code):
    """True when the site's own texts exist in `code`. Django fills an empty catalogue from the default
    language's (German), which would put German text under lang="prs"; English is the source text."""
    if code in (languages.DEFAULT_LANGUAGE, "en"):
        return True
    with translation.override(languages.DEFAULT_LANGUAGE):
        default_text = gettext(UI_PROBE)
    with translation.override(code):
        return gettext(UI_PROBE) not in (default_text, UI_PROBE)


def ui_language(request, first_choice=None):
    """The language to write a page's own texts in: `first_choice`, else the reader's, that the UI speaks."""
    candidates = ([first_choice] if first_choice else []) + reader_preferences(request) + [languages.DEFAULT_LANGUAGE]
    return next(code for code in candidates if code in languages.BY_CODE and has_ui_translation(code))
