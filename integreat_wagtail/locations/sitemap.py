"""The locations list and each location's page in the municipality's sitemap."""

from integreat_wagtail.municipalities.pages import get_municipality_page_model

from .models import Location


def location_sub_paths(page, municipality):
    """{key: sub-path} below a municipality's start page: its locations in the page's language
    (keyed by translation, so each location's languages are alternates of one entry)."""
    if not issubclass(page.specific_class, get_municipality_page_model()):
        return {}
    rows = Location.objects.in_language(municipality, page.locale.language_code).values_list("pk", "translation_key")
    return {"locations": "locations/", **{f"location-{key}": f"locations/{pk}/" for pk, key in rows}}
