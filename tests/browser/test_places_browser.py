"""The places map in Chromium: the demo's places of a town as markers in their categories' colours
over the configured tiles, the list below; without Leaflet (or tiles) the list alone."""

import pytest

from home.demo.places import load_places
from tests.browser.fixtures import screenshot
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


def test_places_list_without_leaflet(town, phone, live_server):
    page = phone.new_page()
    page.route("**/leaflet.js", lambda route: route.abort())
    page.goto(f"{live_server.url}/de/erlenhausen/locations/")
    page.wait_for_load_state("load")
    page.locator("#places-map-show").click()
    page.wait_for_timeout(500)
    assert not page.locator("#places-map").is_visible()  # no empty box where the map would be
    assert page.locator(".location-list li").count() == 5
    assert "Stadtbibliothek" in page.locator(".location-list").inner_text()
