"""Readers: languages with the right script and direction, the switcher, 404s, constant queries."""

import pytest
from django.test import override_settings

from tests.factories import add_content_page, make_municipality, root_page


@pytest.fixture
def rtl_town(db):
    return make_municipality("Pappelheim", "pappelheim", ["de", "en", "ar", "fa", "ps", "ckb", "uk"])


@pytest.mark.parametrize("code, bcp47", [("ar", "ar"), ("fa", "fa"), ("ps", "ps"), ("ckb", "ckb")])
def test_rtl_languages_are_served_rtl(client, rtl_town, code, bcp47):
    response = client.get(f"/{code}/pappelheim/")
    assert response.status_code == 200
    assert f'<html lang="{bcp47}" dir="rtl">' in response.content.decode()


def test_ltr_languages_are_served_ltr(client, rtl_town):
    for code in ("de", "uk"):
        assert f'<html lang="{code}" dir="ltr">' in client.get(f"/{code}/pappelheim/").content.decode()


def test_switcher_offers_exactly_the_municipality_languages_in_their_scripts(client, rtl_town):
    html = client.get("/de/pappelheim/").content.decode()
    for native in ("Deutsch", "English", "العربية", "فارسی", "پښتو", "کوردیی ناوەندی", "Українська"):
        assert native in html
    for absent in ("Türkçe", "Русский", "ትግርኛ"):
        assert absent not in html
    assert 'href="/ar/pappelheim/" hreflang="ar" lang="ar" dir="rtl"' in html


def test_switcher_keeps_page_or_says_it_is_not_translated(client, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    html = client.get(page.url).content.decode()
    assert 'hreflang="en"' in html and "data-untranslated" in html


@pytest.mark.parametrize(
    "url, language, text",
    [
        ("/ar/aachtal/not-there/", "ar", 'lang="ar" dir="rtl"'),
        ("/de/nowhere/", "de", 'lang="de"'),
        ("/uk/aachtal/", "uk", 'lang="uk"'),  # a platform language the municipality does not offer
        ("/en/aachtal/nope/deeper/", "en", 'lang="en"'),
    ],
)
def test_unknown_municipality_language_or_page_is_a_404_in_the_visitors_language(client, municipality, url, language, text):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    assert text in response.content.decode()


def test_unknown_language_prefix_is_a_404(client, municipality):
    response = client.get("/xx/aachtal/", HTTP_ACCEPT_LANGUAGE="ar", follow=True)
    assert response.status_code == 404
    assert 'dir="rtl"' in response.content.decode()


def test_bare_municipality_url_redirects_to_readers_language_or_default(client, municipality):
    assert client.get("/aachtal/", HTTP_ACCEPT_LANGUAGE="ar").url == "/ar/aachtal/"
    assert client.get("/aachtal/", HTTP_ACCEPT_LANGUAGE="tr").url == "/de/aachtal/"
    assert client.get("/nowhere/", follow=True).status_code == 404


def test_landing_page_searches_by_name_and_postal_code(client, db):
    make_municipality("Lindenau", "lindenau", ["de", "en"], postal_codes="36311 36318")
    make_municipality("Erlenhausen", "erlenhausen", ["de"], postal_codes="36320")
    html = client.get("/de/").content.decode()
    assert "Lindenau" in html and "Erlenhausen" in html
    by_code = client.get("/de/?q=36320").content.decode()
    assert "Erlenhausen" in by_code and "Lindenau" not in by_code
    by_name = client.get("/de/?q=linden").content.decode()
    assert "Lindenau" in by_name and "Erlenhausen" not in by_name
    english = client.get("/en/").content.decode()
    tiles, elsewhere = english.split('class="elsewhere"')
    assert "Lindenau" in tiles and "Erlenhausen" not in tiles
    # Not published in English: named with the languages it has, so the reader has a way in.
    assert "Erlenhausen" in elsewhere and '<a href="/de/erlenhausen/" hreflang="de"' in elsewhere


def test_root_redirects_to_a_language(client, municipality):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response.url == "/en/"


def test_content_page_shows_responsible_contact_and_review_date(client, municipality):
    page = add_content_page(root_page(municipality), title="Gesundheit", slug="gesundheit",
                            contact_name="Gesundheitsamt", contact_phone="+49 1234")
    html = client.get(page.url).content.decode()
    assert "Gesundheitsamt" in html and "+49 1234" in html and "<time datetime=" in html


def _render_count(client, django_assert_max_num_queries, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_page_render_queries_do_not_grow_with_tree_or_languages(client, db, django_assert_max_num_queries):
    small = make_municipality("Klein", "klein", ["de", "en"])
    target_small = add_content_page(root_page(small), title="Ziel", slug="ziel")
    add_content_page(target_small, title="Kind", slug="kind")
    large = make_municipality("Gross", "gross", ["de", "en", "ar", "fa", "uk", "ru", "tr"])
    target_large = add_content_page(root_page(large), title="Ziel", slug="ziel")
    for index in range(25):
        sibling = add_content_page(root_page(large), title=f"Thema {index}", slug=f"thema-{index}")
        add_content_page(target_large, title=f"Kind {index}", slug=f"kind-{index}")
        add_content_page(sibling, title=f"Unter {index}", slug=f"unter-{index}")
    # warm up per-process caches (content types, site root paths)
    client.get(target_small.url)
    client.get(target_large.url)
    for url_small, url_large in [(target_small.url, target_large.url), ("/de/klein/", "/de/gross/")]:
        small_count = _render_count(client, django_assert_max_num_queries, url_small)
        large_count = _render_count(client, django_assert_max_num_queries, url_large)
        assert large_count == small_count, (url_small, small_count, large_count)
        assert large_count <= 25
