"""Contract of `locations/` and `location-categories/` as integreat-app's places endpoint reads them
(createPlacesEndpoint: every place's path, category.id/name/color/icon/icon_url, location.*,
opening_hours[].allDay/closed/appointmentOnly/timeSlots, last_updated, available_languages)."""

import re

import pytest
from wagtail.models import Locale

from integreat_wagtail.locations.models import Location, LocationCategory

from .test_v3_contract import get, iso

TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
PLACE_KEYS = {
    "id", "url", "path", "title", "modified_gmt", "last_updated", "meta_description", "excerpt", "content",
    "available_languages", "icon", "thumbnail", "website", "email", "phone_number", "contacts", "category",
    "temporarily_closed", "opening_hours", "appointment_url", "location", "organization", "barrier_free",
    "accessibility_notes", "hash",
}
HOURS = [
    {"allDay": False, "closed": False, "appointmentOnly": False, "timeSlots": [{"start": "08:00", "end": "12:00"}]},
    {"allDay": False, "closed": False, "appointmentOnly": False,
     "timeSlots": [{"start": "08:00", "end": "12:00"}, {"start": "14:00", "end": "18:00"}]},
    {"allDay": True, "closed": False, "appointmentOnly": False, "timeSlots": []},
    {"allDay": False, "closed": False, "appointmentOnly": True, "timeSlots": []},
    {"allDay": False, "closed": True, "appointmentOnly": False, "timeSlots": []},
    {"allDay": False, "closed": True, "appointmentOnly": False, "timeSlots": []},
    {"allDay": False, "closed": True, "appointmentOnly": False, "timeSlots": []},
]


def translated(instance, code, **fields):
    copy = instance.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


@pytest.fixture
def places(site):
    aachtal = site["aachtal"]
    de = Locale.objects.get(language_code="de")
    office = LocationCategory.objects.create(name="Behörde", icon="office", color="#3d405b", locale=de)
    office_en = translated(office, "en", name="Authority")
    hall = Location.objects.create(
        municipality=aachtal, locale=de, name="Rathaus", category=office, address="Marktplatz 1", postcode="12345",
        town="Aachtal", latitude=50.1004, longitude=8.5996, opening_hours=HOURS, barrier_free=True,
        description="Bürgerbüro im Erdgeschoss.", phone="+49 6151 000 100", email="rathaus@aachtal.example",
    )
    hall_en = translated(hall, "en", name="Town hall", description="Citizens' office on the ground floor.")
    no_coordinates = Location.objects.create(municipality=aachtal, locale=de, name="Beratung per Telefon", category=office)
    no_category = Location.objects.create(municipality=aachtal, locale=de, name="Ohne Kategorie", latitude=50.1, longitude=8.6)
    Location.objects.create(municipality=site["birkenau"], locale=de, name="Fremd", category=office, latitude=50, longitude=8)
    return {"office": office, "office_en": office_en, "hall": hall, "hall_en": hall_en,
            "no_coordinates": no_coordinates, "no_category": no_category}


