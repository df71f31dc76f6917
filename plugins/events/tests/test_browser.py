"""Listing and detail at phone width in German and Arabic (screenshots under var/screenshots)."""

import pytest

from plugins.events.demo import load_demo
from plugins.events.models import EventIndexPage, EventPage
from tests.browser.fixtures import screenshot
from tests.factories import make_image, make_municipality

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_town(live_db):
    town = make_municipality("Aachtal", "aachtal", ["de", "en", "ar", "fa", "uk"], plugins=["events"])
    make_image("Illustration: language", size=(960, 540), collection=town.collection)  # as the site demo draws it
    load_demo(town)
    load_demo(town)  # idempotent
    return town


def test_listing_and_detail_in_german_and_arabic(demo_town, phone, live_server):
    assert EventPage.objects.filter(locale__language_code="de").count() == 3
    assert EventPage.objects.filter(locale__language_code="uk").count() == 3
    for code, cafe_title in [("de", "Sprachcafé"), ("ar", "مقهى اللغة")]:
        index = EventIndexPage.objects.get(locale__language_code=code)
        page = phone.new_page()
        assert page.goto(live_server.url + index.url).status == 200
        assert page.locator("html").get_attribute("dir") == ("rtl" if code == "ar" else "ltr")
        assert page.locator(".occurrence").count() >= 5
        assert cafe_title in page.locator(".occurrences").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
        screenshot(page, f"events-listing-{code}")
        page.locator(".occurrence a", has_text=cafe_title).first.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == cafe_title
        assert page.locator(".badge-cancelled").count() == 1
        picture = page.locator("main img").first  # the demo's illustration of the café's topic
        assert picture.evaluate("image => image.complete && image.naturalWidth") == 640
        assert picture.bounding_box()["width"] <= 390
        assert page.locator("script[type='application/ld+json']").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, f"events-detail-{code}")
