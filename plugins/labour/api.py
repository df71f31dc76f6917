"""JSON-ready data of the labour plugin for one municipality in one language.

The API serves the feeds declared in `LabourConfig.api_feeds`; each takes the municipality, a
language code and the request (its query parameters filter; None: no filter, relative URLs), and
returns a dict. Bad parameters raise `FilterError` (→ 400); a language the municipality does not
offer or a plugin that is off raises `Unavailable` (→ 404). Query counts do not grow with results.
"""


from django.db.models import Prefetch
from django.http import QueryDict
from django.utils import timezone

from integreat_wagtail.locations.models import localized_map
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.pages import index_page

from . import filters
from .constants import SCHEMA_EMPLOYMENT_TYPE, levels_up_to
from .filters import FilterError
from .models import CounsellingService, JobOffer, JobOfferTranslation, LabourIndexPage, RecognitionGuidePage

__all__ = ["FilterError", "Unavailable", "counselling_services", "guides", "job_offers", "job_posting_jsonld"]

MAX_RESULTS = 200


class Unavailable(LookupError):
    """The plugin is off for the municipality, or it does not publish in that language."""


def _params(request):
    return request.GET if request is not None else QueryDict()


def _check(municipality, language_code):
    if not is_enabled(municipality, "labour") or not municipality.offers_language(language_code):
        raise Unavailable(language_code)


def _url(request, path):
    return request.build_absolute_uri(path) if request is not None and path else path


# --- recognition guides ------------------------------------------------------------------------

def filter_guides(queryset, chosen):
    if "profession" in chosen:
        queryset = queryset.filter(profession_key=chosen["profession"])
    if "group" in chosen:
        queryset = queryset.filter(profession_group=chosen["group"])
    if chosen.get("regulated") is not None:
        queryset = queryset.filter(regulated=chosen["regulated"])
    return queryset


def guide_dict(guide, request=None, authority=None):
    return {
        "id": guide.pk,
        "translation_key": str(guide.translation_key),
        "title": guide.title,
        "url": _url(request, guide.get_url(request=request)),
        "profession": guide.profession,
        "profession_key": guide.profession_key,
        "profession_group": guide.profession_group,
        "regulated": guide.regulated,
        "summary": guide.summary,
        "authority": {
            "name": guide.authority_name,
            "email": guide.authority_email,
            "phone": guide.authority_phone,
            "website": guide.authority_website,
            "location_id": guide.authority_id,
            "address": authority.one_line_address if authority else "",
        },
        "documents": [block.value for block in guide.documents],
        "steps": [
            {
                "title": block.value["title"],
                "text": block.value["text"].source if block.value["text"] else "",
                "links": [{"title": link["title"], "url": link["url"] or (link["page"].url if link["page"] else "")}
                          for link in block.value["links"]],
            }
            for block in guide.steps
        ],
        "costs": guide.costs,
        "duration": guide.duration,
        "cefr_level": guide.cefr_level or None,
        "official_links": [
            {"title": block.value["title"], "url": block.value["url"] or (block.value["page"].url if block.value["page"] else "")}
            for block in guide.official_links
        ],
        "last_updated": guide.last_published_at.isoformat() if guide.last_published_at else None,
    }


def guides(municipality, language_code, request=None):
    _check(municipality, language_code)
    _form, chosen = filters.parse(_params(request), filters.GuideFilterForm)
    page = index_page(LabourIndexPage, municipality, language_code)
    if page is None:
        return {"language": language_code, "count": 0, "results": []}
    items = list(filter_guides(page.guides(), chosen).select_related("authority")[:MAX_RESULTS])
    authorities = localized_map([guide.authority for guide in items], language_code)
    return {
        "language": language_code,
        "count": len(items),
        "results": [guide_dict(guide, request, authorities.get(guide.authority_id)) for guide in items],
    }


# --- counselling services ----------------------------------------------------------------------

def filter_services(queryset, chosen):
    if "topic" in chosen:
        queryset = queryset.with_topic(chosen["topic"])
    if "language" in chosen:
        queryset = queryset.speaking(chosen["language"])
    return queryset


def service_dict(service, location=None):
    address = service.one_line_address or (location.one_line_address if location else "")
    return {
        "id": service.pk,
        "translation_key": str(service.translation_key),
        "language": service.locale.language_code,
        "organisation": service.organisation,
        "name": service.name,
        "description": service.description,
        "topics": list(service.topics),
        "languages_spoken": list(service.languages_spoken),
        "email": service.email,
        "phone": service.phone,
        "website": service.website,
        "address": address,
        "opening_hours": service.opening_hours,
        "location": {
            "id": location.pk, "name": location.name, "latitude": location.latitude, "longitude": location.longitude,
        } if location else None,
    }


