"""Markup that says what it is (issue 14): `datetime` values the HTML checker accepts (finding 12)
and the site's own texts marked with the language they are really in where our catalogue has no
translation yet (German fallback on a Pashto page)."""

import datetime
import re

import pytest

from integreat_wagtail.core.chrome_language import chrome_language
from integreat_wagtail.core.templatetags.integreat_tags import html_datetime
from integreat_wagtail.plugins.services import enable_plugin
from plugins.labour.demo import load_demo as load_labour_demo
from tests.factories import make_municipality

# A valid HTML date or global date-and-time string (seconds at most, with an offset).
HTML_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?")


def test_html_datetime_drops_microseconds_and_keeps_the_offset():
    moment = datetime.datetime(2026, 3, 1, 10, 0, 5, 123456, tzinfo=datetime.timezone.utc)
    assert html_datetime(moment) == "2026-03-01T11:00:05+01:00"
    assert html_datetime(datetime.date(2026, 3, 1)) == "2026-03-01"
    assert html_datetime(None) == ""


def test_every_datetime_attribute_of_the_job_pages_is_valid(client, db):
    town = make_municipality("Aachtal", "aachtal", ["de", "ar"])
    enable_plugin(town, "labour")
    load_labour_demo(town)
    section = client.get("/de/aachtal/").content.decode()
    jobs = re.search(r'href="(/de/aachtal/[^"]+/)jobs/"', section).group(1) + "jobs/"
    listing = client.get(jobs).content.decode()
    detail = re.search(r'href="(/de/aachtal/[^"]+/jobs/\d+/)"', listing).group(1)
    values = re.findall(r'datetime="([^"]*)"', listing + client.get(detail).content.decode())
    assert values
    assert all(HTML_DATETIME.fullmatch(value) for value in values), values


@pytest.mark.parametrize("code, chrome", [("de", "de"), ("en", "en"), ("ar", "ar"), ("ps", "de"), ("ckb", "de")])
def test_chrome_language(code, chrome):
    assert chrome_language(code) == chrome


@pytest.fixture
def town(db):
    return make_municipality("Erlenhausen", "erlenhausen", ["de", "ar", "ps"])


def test_german_fallback_texts_on_a_pashto_page_are_marked_german(client, town):
    html = client.get("/ps/erlenhausen/").content.decode()
    assert re.search(r'<html lang="ps" dir="rtl"', html)
    assert '<a class="skip-link" href="#main" lang="de" dir="ltr">' in html
    assert re.search(r'<form [^>]*class="search-form" lang="de" dir="ltr"', html)
    assert '<p class="footer-links" lang="de" dir="ltr">' in html


def test_translated_texts_keep_the_page_language(client, town):
    html = client.get("/ar/erlenhausen/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<p class="footer-links">' in html
