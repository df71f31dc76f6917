"""Public list (with a map where places have coordinates) and detail pages of a municipality's locations, per language."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation

from integreat_wagtail.municipalities.pages import get_municipality_page_model
from integreat_wagtail.core.params import parse_id

from .models import Location, localized_categories, localized_map


def _municipality_page(language_code, municipality_slug):
    page = (
        get_municipality_page_model().objects.live()
        .select_related("municipality", "locale")
        .filter(municipality__slug=municipality_slug, locale__language_code=language_code)
        .first()
    )
    if page is None or not page.municipality.offers_language(language_code):
        raise Http404
    return page


def location_list(request, language_code, municipality_slug):
    page = _municipality_page(language_code, municipality_slug)
    locations = (
        Location.objects.in_language(page.municipality, language_code).select_related("category").order_by("name")
    )
    category = parse_id(request.GET.get("category", ""))
    if category is not None:
        locations = locations.filter(category_id=category)
    locations = list(locations)
    categories = localized_categories({location.category for location in locations if location.category}, language_code)
    for location in locations:
        location.category = categories.get(location.category_id)
    with translation.override(language_code):
        return render(
            request,
            "locations/location_list.html",
            {
                "page": page, "municipality": page.municipality, "locations": locations,
                "map_places": map_places(locations, language_code, page.municipality.slug),
                "tile_url": settings.INTEGREAT_MAP_TILE_URL, "tile_attribution": settings.INTEGREAT_MAP_ATTRIBUTION,
            },
        )


def map_places(locations, language_code, municipality_slug):
    """The markers of the places map: the places with coordinates, their page and category colour."""
    return [
        {
            "name": location.name,
            "latitude": location.latitude,
            "longitude": location.longitude,
            "color": location.category.color if location.category else "#1f6f8b",
            "url": reverse(
                "locations:detail",
                kwargs={"language_code": language_code, "municipality_slug": municipality_slug, "pk": location.pk},
            ),
        }
        for location in locations
        if location.has_coordinates
    ]


def location_detail(request, language_code, municipality_slug, pk):
    page = _municipality_page(language_code, municipality_slug)
    location = get_object_or_404(Location.objects.select_related("category", "locale"), pk=pk, municipality=page.municipality)
    localized = localized_map([location], language_code)[location.pk]
    if localized.pk != location.pk:
        return redirect("locations:detail", language_code=language_code, municipality_slug=municipality_slug, pk=localized.pk)
    if location.category:
        location.category = localized_categories({location.category}, language_code)[location.category_id]
    with translation.override(language_code):
        return render(
            request,
            "locations/location_detail.html",
            {
                "page": page, "municipality": page.municipality, "location": location,
                "sub_paths_by_language": _sub_paths_by_language(location, page.municipality),
            },
        )


def _sub_paths_by_language(location, municipality):
    """Where this location is in each of the municipality's languages (its translation, else the
    source row every language falls back to), for the language switcher and hreflang alternates."""
    ids = dict(
        Location.objects.filter(municipality=municipality, translation_key=location.translation_key)
        .values_list("locale__language_code", "pk")
    )
    fallback = ids.get(municipality.default_language, location.pk)
    return {code: f"locations/{ids.get(code, fallback)}/" for code in municipality.language_codes}
