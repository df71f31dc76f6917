"""Template tags of the public site: language attributes, the switcher, icons, page meta, JSON-LD and
plugin slots."""

import datetime

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from integreat_wagtail import languages
from integreat_wagtail.core import ltr_values
from integreat_wagtail.core.chrome_language import chrome_language
from integreat_wagtail.core.hreflang import hreflang_alternates
from integreat_wagtail.core.icons import FLIPPED_ICONS, ICON_PATHS
from integreat_wagtail.core.json_ld import json_ld_script
from integreat_wagtail.plugins.slots import renderers

register = template.Library()



@register.simple_tag
def icon(name, label="", css_class=""):
    """An inline SVG icon; decorative (aria-hidden) unless a label is given."""
    paths = ICON_PATHS.get(name) or ICON_PATHS["info"]
    classes = " ".join(filter(None, ["icon", f"icon-{name}", "flip" if name in FLIPPED_ICONS else "", css_class]))
    accessible = format_html('role="img" aria-label="{}"', label) if label else mark_safe('aria-hidden="true"')
    return format_html(
        '<svg class="{}" {} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" '
        'stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false">{}</svg>',
        classes,
        accessible,
        mark_safe(paths),
    )


@register.filter
def tel_href(number):
    """`tel:` target without spaces or dashes (what dialers and the HTML checker accept)."""
    return ltr_values.tel_href(number)


@register.filter
def html_datetime(value):
    """`datetime` attribute value the HTML checker accepts: to the second, no microseconds."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""


@register.filter
def isolate_ltr(html):
    """Rich text with phone numbers as left-to-right `tel:` links, e-mail and web addresses isolated."""
    return ltr_values.isolate_ltr_values(html)


@register.simple_tag
def breadcrumb_trail(page):
    """The page's ancestors from the municipality's start page down (one query)."""
    return list(page.get_ancestors().filter(depth__gte=3))


@register.simple_tag
def lang_attrs(code):
    """lang and dir attributes for content in language `code` (BCP 47 tag, rtl where needed)."""
    language = languages.get(code)
    if language is None:
        return ""
    return format_html('lang="{}" dir="{}"', language.bcp47, language.direction)


@register.simple_tag
def chrome_lang_attrs(code):
    """lang and dir for the site's own texts where they are not in the page's language `code`
    (no catalogue for it yet: they come out in the fallback language)."""
    actual = chrome_language(code)
    return "" if actual == code else format_html(" {}", lang_attrs(actual))


@register.simple_tag
def language_of(code):
    return languages.get(code)


def page_translations(page):
    """{language code: live translation} of a page, memoised on it (switcher and <head> share it)."""
    cached = page.__dict__.get("_live_translations")
    if cached is None:
        cached = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().public().select_related("locale")
        }
        page.__dict__["_live_translations"] = cached
    return cached


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page):
    """Only the municipality's languages; each links to this page's translation when it exists.

    Where it does not, the link leads to a page in that language that says so and offers the
    languages the page exists in (and that language's start page).
    """
    from django.urls import reverse

    request = context.get("request")
    municipality = getattr(page, "municipality", None)
    if municipality is None:
        return {"entries": []}
    translations = page_translations(page)
    current = page.locale.language_code
    place = _place_below(page, request)
    untranslated = context.get("untranslated_languages", ())  # the view's object (a location) is missing there
    entries = []
    for language in municipality.languages:
        target = translations.get(language.code)
        if target is not None:
            url = target.get_url(request=request) + _in_other_language(context, place, language.code)
        else:
            url = reverse(
                "municipality_not_translated",
                kwargs={"slug": municipality.slug, "page_id": page.pk},
                urlconf=None,
            )
            url = _in_language(url, current, language.code)
        entries.append(
            {"language": language, "url": url, "translated": target is not None and language.code not in untranslated,
             "current": language.code == current}
        )
    current_entry = next((entry for entry in entries if entry["current"]), None)
    return {"entries": entries, "page": page, "current_entry": current_entry}


def _sub_path(page, request):
    """The sub-route below `page` the reader is on (a job offer, a location, the counselling list…),
    "" on the page itself: sub-routes and ids are the same in every language."""
    if request is None or request.method != "GET":
        return ""
    base = page.get_url(request=request) or ""
    path = request.path
    if not base or not path.startswith(base):
        return ""
    return path[len(base):]


def _place_below(page, request):
    """What the reader is looking at below `page`, with its query (search results, filters), so
    the switcher keeps it."""
    sub_path = _sub_path(page, request)
    if request is None or request.method != "GET":
        return sub_path
    query = request.GET.copy()
    query.pop("feedback", None)  # a thank-you note belongs to the vote just cast
    return sub_path + (f"?{query.urlencode()}" if query else "")


def _in_other_language(context, place, code):
    """The place in language `code`: the same, unless the view says that its object has another id
    there (`sub_paths_by_language`, e.g. a location's translation), so no link goes through a redirect."""
    other = context.get("sub_paths_by_language", {}).get(code)
    if other is None:
        return place
    return other + place[len(place.split("?", 1)[0]):]  # keeps the query


def _in_language(url, current_code, target_code):
    """Swap the language prefix of a reversed i18n URL (reverse() uses the active language)."""
    prefix = f"/{current_code}/"
    return f"/{target_code}/{url[len(prefix):]}" if url.startswith(prefix) else url


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context, page):
    """Canonical URL, hreflang alternates between translations and Open Graph tags of a page, or of
    the sub-route of it the reader is on (without filters or search query)."""
    request = context.get("request")
    municipality = getattr(page, "municipality", None)
    sub_path = _sub_path(page, request)  # a sub-route (job offer, location…) is its own page
    alternates = []
    if municipality is not None:
        urls = {
            code: target.get_full_url(request=request) + _in_other_language(context, sub_path, code)
            for code, target in page_translations(page).items()
            if code not in context.get("untranslated_languages", ())
        }
        alternates = hreflang_alternates(urls, municipality)
    language = languages.get(page.locale.language_code)
    description = getattr(page, "search_description", "") or getattr(page, "intro", "") or ""
    return {
        "page": page,
        "canonical": page.get_full_url(request=request) + sub_path,
        "alternates": alternates,
        "description": description[:300],
        "og_locale": (language.bcp47 if language else page.locale.language_code).replace("-", "_"),
        "site_name": municipality.name if municipality else "Integreat",
    }


@register.simple_tag(takes_context=True)
def plugin_slot(context, name):
    """Render what the enabled plugins (and core) put into the named slot."""
    page = context.get("page")
    municipality = context.get("municipality") or getattr(page, "municipality", None)
    return mark_safe("".join(str(renderer(context)) for renderer in renderers(name, municipality)))


@register.simple_tag(takes_context=True)
def emergency_numbers(context, municipality):
    """The municipality's emergency numbers, labelled in the current language."""
    from django.utils.translation import get_language

    return municipality.emergency_numbers_in(get_language()) if municipality else []


@register.simple_tag
def json_ld(data):
    """{% json_ld data %}: schema.org data as a safely escaped <script type="application/ld+json">."""
    return json_ld_script(data)
