"""Data for the public API: published, unexpired offers of a municipality, without private data.

The API app wires `housing_offers` into /api/; it asks the gate itself, this module only shapes data.
"""

from django.db.models import F, Prefetch

from integreat_wagtail.plugins.pages import index_page

from .models import HousingIndexPage, HousingOffer, HousingOfferTranslation, HousingPhoto, HousingSettings


def _money(value):
    return None if value is None else f"{value:.2f}"


def housing_offers(municipality, language_code, request=None):
    """A list of JSON-ready dicts (constant number of queries, whatever the number of offers)."""
    currency = HousingSettings.for_municipality(municipality).currency
    index = index_page(HousingIndexPage, municipality, language_code, municipality.default_language)
    base_url = index.get_full_url(request) if index else None
    offers = (
        HousingOffer.objects.live()
        .filter(municipality=municipality)
        .select_related("municipality")
        .annotate(warm_rent=F("cold_rent") + F("additional_costs"))
        .prefetch_related(
            Prefetch("translations", queryset=HousingOfferTranslation.objects.filter(language_code=language_code),
                     to_attr="current_translations"),
            Prefetch("photos", queryset=HousingPhoto.objects.order_by("sort_order", "pk")),
        )
        .order_by("-reviewed_at", "-pk")
    )
    return [_offer(offer, language_code, currency, index, base_url) for offer in offers]


def _photo_url(index, base_url, photo):
    """The index page's photo route: the files themselves have no public URL."""
    return f"{base_url.rstrip('/')}/{index.reverse_subpage('photo', args=[photo.pk])}" if base_url else None


def _offer(offer, language_code, currency, index, base_url):
    text = offer.text_for(language_code)
    contact = offer.public_contact()
    return {
        "id": offer.pk,
        "url": f"{base_url.rstrip('/')}/{offer.pk}/" if base_url else None,
        "title": text["title"],
        "description": text["description"],
        "language": text["language_code"],
        "machine_translated": text["machine"],
        "rooms": float(offer.rooms),
        "living_area_m2": offer.living_area,
        "currency": currency,
        "cold_rent": _money(offer.cold_rent),
        "additional_costs": _money(offer.additional_costs),
        "total_rent": _money(offer.warm_rent),
        "deposit": _money(offer.deposit),
        "available_from": offer.available_from.isoformat(),
        "available_until": offer.available_until.isoformat() if offer.available_until else None,
        "furnished": offer.furnished,
        "floor": offer.floor,
        "step_free": offer.step_free,
        "suitable_for": [key for key, flag in (("singles", offer.suitable_singles), ("families", offer.suitable_families),
                                               ("shared_flat", offer.suitable_shared)) if flag],
        "district": offer.district,
        "address": offer.street_address if offer.show_address else None,
        "photos": [{"url": _photo_url(index, base_url, photo), "alt": photo.alt_text, "width": photo.width,
                    "height": photo.height} for photo in offer.photos.all()],
        "contact": {key: value for key, value in contact.items() if key in ("name", "phone", "email", "via_municipality")},
        "published_at": offer.reviewed_at.isoformat() if offer.reviewed_at else None,
        "expires_at": offer.expires_at.isoformat() if offer.expires_at else None,
    }
