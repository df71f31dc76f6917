"""Real Chromium: a landlord submits an offer through the form; screenshots (de, fa) at 390 px."""

import io

import pytest
from PIL import Image

from integreat_wagtail.plugins.pages import index_page
from integreat_wagtail.plugins.services import enable_plugin
from plugins.housing.demo import load_demo
from plugins.housing.models import HousingIndexPage, HousingOffer
from tests.browser.fixtures import screenshot
from tests.factories import make_municipality

pytestmark = pytest.mark.browser


@pytest.fixture
def town(live_db):
    municipality = make_municipality("Lindenau", "lindenau", ["de", "fa", "en"],
                                     contact_email="wohnen@lindenau.example.org")
    enable_plugin(municipality, "housing")
    load_demo(municipality)
    return municipality


def test_submit_through_real_form_and_screenshots(live_server, town, phone, tmp_path):
    page = phone.new_page()
    for code in ("de", "fa"):
        index = index_page(HousingIndexPage, town, code, town.default_language)
        page.goto(live_server.url + index.url)
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator(".housing-card").count() == 7
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # load the lazy photos
        page.wait_for_load_state("networkidle")
        photos = page.locator(".housing-card img")
        assert photos.count() == 4  # served from private storage through the page's photo route
        assert page.evaluate("[...document.querySelectorAll('.housing-card img')].every(i => i.naturalWidth > 0)")
        screenshot(page, f"housing-listing-{code}")
        page.goto(live_server.url + index.url + "submit/")
        screenshot(page, f"housing-form-{code}")
        assert page.locator("html").get_attribute("dir") == ("rtl" if code == "fa" else "ltr")

    photo = tmp_path / "wohnzimmer.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), "seagreen").save(buffer, "JPEG")
    photo.write_bytes(buffer.getvalue())
    index = index_page(HousingIndexPage, town, "de", town.default_language)
    page.goto(live_server.url + index.url + "submit/")
    page.fill("#id_title", "Browser-Wohnung am Markt")
    page.fill("#id_description", "Zwei Zimmer, hell, mit Balkon.")
    page.fill("#id_rooms", "2,5")
    page.fill("#id_living_area", "61")
    page.fill("#id_cold_rent", "540")
    page.fill("#id_additional_costs", "130,50")
    page.fill("#id_deposit", "1080")
    page.fill("#id_available_from", "2030-03-01")
    page.check("#id_suitable_singles")
    page.fill("#id_district", "Marktviertel")
    page.fill("#id_submitter_name", "Erika Test")
    page.fill("#id_submitter_email", "erika@example.org")
    page.check("input[name=contact_visibility][value=email]")
    page.set_input_files("#id_photo_1", str(photo))
    page.fill("#id_photo_1_alt", "Wohnzimmer mit Fenster")
    page.check("#id_privacy_consent")
    assert not page.locator(".hp").is_visible() or page.locator(".hp").bounding_box()["x"] < 0
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "sent=1" in page.url
    offer = HousingOffer.objects.get(title="Browser-Wohnung am Markt")
    assert offer.status == "pending" and str(offer.additional_costs) == "130.50"
    assert offer.photos.get().alt_text == "Wohnzimmer mit Fenster"
    page.goto(live_server.url + index.url)
    assert "Browser-Wohnung" not in page.content()  # not public before approval
