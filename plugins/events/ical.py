"""iCalendar (RFC 5545) output with the icalendar package: one VEVENT per series with RRULE and
EXDATE, plus one VEVENT with RECURRENCE-ID per moved occurrence; VTIMEZONE added for TZID."""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vRecur

from . import recurrence

PRODID = "-//integreat-wagtail//events//EN"


def _uid(event):
    return f"{event.translation_key}-{event.locale.language_code}@integreat-wagtail"


def _value(naive, event):
    """DATE for all-day events, else an aware datetime in the municipality's zone (TZID)."""
    if event.all_day:
        return naive.date()
    return recurrence.make_aware(naive, event.tz)


def _base(event, request, location):
    component = Event()
    component.add("uid", _uid(event))
    component.add("summary", event.title)
    description = event.teaser or strip_tags(event.description or "")
    if description:
        component.add("description", description.strip())
    url = event.get_full_url(request=request)
    if url:
        component.add("url", url)
    if location is not None:
        component.add("location", ", ".join(part for part in (location.name, location.one_line_address) if part))
        if location.has_coordinates:
            component.add("geo", (location.latitude, location.longitude))
    elif event.venue_text:
        component.add("location", event.venue_text)
    elif event.online_url:
        component.add("location", event.online_url)
    if event.display_category if hasattr(event, "display_category") else event.category:
        component.add("categories", [(getattr(event, "display_category", None) or event.category).name])
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    return component


def event_components(event, request=None, location=None):
    """VEVENTs of one event: the series, then its moved occurrences."""
    location = location if location is not None else getattr(event, "display_location", event.location)
    start = event.local_start()
    end = event.local_end()
    series = _base(event, request, location)
    series.add("dtstart", _value(start, event))
    if end > start:
        series.add("dtend", _value(end, event))
    components = [series]
    exceptions = list(event.exceptions.all())
    if event.is_recurring:
        series.add("rrule", vRecur.from_ical(event.rrule_string()))
        for exception in exceptions:
            original = datetime.datetime.combine(exception.original_date, start.time())
            if exception.is_moved:
                occurrence = exception.occurrence(event)
                moved = _base(event, request, location)
                moved.add("recurrence-id", _value(original, event))
                moved.add("dtstart", occurrence.start.date() if event.all_day else occurrence.start)
                moved.add("dtend", occurrence.end.date() if event.all_day else occurrence.end)
                components.append(moved)
            else:
                series.add("exdate", _value(original, event))
    return components


def calendar(events, name, request=None, language_code=None):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    if language_code:
        cal.add("x-wr-language", language_code)
    for event in events:
        for component in event_components(event, request):
            cal.add_component(component)
    cal.add_missing_timezones()
    return cal
