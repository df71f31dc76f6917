import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from integreat_wagtail.locations.api import integreat_location_categories, integreat_locations
from integreat_wagtail.locations.models import Location, LocationCategory
from integreat_wagtail.locations.opening_hours import OpeningHoursField, parse_slots, validate_opening_hours
from tests.factories import assert_refused


def make_location(municipality, name="Rathaus", **fields):
    fields.setdefault("locale", Locale.objects.get(language_code=municipality.default_language))
    return Location.objects.create(municipality=municipality, name=name, town="Aachtal", postcode="12345", **fields)


def test_opening_hours_field_compresses_to_integreat_shape():
    field = OpeningHoursField()
    data = ["slots", "09:00-12:00, 14:00-16:30", "closed", "", "all_day", "", "appointment", "", "closed", "", "closed", "", "closed", ""]
    days = field.clean(data)
    assert days[0] == {"allDay": False, "closed": False, "appointmentOnly": False,
                       "timeSlots": [{"start": "09:00", "end": "12:00"}, {"start": "14:00", "end": "16:30"}]}
    assert days[1]["closed"] and days[2]["allDay"] and days[3]["appointmentOnly"]
    validate_opening_hours(days)


@pytest.mark.parametrize("text", ["9-12", "12:00-09:00", "09:00-12:00, 11:00-13:00", "25:00-26:00"])
def test_bad_time_ranges_are_refused(text):
    with pytest.raises(ValidationError):
        parse_slots(text)


def test_opening_hours_need_seven_days():
    with pytest.raises(ValidationError):
        validate_opening_hours([{"allDay": True, "closed": False, "appointmentOnly": False, "timeSlots": []}])


def test_half_coordinates_refused(municipality):
    location = Location(municipality=municipality, name="X", latitude=50.0,
                        locale=Locale.objects.get(language_code="de"))
    with pytest.raises(ValidationError):
        location.full_clean()


def test_in_language_falls_back_to_source(municipality, other_municipality):
    hall = make_location(municipality, "Rathaus")
    school = make_location(municipality, "Volkshochschule")
    make_location(other_municipality, "Fremdes Rathaus")
    hall_en = hall.copy_for_translation(Locale.objects.get(language_code="en"))
    hall_en.name = "Town hall"
    hall_en.save()
    names = sorted(location.name for location in Location.objects.in_language(municipality, "en"))
    assert names == ["Town hall", "Volkshochschule"]
    assert school.pk in [location.pk for location in Location.objects.in_language(municipality, "ar")]


def test_api_shape_and_constant_queries(municipality, rf, django_assert_max_num_queries):
    category = LocationCategory.objects.create(name="Beratung", icon="counselling", color="#aa3300",
                                               locale=Locale.objects.get(language_code="de"))
    for index in range(3):
        make_location(municipality, f"Ort {index}", category=category, latitude=50.1, longitude=6.1)
    request = rf.get("/")
    with django_assert_max_num_queries(4) as captured:
        small = integreat_locations(municipality, "de", request)
    for index in range(3, 20):
        make_location(municipality, f"Ort {index}", category=category)
    with django_assert_max_num_queries(len(captured.captured_queries)):
        big = integreat_locations(municipality, "de", request)
    assert len(small) == 3 and len(big) == 20
    item = big[0]
    for key in ["id", "url", "path", "title", "modified_gmt", "last_updated", "excerpt", "content",
                "available_languages", "thumbnail", "hash", "category", "opening_hours", "location", "barrier_free"]:
        assert key in item
    assert item["category"]["color"] == "#aa3300"
    assert item["path"] == f"/aachtal/de/locations/{item['id']}/"  # integreat-cms's form, which the apps route by
    assert item["url"] == f"http://testserver/de/aachtal/locations/{item['id']}/"
    assert item["category"]["icon_url"] == "http://testserver/icons/counselling.svg"
    assert len(integreat_locations(municipality, "de", request, on_map=True)) == 3
    assert integreat_location_categories(municipality, "de", request)[0]["name"] == "Beratung"


def test_public_pages(client, municipality, other_municipality):
    hall = make_location(municipality, "Rathaus", address="Marktplatz 1", description="Bürgerbüro im Erdgeschoss")
    foreign = make_location(other_municipality, "Fremd")
    response = client.get("/de/aachtal/locations/")
    assert response.status_code == 200 and "Rathaus" in response.content.decode()
    assert "Fremd" not in response.content.decode()
    detail = client.get(f"/de/aachtal/locations/{hall.pk}/")
    assert detail.status_code == 200 and "Marktplatz 1" in detail.content.decode()
    assert client.get(f"/de/aachtal/locations/{foreign.pk}/").status_code == 404
    assert client.get("/uk/aachtal/locations/").status_code == 404  # language not offered
    assert client.get("/de/nowhere/locations/").status_code == 404


