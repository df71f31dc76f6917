"""hreflang alternates of a page: the one rule the page's <link rel="alternate"> and the sitemap share."""

from integreat_wagtail import languages


def hreflang(code):
    """The BCP 47 tag of a language code (de-si → de-x-simple)."""
    language = languages.get(code)
    return language.bcp47 if language else code


def hreflang_alternates(urls, municipality):
    """[{"lang_code": BCP 47 tag, "location": url}] for a page whose translations are at `urls`
    ({language code: url}), in the municipality's languages and order, plus "x-default" for its
    default language; nothing for a page in one language only (it has no alternate)."""
    codes = [code for code in municipality.language_codes if code in urls]
    if len(codes) < 2:
        return []
    alternates = [{"lang_code": hreflang(code), "location": urls[code]} for code in codes]
    if municipality.default_language in codes:
        alternates.append({"lang_code": "x-default", "location": urls[municipality.default_language]})
    return alternates
