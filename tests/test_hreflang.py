"""The one hreflang rule shared by the sitemap and the pages' <head>."""

from types import SimpleNamespace

from integreat_wagtail.core.hreflang import hreflang_alternates


def test_alternates_follow_the_municipality_languages_default_and_bcp47_tags():
    municipality = SimpleNamespace(language_codes=["en", "de-si", "ar"], default_language="en")
    urls = {"ar": "/ar/x/", "de-si": "/de-si/x/", "en": "/en/x/", "fr": "/fr/x/"}
    assert hreflang_alternates(urls, municipality) == [
        {"lang_code": "en", "location": "/en/x/"},
        {"lang_code": "de-x-simple", "location": "/de-si/x/"},
        {"lang_code": "ar", "location": "/ar/x/"},
        {"lang_code": "x-default", "location": "/en/x/"},  # the municipality's default, not the platform's
    ]


def test_no_alternates_for_a_page_in_one_language_and_no_x_default_without_the_default():
    municipality = SimpleNamespace(language_codes=["de", "en", "ar"], default_language="de")
    assert hreflang_alternates({"de": "/de/x/", "fr": "/fr/x/"}, municipality) == []
    assert [a["lang_code"] for a in hreflang_alternates({"en": "/en/", "ar": "/ar/"}, municipality)] == ["en", "ar"]
