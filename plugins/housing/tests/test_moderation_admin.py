"""The moderation queue as moderators use it: readable values, and “Moderate” right in each row."""

from django.utils import translation
from django.utils.text import capfirst
from wagtail.test.utils import WagtailTestUtils

from plugins.housing.models import HousingOffer

from .conftest import make_offer


def soup(response):
    assert response.status_code == 200
    return WagtailTestUtils.get_soup(response.content.decode())


def test_moderation_view_shows_human_values(client, housing, moderator):
    offer = make_offer(housing, status=HousingOffer.Status.PENDING, available_until=None, show_address=False,
                       rooms=2.5)
    client.force_login(moderator)
    page = soup(client.get(f"/admin/housing_offers/moderate/{offer.pk}/"))
    summary = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in page.select("dl dt")}
    with translation.override("de"):
        label = {name: capfirst(HousingOffer._meta.get_field(name).verbose_name)
                 for name in ("available_until", "show_address", "rooms")}
        no = translation.gettext("No")
    assert summary[label["available_until"]] == "–"
    assert summary[label["show_address"]] == no
    assert summary[label["rooms"]] == "2,5"
    assert not {"None", "False", "True"} & set(summary.values())


def test_moderate_is_a_button_in_the_row_not_in_its_menu(client, housing, moderator):
    offer = make_offer(housing, status=HousingOffer.Status.PENDING)
    client.force_login(moderator)
    page = soup(client.get("/admin/housing_offers/"))
    links = page.select(f'a[href="/admin/housing_offers/moderate/{offer.pk}/"]')
    assert len(links) == 1
    assert "button" in links[0]["class"]
    assert links[0].find_parent(attrs={"data-controller": "w-dropdown"}) is None
