"""Public views of the events plugin, reached through the page types' routes (gate applies)."""

import datetime

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify

from integreat_wagtail.locations.models import Location

from . import ical, recurrence
from .forms import EventFilterForm
from .models import EventCategory
from .queries import attach_municipality, events_under, localize_related, occurrences_between

PER_PAGE = 20


def _filter_choices(index_page, language_code):
    """Categories and places that occur in this calendar, in the page's language."""
    from .models import EventPage

    events = EventPage.objects.child_of(index_page).live().filter(hidden=False)
    categories = list(EventCategory.objects.filter(pk__in=events.exclude(category=None).values("category")))
    locations = list(Location.objects.filter(pk__in=events.exclude(location=None).values("location")))
    category_names = {}
    if categories:
        localized = {
            c.translation_key: c
            for c in EventCategory.objects.filter(
                translation_key__in=[c.translation_key for c in categories], locale__language_code=language_code
            )
        }
        category_names = {c.pk: localized.get(c.translation_key, c).name for c in categories}
    for category in categories:
        category.name = category_names.get(category.pk, category.name)
    from integreat_wagtail.locations.models import localized_map

    localized_locations = localized_map(locations, language_code)
    for location in locations:
        location.name = localized_locations[location.pk].name
    return sorted(categories, key=lambda c: c.name), sorted(locations, key=lambda loc: loc.name)


def event_listing(index_page, request):
    municipality = index_page.municipality
    language_code = index_page.locale.language_code
    tz = recurrence.zone(municipality.time_zone)
    today = timezone.localdate(timezone=tz)
    categories, locations = _filter_choices(index_page, language_code)
    form = EventFilterForm(request.GET, categories=categories, locations=locations, today=today)
    context = index_page.get_context(request)
    context.update({"form": form, "today": today, "max_window_days": recurrence.MAX_WINDOW_DAYS})
    if not form.is_valid():
        context.update({"occurrences": [], "page_obj": None})
        return TemplateResponse(request, "events/event_index_page.html", context, status=400)
    data = form.cleaned_data
    start_date, end_date = data["window"]
    queryset = events_under(index_page, municipality)
    if data.get("category"):
        queryset = queryset.filter(category_id=data["category"])
    if data.get("location"):
        queryset = queryset.filter(location_id=data["location"])
    if data.get("free"):
        queryset = queryset.filter(is_free=True)
    occurrences = occurrences_between(
        queryset, municipality, start_date, end_date, not_before=timezone.now(),
        municipality_page=index_page.municipality_page,
    )
    paginator = Paginator(occurrences, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    localize_related({occurrence.event for occurrence in page_obj.object_list}, language_code)
    query = request.GET.copy()
    query.pop("page", None)
    context.update(
        {
            "occurrences": page_obj.object_list,
            "page_obj": page_obj,
            "window_start": start_date,
            "window_end": end_date,
            "filter_query": query.urlencode(),
            "filtered": any(data.get(key) for key in ("when", "category", "location", "free", "start", "end")),
        }
    )
    return TemplateResponse(request, "events/event_index_page.html", context)


def calendar_feed(index_page, request):
    """Subscribable feed of the calendar in one language: current and future series."""
    municipality = index_page.municipality
    tz = recurrence.zone(municipality.time_zone)
    since = timezone.localdate(timezone=tz) - datetime.timedelta(days=30)
    events = list(
        events_under(index_page, municipality).filter(last_date__gte=since).prefetch_related("exceptions")
        .order_by("start_date", "pk")
    )
    attach_municipality(events, municipality, index_page.municipality_page)
    localize_related(events, index_page.locale.language_code)
    cal = ical.calendar(events, f"{index_page.title} – {municipality.name}", request, index_page.locale.language_code)
    return _ics_response(cal, f"{municipality.slug}-{index_page.locale.language_code}.ics")


def event_ics(event, request):
    localize_related([event], event.locale.language_code)
    cal = ical.calendar([event], event.title, request, event.locale.language_code)
    return _ics_response(cal, f"{slugify(event.slug) or 'event'}.ics", attachment=True)


def _ics_response(cal, filename, attachment=False):
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def event_detail_context(event, request):
    localize_related([event], event.locale.language_code)
    now = timezone.now()
    occurrences = event.all_occurrences(limit=200)
    upcoming = [occurrence for occurrence in occurrences if not occurrence.is_past(now)]
    past = [occurrence for occurrence in occurrences if occurrence.is_past(now)]
    return {
        "upcoming_occurrences": upcoming[:12],
        "more_upcoming": max(0, len(upcoming) - 12),
        "past_occurrences": past[-10:],
        "event_is_past": not upcoming,
        "cancelled_dates": [exception.original_date for exception in event.exceptions.all() if not exception.is_moved],
        "json_ld": json_ld(event, request, upcoming[0] if upcoming else (occurrences[0] if occurrences else None)),
        "display_location": event.display_location,
        "display_category": event.display_category,
    }


SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SCHEMA_FREQUENCY = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y"}


def json_ld(event, request, occurrence=None):
    """schema.org Event; recurring events add an eventSchedule."""
    location = event.display_location
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.teaser or strip_tags(event.description or "")[:500],
        "url": event.get_full_url(request=request),
        "inLanguage": event.locale.language_code,
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if occurrence is not None:
        if event.all_day:
            data["startDate"] = occurrence.start.date().isoformat()
            data["endDate"] = occurrence.end_date.isoformat()
        else:
            data["startDate"] = occurrence.start.isoformat()
            data["endDate"] = occurrence.end.isoformat()
    places = []
    if location is not None:
        place = {
            "@type": "Place",
            "name": location.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": location.address,
                "postalCode": location.postcode,
                "addressLocality": location.town,
                "addressCountry": location.country,
            },
        }
        if location.has_coordinates:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": location.latitude, "longitude": location.longitude}
        places.append(place)
    elif event.venue_text:
        places.append({"@type": "Place", "name": event.venue_text})
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    if places:
        data["location"] = places[0] if len(places) == 1 else places
    data["eventAttendanceMode"] = "https://schema.org/" + (
        "MixedEventAttendanceMode" if len(places) > 1 else "OnlineEventAttendanceMode" if event.online_url else "OfflineEventAttendanceMode"
    )
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    if event.is_free:
        data["isAccessibleForFree"] = True
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    if event.image_id:
        rendition = event.image.get_rendition("fill-1200x675")
        data["image"] = request.build_absolute_uri(rendition.url) if request else rendition.url
    if event.is_recurring and event.frequency in SCHEMA_FREQUENCY:
        schedule = {
            "@type": "Schedule",
            "repeatFrequency": SCHEMA_FREQUENCY[event.frequency].replace("1", str(event.interval or 1)),
            "startDate": event.start_date.isoformat(),
            "scheduleTimezone": event.municipality.time_zone,
        }
        if event.until:
            schedule["endDate"] = event.until.isoformat()
        if event.count:
            schedule["repeatCount"] = event.count
        if not event.all_day:
            schedule["startTime"] = event.local_start().time().isoformat()
            schedule["endTime"] = event.local_end().time().isoformat()
        if event.frequency == "weekly" and event.weekdays:
            schedule["byDay"] = [f"https://schema.org/{SCHEMA_DAYS[day]}" for day in event.weekdays]
        cancelled = [exception.original_date.isoformat() for exception in event.exceptions.all() if not exception.is_moved]
        if cancelled:
            schedule["exceptDate"] = cancelled
        data["eventSchedule"] = schedule
    return data