def counselling_services(municipality, language_code, request=None):
    _check(municipality, language_code)
    _form, chosen = filters.parse(_params(request), filters.CounsellingFilterForm)
    queryset = CounsellingService.objects.in_language(municipality, language_code).select_related("locale", "location")
    items = list(filter_services(queryset, chosen)[:MAX_RESULTS])
    locations = localized_map([service.location for service in items], language_code)
    return {
        "language": language_code,
        "count": len(items),
        "results": [service_dict(service, locations.get(service.location_id)) for service in items],
    }


# --- job offers --------------------------------------------------------------------------------

def live_offers(municipality, language_code):
    """Published, unexpired offers with the reader's translation prefetched (constant queries)."""
    return (
        JobOffer.objects.live()
        .filter(municipality=municipality)
        .select_related("location", "municipality")
        .prefetch_related(
            Prefetch(
                "translations",
                queryset=JobOfferTranslation.objects.filter(language_code=language_code),
                to_attr="reader_translations",
            )
        )
        .order_by("-reviewed_at", "-pk")
    )


def filter_offers(queryset, chosen):
    if "type" in chosen:
        queryset = queryset.filter(employment_type=chosen["type"])
    if "level" in chosen:
        queryset = queryset.filter(cefr_level__in=levels_up_to(chosen["level"]) + [""])
    if chosen.get("recognition") is not None:
        queryset = queryset.filter(recognition_needed=chosen["recognition"])
    return queryset


def _address(offer, location=None):
    if offer.town:
        return {"street": offer.street, "postcode": offer.postcode, "town": offer.town}
    return {"street": location.address, "postcode": location.postcode, "town": location.town} if location else {}


def offer_dict(offer, language_code, request=None, url="", location=None):
    title, description, text_language = offer.text_in(language_code)
    return {
        "id": offer.pk,
        "title": title,
        "description": description,
        "language": text_language,
        "translated": text_language == language_code,
        "url": _url(request, url),
        "employer": offer.employer,
        "employment_type": offer.employment_type,
        "start_date": offer.start_date.isoformat() if offer.start_date else None,
        "address": _address(offer, location),
        "location_id": offer.location_id,
        "cefr_level": offer.cefr_level or None,
        "qualifications": offer.qualifications,
        "recognition_needed": offer.recognition_needed,
        "salary": {
            "min": str(offer.salary_min) if offer.salary_min is not None else None,
            "max": str(offer.salary_max) if offer.salary_max is not None else None,
            "unit": offer.salary_unit,
            "currency": "EUR",
        } if offer.salary_min is not None or offer.salary_max is not None else None,
        "contact": {"email": offer.contact_email, "phone": offer.contact_phone, "application_url": offer.application_url},
        "published": offer.reviewed_at.isoformat() if offer.reviewed_at else None,
        "expires": offer.expires_at.isoformat() if offer.expires_at else None,
    }


def job_offers(municipality, language_code, request=None):
    _check(municipality, language_code)
    _form, chosen = filters.parse(_params(request), filters.JobFilterForm)
    page = index_page(LabourIndexPage, municipality, language_code)
    base = page.get_url(request=request) if page else None
    items = list(filter_offers(live_offers(municipality, language_code), chosen)[:MAX_RESULTS])
    return {
        "language": language_code,
        "count": len(items),
        "results": [
            offer_dict(offer, language_code, request, base + page.reverse_subpage("job_detail", args=[offer.pk]) if base else "")
            for offer in items
        ],
    }


def job_posting_jsonld(offer, language_code, url="", location=None):
    """schema.org JobPosting for search engines (Google's required and recommended properties)."""
    title, description, text_language = offer.text_in(language_code)
    address = _address(offer, location)
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title,
        "description": description or title,
        "inLanguage": text_language,
        "datePosted": timezone.localtime(offer.reviewed_at or offer.submitted_at or offer.created_at).date().isoformat(),
        "hiringOrganization": {"@type": "Organization", "name": offer.employer},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": address.get("street", ""),
                "postalCode": address.get("postcode", ""),
                "addressLocality": address.get("town", ""),
                "addressCountry": "DE",
            },
        },
        "employmentType": SCHEMA_EMPLOYMENT_TYPE[offer.employment_type],
    }
    if url:
        data["url"] = url
    if offer.expires_at:
        data["validThrough"] = timezone.localtime(offer.expires_at).isoformat()
    if offer.start_date:
        data["jobStartDate"] = offer.start_date.isoformat()
    if offer.qualifications:
        data["qualifications"] = offer.qualifications
    if offer.salary_min is not None or offer.salary_max is not None:
        value = {"@type": "QuantitativeValue", "unitText": offer.salary_unit}
        if offer.salary_min is not None:
            value["minValue"] = float(offer.salary_min)
        if offer.salary_max is not None:
            value["maxValue"] = float(offer.salary_max)
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": value}
    if offer.application_url:
        data["directApply"] = False
    return data
