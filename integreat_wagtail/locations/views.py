"""Public list (with a map where places have coordinates) and detail pages of a municipality's locations, per language."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation

from integreat_wagtail.municipalities.pages import get_municipality_page_model
from integreat_wagtail.core.params import parse_id

from .models import Location, localized_categories


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
        Location.objects.in_language(page.municipality, language_code).select_related("category", "locale").order_by("name")
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
                "map_places": map_places(locations, page.municipality.slug),
                "tile_url": settings.INTEGREAT_MAP_TILE_URL, "tile_attribution": settings.INTEGREAT_MAP_ATTRIBUTION,
            },
        )


def map_places(locations, municipality_slug):
    """The markers of the places map: the places with coordinates, their page (in the language the
    place is written in: the reader's, else the source's) and category colour."""
    return [
        {
            "name": location.name,
            "latitude": location.latitude,
            "longitude": location.longitude,
            "color": location.category.color if location.category else "#1f6f8b",
            "url": reverse(
                "locations:detail",
                kwargs={"language_code": location.locale.language_code, "municipality_slug": municipality_slug, "pk": location.pk},
            ),
        }
        for location in locations
        if location.has_coordinates
    ]


def location_detail(request, language_code, municipality_slug, pk):
    page = _municipality_page(language_code, municipality_slug)
    location = get_object_or_404(Location.objects.select_related("category", "locale"), pk=pk, municipality=page.municipality)
    versions = _versions(location, page.municipality)
    here = versions.get(language_code)
    if here is None:
        return _not_translated(request, page, versions)
    if here != location.pk:
        return redirect("locations:detail", language_code=language_code, municipality_slug=municipality_slug, pk=here)
    if location.category:
        location.category = localized_categories({location.category}, language_code)[location.category_id]
    with translation.override(language_code):
        return render(
            request,
            "locations/location_detail.html",
            {"page": page, "municipality": page.municipality, "location": location, **_switcher_context(versions, page.municipality)},
        )


def _versions(location, municipality):
    """{language code: id} of the location's versions (never empty: the location is one of them)."""
    return dict(
        Location.objects.filter(municipality=municipality, translation_key=location.translation_key)
        .values_list("locale__language_code", "pk")
    )


def _not_translated(request, page, versions):
    """The same "not translated yet" page as for pages, offering the languages the location exists in."""
    municipality = page.municipality
    names = dict(Location.objects.filter(pk__in=versions.values()).values_list("pk", "name"))
    available = [
        {
            "language": language,
            "title": names[versions[language.code]],
            "url": reverse("locations:detail", kwargs={
                "language_code": language.code, "municipality_slug": municipality.slug, "pk": versions[language.code],
            }),
        }
        for language in municipality.languages
        if language.code in versions
    ]
    with translation.override(page.locale.language_code):
        return render(
            request, "home/not_translated.html",
            {"page": page, "available": available, **_switcher_context(versions, municipality)}, status=404,
        )


def _switcher_context(versions, municipality):
    """Where the location is in each language, for the switcher and hreflang alternates; a language
    without it leads to its "not translated" page there and is marked as untranslated."""
    fallback = versions.get(municipality.default_language) or next(iter(versions.values()))
    return {
        "sub_paths_by_language": {code: f"locations/{versions.get(code, fallback)}/" for code in municipality.language_codes},
        "untranslated_languages": [code for code in municipality.language_codes if code not in versions],
    }
