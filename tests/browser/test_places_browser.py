"""The places map in Chromium: the demo's places of a town as markers in their categories' colours
over the configured tiles, the list below; without Leaflet (or tiles) the list alone."""

import pytest
from wagtail.models import Locale

from home.demo.places import load_places
from integreat_wagtail.locations.models import Location
from tests.browser.fixtures import PHONE, screenshot
from tests.factories import make_municipality, root_page

pytestmark = pytest.mark.browser


@pytest.fixture
def town(live_db):
    municipality = make_municipality(
        "Erlenhausen", "erlenhausen", ["de", "ar"], latitude=50.7452, longitude=9.5783, postal_codes="36304"
    )
    root_page(municipality, "ar").save_revision().publish()
    load_places(municipality)
    return municipality


def test_places_map_shows_every_place_in_every_language(town, phone, live_server):
    page = phone.new_page()
    for code, town_hall in (("de", "Rathaus"), ("ar", "مبنى البلدية")):
        page.goto(f"{live_server.url}/{code}/erlenhausen/locations/")
        assert not page.locator("#places-map").is_visible()  # Leaflet only when asked for
        page.locator("#places-map-show").click()
        page.wait_for_selector("#places-map.is-ready")
        assert page.locator("#places-map path.leaflet-interactive").count() == 5  # one marker per place
        assert page.locator(".location-list li").count() == 5
        assert town_hall in page.locator(".location-list").inner_text()
        box = page.locator("#places-map").bounding_box()
        assert box["height"] > 200 and box["width"] > 300
        screenshot(page, f"places-map-{code}")
    page.locator("#places-map path.leaflet-interactive").first.click()
    popup = page.locator(".leaflet-popup-content a")
    assert popup.get_attribute("href").startswith("/ar/erlenhausen/locations/")


def test_places_list_without_leaflet(town, browser, live_server):
    # Playwright's routes do not see requests a service worker makes; once the site's worker has
    # claimed the page, Leaflet would arrive through it. Without the worker the route cuts it.
    context = browser.new_context(viewport=PHONE, service_workers="block")
    page = context.new_page()
    page.route("**/leaflet.js", lambda route: route.abort())
    page.goto(f"{live_server.url}/de/erlenhausen/locations/")
    page.wait_for_load_state("load")
    page.locator("#places-map-show").click()
    page.wait_for_timeout(500)
    assert not page.locator("#places-map").is_visible()  # no empty box where the map would be
    assert page.locator(".location-list li").count() == 5
    assert "Stadtbibliothek" in page.locator(".location-list").inner_text()
    context.close()


def test_switching_to_a_language_the_place_lacks_says_so(live_db, phone, live_server):
    """Issue 14: the switcher marks Farsi as untranslated for a German/Arabic place and leads to the
    "not translated" page, which offers the two languages it exists in."""
    town = make_municipality("Erlenhausen", "erlenhausen", ["de", "ar", "fa"])
    hall = Location.objects.create(municipality=town, name="Rathaus", address="Marktplatz 1", locale=Locale.objects.get(language_code="de"))
    arabic = hall.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "مبنى البلدية"
    arabic.save()
    page = phone.new_page()
    page.goto(f"{live_server.url}/ar/erlenhausen/locations/{arabic.pk}/")
    farsi = page.locator(f"a[hreflang='fa'][href='/fa/erlenhausen/locations/{hall.pk}/']")
    assert farsi.get_attribute("data-untranslated") is not None
    page.goto(live_server.url + farsi.get_attribute("href"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "Marktplatz 1" not in page.content()
    offered = page.locator(".available-languages a")
    assert offered.count() == 2 and "مبنى البلدية" in offered.nth(1).inner_text()
    screenshot(page, "location-not-translated-fa")
