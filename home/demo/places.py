"""Demo places: location categories with icon and colour, and in every municipality a few places
near its centre with opening hours, translated into its languages (texts: data/places.yaml)."""

import math
from pathlib import Path

from wagtail.models import Locale

from integreat_wagtail.core.demo_data import localized, read_demo_data
from integreat_wagtail.locations.models import Location, LocationCategory
from integreat_wagtail.locations.opening_hours import closed_day, parse_slots
from integreat_wagtail.translations.instances import translate_instance

DATA = read_demo_data(Path(__file__).with_name("data"), "places")
COUNTRIES = {"DE": "Deutschland", "AT": "Österreich"}
METRES_PER_DEGREE = 111_320


def opening_day(text):
    """One day of the YAML's `hours` ("08:00-12:00, …", "closed", "all day", "appointment") in the API's shape."""
    if text == "closed":
        return closed_day()
    if text == "all day":
        return {**closed_day(), "closed": False, "allDay": True}
    if text == "appointment":
        return {**closed_day(), "closed": False, "appointmentOnly": True}
    return {**closed_day(), "closed": False, "timeSlots": parse_slots(text)}


def _translations(instance, codes, texts):
    """Translate `instance` (through wagtail-localize) into `codes` with `texts` (field → language → text)."""
    for code in sorted(set(codes) - {instance.locale.language_code}):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or type(instance).objects.filter(translation_key=instance.translation_key, locale=locale).exists():
            continue
        copy = type(instance).objects.get(pk=instance.pk)
        for field, values in texts.items():
            setattr(copy, field, localized(values, code))
        translate_instance(instance, copy, locale)


def category(key):
    """The platform-wide category `key` (its icon) in German, translated into every demo language."""
    spec = DATA["categories"][key]
    source = Locale.objects.get(language_code="de")
    found = LocationCategory.objects.filter(locale=source, icon=key).first()
    if found is None:
        found = LocationCategory.objects.create(locale=source, icon=key, color=spec["color"], name=spec["name"]["de"])
    _translations(found, spec["name"], {"name": spec["name"]})
    return found


def load_places(municipality, country="DE"):
    """Create (once) the municipality's demo places in its source language and translate them."""
    source_code = municipality.default_language
    source = Locale.objects.get(language_code=source_code)
    postcode = municipality.postal_code_list()[0] if municipality.postal_codes else ""
    places = []
    for spec in DATA["places"]:
        name = localized(spec["name"], source_code)
        place = Location.objects.filter(municipality=municipality, locale=source, name=name).first()
        if place is None:
            place = Location(municipality=municipality, locale=source, name=name)
        if place.has_coordinates:
            places.append(place)
            continue
        place.category = category(spec["category"])
        place.description = localized(spec["description"], source_code)
        place.address, place.postcode, place.town = spec["address"], postcode, municipality.name
        place.country = COUNTRIES[country]
        place.latitude = round(municipality.latitude + spec["north"] / METRES_PER_DEGREE, 6)
        place.longitude = round(
            municipality.longitude + spec["east"] / (METRES_PER_DEGREE * math.cos(math.radians(municipality.latitude))), 6
        )
        place.opening_hours = [opening_day(day) for day in spec["hours"]]
        place.barrier_free = spec.get("barrier_free")
        place.phone = spec.get("phone", "")
        place.appointment_url = spec.get("appointment_url", "")
        place.save()
        _translations(place, municipality.language_codes, {"name": spec["name"], "description": spec["description"]})
        places.append(place)
    return places
