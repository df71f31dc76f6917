"""Template tags of the public site: language attributes, the switcher and plugin slots."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from integreat_wagtail import languages
from integreat_wagtail.plugins.slots import renderers

register = template.Library()


@register.simple_tag
def lang_attrs(code):
    """lang and dir attributes for content in language `code` (BCP 47 tag, rtl where needed)."""
    language = languages.get(code)
    if language is None:
        return ""
    return format_html('lang="{}" dir="{}"', language.bcp47, language.direction)


@register.simple_tag
def language_of(code):
    return languages.get(code)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page):
    """Only the municipality's languages; each links to this page's translation when it exists."""
    request = context.get("request")
    municipality = getattr(page, "municipality", None)
    if municipality is None:
        return {"entries": []}
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    roots = {}
    missing = [code for code in municipality.language_codes if code not in translations]
    if missing:
        roots = {
            root.locale.language_code: root
            for root in municipality.pages.live().filter(locale__language_code__in=missing).select_related("locale")
        }
    entries = []
    for language in municipality.languages:
        target = translations.get(language.code)
        entries.append(
            {
                "language": language,
                "url": (target or roots.get(language.code)).get_url(request=request)
                if (target or roots.get(language.code))
                else None,
                "translated": target is not None,
                "current": language.code == page.locale.language_code,
            }
        )
    return {"entries": entries, "page": page}


@register.simple_tag(takes_context=True)
def plugin_slot(context, name):
    """Render what the enabled plugins (and core) put into the named slot."""
    page = context.get("page")
    municipality = context.get("municipality") or getattr(page, "municipality", None)
    return mark_safe("".join(str(renderer(context)) for renderer in renderers(name, municipality)))
