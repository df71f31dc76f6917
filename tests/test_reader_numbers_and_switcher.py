"""Numbers that read right in right-to-left pages and can be tapped (issue 14, findings 2 and 4),
and a language switcher that keeps the reader's place (finding 8)."""

import re

import pytest

from integreat_wagtail.core.ltr_values import isolate_ltr_values, tel_href
from integreat_wagtail.locations.models import Location
from integreat_wagtail.plugins.services import enable_plugin
from plugins.labour.demo import load_demo as load_labour_demo
from tests.factories import add_content_page, make_municipality, root_page

IMPRINTS = {
    "ar": "<p>التواصل: هاتف \u200e+49 6631 9870-0، البريد الإلكتروني integration@lindenau.example.org</p>",
    "fa": "<p>تماس: تلفن +49 6631 9870-0، ایمیل integration@lindenau.example.org</p>",
}


@pytest.fixture
def county(db):
    county = make_municipality(
        "Landkreis Lindenau", "lindenau", ["de", "ar", "fa"],
        emergency_numbers=[{"label": "Polizei", "number": "110"}, {"label": "Ärztlicher Bereitschaftsdienst", "number": "116 117"}],
    )
    for code, imprint in IMPRINTS.items():
        page = root_page(county, code)
        page.imprint = imprint
        page.save_revision().publish()
    return county


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_imprint_phone_numbers_are_ltr_tel_links_and_e_mail_is_isolated(client, county, code):
    html = client.get(f"/{code}/lindenau/").content.decode()
    imprint = html.split('id="imprint"', 1)[1]
    assert '<a href="tel:+49663198700" dir="ltr" class="phone">+49 6631 9870-0</a>' in imprint
    assert '<bdi dir="ltr">integration@lindenau.example.org</bdi>' in imprint


def test_every_tel_link_is_digits_only(client, county):
    page = add_content_page(
        root_page(county, "de"), title="Bürgeramt", slug="buergeramt", contact_phone="+49 (0) 6631 / 412-0",
        body=[("contact", {"name": "Bürgeramt", "phone": "06631 412 0", "email": "", "address": "", "website": ""})],
    )
    html = client.get(page.url).content.decode()
    hrefs = re.findall(r'href="tel:([^"]*)"', html)
    assert {"110", "116117", "+4966314120", "066314120"} <= set(hrefs)
    assert all(re.fullmatch(r"\+?\d+", href) for href in hrefs), hrefs


@pytest.mark.parametrize(
    "number, href",
    [("+49 6631 9870-0", "+49663198700"), ("+49 (0) 6631 412-0", "+4966314120"), ("0800 / 111 0 111", "08001110111"), ("112", "112")],
)
def test_tel_href(number, href):
    assert tel_href(number) == href


@pytest.mark.parametrize(
    "text",
    [
        "Frist: 2025-03-01", "Öffnungszeiten 08:00–12:00", "36311 Erlenhausen", "am 01.03.2025", "Raum 112",
        "IBAN DE89 3704 0044 0532 0130 00",
    ],
)
def test_dates_times_and_postal_codes_are_no_phone_numbers(text):
    assert isolate_ltr_values(f"<p>{text}</p>") == f"<p>{text}</p>"


def test_a_link_the_editor_made_is_left_alone():
    html = '<p><a href="tel:+4912345678">+49 1234 5678</a> oder <a href="/x">0800 1234567</a></p>'
    assert isolate_ltr_values(html) == html


@pytest.fixture
def labour_town(db):
    town = make_municipality("Aachtal", "aachtal", ["de", "en", "ar"])
    enable_plugin(town, "labour")
    load_labour_demo(town)
    return town


def _switcher_links(html):
    switcher = html.split('class="languages"', 1)[1].split("</nav>", 1)[0]
    return {hreflang: href for href, hreflang in re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"', switcher)}


def test_switcher_keeps_search_results_and_their_query(client, labour_town):
    links = _switcher_links(client.get("/de/aachtal/search/", {"q": "Arzt"}).content.decode())
    assert links["ar"] == "/ar/aachtal/search/?q=Arzt" and links["en"] == "/en/aachtal/search/?q=Arzt"


def test_switcher_keeps_a_plugin_sub_page_and_its_filters(client, labour_town):
    section = client.get("/de/aachtal/").content.decode()
    counselling = re.search(r'href="(/de/aachtal/[^"]+/counselling/)"', section).group(1)
    response = client.get(counselling, {"topic": "recognition"})
    assert response.status_code == 200
    links = _switcher_links(response.content.decode())
    assert re.fullmatch(r"/ar/aachtal/[^/]+/counselling/\?topic=recognition", links["ar"]), links
    assert client.get(links["ar"]).status_code == 200


def test_switcher_keeps_the_locations_list(client, labour_town):
    links = _switcher_links(client.get("/de/aachtal/locations/").content.decode())
    assert links["ar"] == "/ar/aachtal/locations/"


def test_web_addresses_in_rtl_text_are_isolated_without_the_sentence_punctuation():
    html = isolate_ltr_values("<p>راجع www.erlenhausen.example.org/termine، أو https://example.org/a?b=1.</p>")
    assert html == (
        '<p>راجع <bdi dir="ltr">www.erlenhausen.example.org/termine</bdi>، أو '
        '<bdi dir="ltr">https://example.org/a?b=1</bdi>.</p>'
    )


def test_switcher_and_alternates_lead_straight_to_a_locations_translation(client, labour_town):
    """A location has its own id in each language: the links name it, not an id that redirects."""
    town_hall = Location.objects.create(municipality=labour_town, locale=root_page(labour_town, "de").locale, name="Rathaus")
    arabic = town_hall.copy_for_translation(root_page(labour_town, "ar").locale)
    arabic.name = "دار البلدية"
    arabic.save()
    html = client.get(f"/de/aachtal/locations/{town_hall.pk}/").content.decode()
    links = _switcher_links(html)
    assert links["ar"] == f"/ar/aachtal/locations/{arabic.pk}/"
    assert links["en"] == f"/en/aachtal/locations/{town_hall.pk}/"  # not translated: says so in English (issue 14)
    assert re.search(r'<link rel="alternate" hreflang="ar" href="http://[^/"]+/ar/aachtal/locations/%d/">' % arabic.pk, html)
    assert 'hreflang="en"' not in html.split("</head>")[0]
    assert client.get(links["ar"]).status_code == 200 and client.get(links["en"]).status_code == 404
    back = _switcher_links(client.get(links["ar"]).content.decode())
    assert back["de"] == f"/de/aachtal/locations/{town_hall.pk}/"
