"""The front door: languages negotiated only among those that exist, and 404s a reader can read and
leave (issue 14, finding 1 and 5)."""

import re

import pytest

from tests.factories import make_municipality


@pytest.fixture
def towns(db):
    """Between them the platform publishes in de, en, ar, uk and fa; nobody in ru, tr, prs, ps, ti, ckb."""
    return {
        "aachtal": make_municipality("Aachtal", "aachtal", ["de", "en", "ar"]),
        "birkenau": make_municipality("Birkenau", "birkenau", ["de", "uk", "fa"]),
    }


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("ru,uk", "/uk/"),  # the second language that exists, not a 404 in the first
        ("tr,ar", "/ar/"),
        ("prs", "/de/"),
        ("ps,fa;q=0.5", "/fa/"),
        ("ti", "/de/"),
        ("ckb,en", "/en/"),
        ("fa-IR,fa;q=0.9", "/fa/"),  # a regional tag is its language
        ("en;q=0.2, ar;q=0.9", "/ar/"),  # quality decides, not position
        ("uk-UA;q=0, en", "/en/"),  # q=0 means "not this one"
        ("*", "/de/"),
        ("", "/de/"),
        ("de-x-simple, en", "/en/"),  # Plain German exists on the platform, but nobody publishes in it
        ("this is ;;; not a header", "/de/"),
    ],
)
def test_front_door_goes_to_the_first_accepted_language_some_municipality_offers(client, towns, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response.url == expected
    assert "Accept-Language" in response["Vary"]


def test_front_door_prefers_the_language_chosen_earlier_on_the_site(client, towns):
    client.cookies["django_language"] = "en"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar").url == "/en/"
    client.cookies["django_language"] = "ru"  # nobody publishes in it: the browser's languages decide
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar").url == "/ar/"


@pytest.mark.parametrize(
    "accept, expected",
    [("ru,ar", "/ar/aachtal/"), ("uk,fa", "/de/aachtal/"), ("fa,en", "/en/aachtal/"), ("", "/de/aachtal/")],
)
def test_bare_municipality_url_tries_every_accepted_language(client, towns, accept, expected):
    assert client.get("/aachtal/", HTTP_ACCEPT_LANGUAGE=accept).url == expected


def _links(html):
    return re.findall(r'<a [^>]*href="(/[^"]*)"', html)


def test_a_language_nobody_publishes_in_is_a_404_in_the_readers_next_language(client, towns):
    response = client.get("/ru/", HTTP_ACCEPT_LANGUAGE="ru,uk")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="uk" dir="ltr">' in html and response["Content-Language"] == "uk"
    assert "Сторінку не знайдено" in html
    assert "Поки що жодна громада не пропонує інформації мовою Русский." in html
    for code, native in [("de", "Deutsch"), ("en", "English"), ("ar", "العربية"), ("uk", "Українська"), ("fa", "فارسی")]:
        assert re.search(rf'<a href="/{code}/" hreflang="{code}" lang="{code}" dir="(ltr|rtl)">{native}</a>', html)
    assert "/ru/" not in _links(html)


def test_no_german_under_an_rtl_language_without_translations_of_its_own(client, towns):
    """Dari has no UI catalogue: Django would fill it with German, marked lang="prs" dir="rtl"."""
    html = client.get("/prs/", HTTP_ACCEPT_LANGUAGE="prs,fa").content.decode()
    assert 'lang="prs"' not in html.split("<body", 1)[0]
    assert '<html lang="fa" dir="rtl">' in html and "صفحه پیدا نشد" in html
    only_dari = client.get("/prs/", HTTP_ACCEPT_LANGUAGE="prs").content.decode()
    assert '<html lang="de" dir="ltr">' in only_dari and "Seite nicht gefunden" in only_dari


def test_a_municipality_without_the_readers_language_says_so_and_offers_its_own(client, towns):
    response = client.get("/fa/aachtal/", HTTP_ACCEPT_LANGUAGE="fa")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="fa" dir="rtl">' in html
    assert "Aachtal اطلاعاتی به زبان فارسی ارائه نمی‌دهد." in html
    assert '<a href="/de/aachtal/" hreflang="de" lang="de" dir="ltr">Deutsch</a>' in html
    assert '<a href="/ar/aachtal/" hreflang="ar" lang="ar" dir="rtl">العربية</a>' in html
    assert '<a href="/en/aachtal/" hreflang="en" lang="en" dir="ltr">English</a>' in html


@pytest.mark.parametrize(
    "url, accept", [("/ru/", "ru,uk"), ("/fa/aachtal/", "fa"), ("/ar/aachtal/gone/", "ar"), ("/tr/nowhere/", "tr")]
)
def test_every_link_of_a_404_leads_somewhere(client, towns, url, accept):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 404
    links = [link for link in _links(response.content.decode()) if link != "#main"]
    assert links
    for link in links:
        assert client.get(link, HTTP_ACCEPT_LANGUAGE=accept).status_code == 200, link