def test_admin_isolation(client, municipality, other_municipality, editor, other_editor):
    mine = make_location(municipality, "Meins")
    theirs = make_location(other_municipality, "Deren")
    client.force_login(editor)
    listing = client.get("/admin/snippets/locations/location/")
    assert listing.status_code == 200
    assert "Meins" in listing.content.decode() and "Deren" not in listing.content.decode()
    for url in [f"/admin/snippets/locations/location/edit/{theirs.pk}/",
                f"/admin/snippets/locations/location/delete/{theirs.pk}/",
                f"/admin/snippets/locations/location/inspect/{theirs.pk}/"]:
        assert_refused(client.get(url))
    assert client.get(f"/admin/snippets/locations/location/edit/{mine.pk}/").status_code == 200
    chooser = client.get("/admin/snippets/choose/locations/location/")
    assert chooser.status_code == 200
    assert "Meins" in chooser.content.decode() and "Deren" not in chooser.content.decode()
    results = client.get("/admin/snippets/choose/locations/location/results/?q=Dere")  # the query is echoed
    assert results.status_code == 200 and "Deren" not in results.content.decode()
    assert_refused(client.get(f"/admin/snippets/choose/locations/location/chosen/{theirs.pk}/"))
    assert client.get(f"/admin/snippets/choose/locations/location/chosen/{mine.pk}/").status_code == 200


def test_editor_cannot_create_for_other_municipality(client, municipality, other_municipality, editor):
    client.force_login(editor)
    hours = {}
    for day in range(7):
        hours[f"opening_hours_{2 * day}"] = "closed"
        hours[f"opening_hours_{2 * day + 1}"] = ""
    response = client.post(
        "/admin/snippets/locations/location/add/?locale=de",
        {"municipality": other_municipality.pk, "name": "Eingeschleust", "country": "Deutschland", **hours},
    )
    assert not Location.objects.filter(name="Eingeschleust").exists()
    assert response.status_code == 200 and list(response.context["form"].errors) == ["municipality"]  # not a choice


def test_a_language_without_the_location_shows_not_translated(client, municipality):
    """Aachtal reads de, en, ar; the town hall exists in German and English only."""
    hall = make_location(municipality, "Rathaus", address="Marktplatz 1")
    hall_en = hall.copy_for_translation(Locale.objects.get(language_code="en"))
    hall_en.name = "Town hall"
    hall_en.save()

    response = client.get(f"/ar/aachtal/locations/{hall.pk}/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "Marktplatz 1" not in html  # not the German original
    assert f'href="/de/aachtal/locations/{hall.pk}/"' in html and "Rathaus" in html
    assert f'href="/en/aachtal/locations/{hall_en.pk}/"' in html and "Town hall" in html
    assert 'name="robots" content="noindex"' in html
    assert client.get(f"/ar/aachtal/locations/{hall_en.pk}/").status_code == 404  # from any version


def test_switcher_marks_and_links_the_language_without_the_location(client, municipality):
    hall = make_location(municipality, "Rathaus")
    hall_en = hall.copy_for_translation(Locale.objects.get(language_code="en"))
    hall_en.save()

    html = client.get(f"/de/aachtal/locations/{hall.pk}/").content.decode()
    body = html.split("</head>")[1]

    assert f'href="/en/aachtal/locations/{hall_en.pk}/"' in html
    arabic = re.search(rf'<a href="/ar/aachtal/locations/{hall.pk}/"[^>]*>', body)
    assert arabic and "data-untranslated" in arabic.group(0)
    english = re.search(rf'<a href="/en/aachtal/locations/{hall_en.pk}/"[^>]*>', body)
    assert english and "data-untranslated" not in english.group(0)
    assert 'hreflang="ar"' not in html.split("</head>")[0]  # no alternate for a language it lacks
    assert client.get(f"/en/aachtal/locations/{hall.pk}/").url == f"/en/aachtal/locations/{hall_en.pk}/"


def test_list_links_untranslated_places_to_their_source_language(client, municipality):
    make_location(municipality, "Rathaus")
    school = make_location(municipality, "Volkshochschule")
    school_ar = school.copy_for_translation(Locale.objects.get(language_code="ar"))
    school_ar.name = "مدرسة"
    school_ar.save()

    html = client.get("/ar/aachtal/locations/").content.decode()

    assert re.search(r'href="/de/aachtal/locations/\d+/" hreflang="de" lang="de"><bdi>Rathaus', html)
    assert f'href="/ar/aachtal/locations/{school_ar.pk}/"><bdi>مدرسة' in html