def test_places_on_the_map_in_the_apps_shape(client, places):
    items = get(client, "/api/v3/aachtal/en/locations/?on_map=1")
    assert [item["title"] for item in items] == ["Town hall"]  # translated; no coordinates or no category: not on the map
    place = items[0]
    assert set(place) == PLACE_KEYS
    hall_en = places["hall_en"]
    assert place["id"] == hall_en.pk
    assert place["path"] == f"/aachtal/en/locations/{hall_en.pk}/"  # integreat-cms's /{region}/{language}/locations/{slug}/
    assert place["url"] == f"http://testserver/en/aachtal/locations/{hall_en.pk}/"
    assert "Town hall" in client.get(place["url"].removeprefix("http://testserver")).content.decode()
    assert iso(place["last_updated"]).tzinfo is not None
    assert place["content"] == "<p>Citizens&#x27; office on the ground floor.</p>"
    assert isinstance(place["excerpt"], str) and isinstance(place["contacts"], list)
    assert place["available_languages"] == {
        "de": {"id": places["hall"].pk, "url": f"http://testserver/de/aachtal/locations/{places['hall'].pk}/",
               "path": f"/aachtal/de/locations/{places['hall'].pk}/"},
    }
    category = place["category"]
    assert category == {
        "id": places["office_en"].pk, "name": "Authority", "color": "#3d405b", "icon": "office",
        "icon_url": "http://testserver/icons/office.svg", "icon_color": "office_#3d405b",
    }
    icon = client.get("/icons/office.svg")
    assert icon.status_code == 200 and icon["Content-Type"] == "image/svg+xml" and b"<svg" in icon.content
    location = place["location"]
    assert location["id"] == hall_en.pk and location["name"] == "Town hall"
    assert (location["address"], location["postcode"], location["town"]) == ("Marktplatz 1", "12345", "Aachtal")
    assert isinstance(location["latitude"], float) and isinstance(location["longitude"], float)
    assert (location["latitude"], location["longitude"]) == (50.1004, 8.5996)
    assert place["opening_hours"] == HOURS
    for day in place["opening_hours"]:
        assert all(isinstance(day[key], bool) for key in ("allDay", "closed", "appointmentOnly"))
        assert all(TIME.match(slot["start"]) and TIME.match(slot["end"]) for slot in day["timeSlots"])
    assert place["temporarily_closed"] is False and place["barrier_free"] is True
    assert place["organization"] is None
    assert place["contacts"] == [{  # integreat-app's JsonContactType: where it reads a place's phone and e-mail
        "name": None, "area_of_responsibility": None, "email": "rathaus@aachtal.example",
        "phone_number": "+49 6151 000 100", "website": None, "mobile_number": None,
    }]
    assert (place["phone_number"], place["email"]) == ("+49 6151 000 100", "rathaus@aachtal.example")


def test_all_places_and_their_categories(client, places):
    names = sorted(item["title"] for item in get(client, "/api/v3/aachtal/de/locations/"))
    assert names == ["Beratung per Telefon", "Ohne Kategorie", "Rathaus"]
    assert get(client, "/api/v3/aachtal/de/locations/")[names.index("Ohne Kategorie")]["category"] is None
    assert get(client, "/api/v3/aachtal/en/location-categories/") == [{
        "id": places["office_en"].pk, "name": "Authority", "color": "#3d405b", "icon": "office",
        "icon_url": "http://testserver/icons/office.svg", "icon_color": "office_#3d405b",
    }]
    assert get(client, "/api/v3/aachtal/de/location-categories/")[0]["name"] == "Behörde"
    assert client.get("/icons/no-such-icon.svg").status_code == 404


def test_public_places_list_has_a_map_with_the_configured_tiles(client, places, settings):
    settings.INTEGREAT_MAP_TILE_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    response = client.get("/en/aachtal/locations/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in html
    assert "/static/locations/vendor/leaflet/leaflet.js" in html
    assert "Town hall" in html and "Authority" in html  # the list: translated names and categories
    assert '"latitude": 50.1004' in html and "#3d405b" in html  # the markers' data
    assert "Beratung per Telefon" in html  # places without coordinates are in the list, not on the map


def test_the_content_security_policy_allows_the_tile_server():
    from integreat_wagtail.settings.base import origin_of

    assert origin_of("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == ["https://tile.openstreetmap.org"]
    assert origin_of("https://{s}.tiles.example.org/{z}/{x}/{y}.png") == ["https://*.tiles.example.org"]
    assert origin_of("/tiles/{z}/{x}/{y}.png") == []


def test_csp_header_names_the_default_tile_origin(client, places):
    policy = client.get("/en/aachtal/locations/")["Content-Security-Policy"]
    img_src = next(part for part in policy.split(";") if part.strip().startswith("img-src"))
    assert "https://tile.openstreetmap.org" in img_src
