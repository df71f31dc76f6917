"""Integreat API v3 shapes for locations (`{r}/{l}/locations/`) and location categories.

The lead's API module calls these; each runs a fixed number of queries however many locations
there are. `language_code` must already be checked against the municipality's languages.
"""

import hashlib
import json
from collections import defaultdict

from django.urls import reverse
from django.utils.html import escape, linebreaks
from django.utils.text import Truncator
from django.utils.timezone import get_current_timezone

from integreat_wagtail.api.content import public_url

from .models import Location, LocationCategory, localized_categories


def _isoformat(value):
    return value.astimezone(get_current_timezone()).isoformat() if value else None


def app_path(municipality, language_code, pk):
    """integreat-cms's place path, /{region}/{language}/locations/{id}/, by which the apps route and
    find a place (its last segment) and an event's location."""
    return f"/{municipality.slug}/{language_code}/locations/{pk}/"


def location_path(location, language_code):
    return app_path(location.municipality, language_code, location.pk)


def site_url(request, municipality, language_code, pk):
    """The place's page on the public site."""
    path = reverse("locations:detail", kwargs={"language_code": language_code, "municipality_slug": municipality.slug, "pk": pk})
    return public_url(request, path)


def category_dict(category, request=None):
    if category is None:
        return None
    return {
        "id": category.pk,
        "name": category.name,
        "color": category.color,
        "icon": category.icon,
        "icon_url": public_url(request, reverse("icon_svg", kwargs={"name": category.icon})),
        "icon_color": f"{category.icon}_{category.color}",  # integreat-cms's key of the coloured map marker
    }


ADDRESS_FIELDS = ("id", "name", "address", "town", "state", "district", "region", "postcode", "country", "latitude", "longitude")


def empty_address():
    """The nested `location` object with every field null, as integreat-cms sends it for an event without a place."""
    return dict.fromkeys(ADDRESS_FIELDS)


def address_dict(location):
    """The nested `location` object of Integreat's locations and events."""
    if location is None:
        return None
    return {
        **empty_address(),
        "id": location.pk,
        "name": location.name,
        "address": location.address,
        "town": location.town,
        "postcode": location.postcode,
        "country": location.country,
        "latitude": location.latitude,
        "longitude": location.longitude,
    }


def contacts(location):
    """integreat-app reads a place's phone, e-mail and website from `contacts` (integreat-cms moved them
    there from the top-level fields, which it still sends): one contact with the place's data, or none."""
    if not (location.phone or location.email or location.website):
        return []
    return [{
        "name": None, "area_of_responsibility": None, "email": location.email or None,
        "phone_number": location.phone or None, "website": location.website or None, "mobile_number": None,
    }]


def _hash(data):
    return hashlib.md5(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def integreat_locations(municipality, language_code, request=None, on_map=False):
    """All locations of the municipality in a language (source-language fallback), Integreat v3 shape."""
    locations = list(
        Location.objects.in_language(municipality, language_code)
        .select_related("category", "locale", "municipality")
        .order_by("name", "pk")
    )
    if on_map:  # the apps' map: a marker needs coordinates and its category's icon (the app reads category.id)
        locations = [location for location in locations if location.has_coordinates and location.category_id]
    versions = defaultdict(dict)
    for row in Location.objects.filter(municipality=municipality, locale__language_code__in=municipality.language_codes).values(
        "pk", "translation_key", "locale__language_code"
    ):
        versions[row["translation_key"]][row["locale__language_code"]] = row["pk"]
    categories = {}
    if municipality.language_codes:
        categories = localized_categories({location.category for location in locations if location.category}, language_code)
    result = []
    for location in locations:
        location.municipality = municipality
        path = location_path(location, language_code)
        available = {}
        for code, pk in versions[location.translation_key].items():
            if code != language_code and code in municipality.language_codes:
                available[code] = {
                    "id": pk,
                    "url": site_url(request, municipality, code, pk),
                    "path": app_path(municipality, code, pk),
                }
        content = linebreaks(escape(location.description)) if location.description else ""
        category = categories.get(location.category_id, location.category)
        data = {
            "id": location.pk,
            "url": site_url(request, municipality, language_code, location.pk),
            "path": path,
            "title": location.name,
            "modified_gmt": _isoformat(location.updated_at),
            "last_updated": _isoformat(location.updated_at),
            "meta_description": Truncator(location.description).chars(160),
            "excerpt": Truncator(location.description).words(30),
            "content": content,
            "available_languages": available,
            "icon": None,
            "thumbnail": None,
            "website": location.website or None,
            "email": location.email or None,
            "phone_number": location.phone or None,
            "contacts": contacts(location),
            "category": category_dict(category, request),
            "temporarily_closed": location.temporarily_closed,
            "opening_hours": location.opening_hours or None,
            "appointment_url": location.appointment_url or None,
            "location": address_dict(location),
            "organization": None,
            "barrier_free": location.barrier_free,
            "accessibility_notes": location.accessibility_notes,
        }
        data["hash"] = _hash(data)
        result.append(data)
    return result


def integreat_location_categories(municipality, language_code, request=None):
    """The categories used by the municipality's locations, in the language (source fallback)."""
    used = LocationCategory.objects.filter(
        pk__in=Location.objects.filter(municipality=municipality).exclude(category=None).values("category")
    )
    localized = localized_categories(set(used), language_code)
    unique = {category.translation_key: category for category in localized.values()}
    return sorted(
        (category_dict(category, request) for category in unique.values()), key=lambda item: (item["name"], item["id"])
    )
