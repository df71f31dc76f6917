"""Fetch the candidate events of a window in a fixed number of queries, then expand them."""

import datetime

from integreat_wagtail.locations.models import localized_map

from . import recurrence
from .models import EventCategory, EventPage


def events_under(index_page, municipality):
    """Live, visible events of one calendar (one language), with what listings need preloaded."""
    queryset = (
        EventPage.objects.child_of(index_page)
        .live()
        .public()
        .filter(hidden=False)
        .select_related("category", "location", "locale", "image")
        .prefetch_related("exceptions")
    )
    return queryset


def attach_municipality(events, municipality, municipality_page=None):
    """Spare each event the query that finds its municipality (time zone, templates)."""
    for event in events:
        event.__dict__["municipality"] = municipality
        if municipality_page is not None:
            event.__dict__["municipality_page"] = municipality_page
            event.__dict__["_municipality_page"] = municipality_page
    return events


def window_bounds(start_date, end_date, tz):
    """Aware [start, end) covering whole local days."""
    start = recurrence.make_aware(datetime.datetime.combine(start_date, datetime.time(0)), tz)
    end = recurrence.make_aware(datetime.datetime.combine(end_date + datetime.timedelta(days=1), datetime.time(0)), tz)
    return start, end


def occurrences_between(events_queryset, municipality, start_date, end_date, not_before=None, municipality_page=None):
    """Sorted occurrences of the events in the local-date window [start_date, end_date]."""
    tz = recurrence.zone(municipality.time_zone)
    events = list(events_queryset.filter(start_date__lte=end_date, last_date__gte=start_date))
    attach_municipality(events, municipality, municipality_page)
    window_start, window_end = window_bounds(start_date, end_date, tz)
    if not_before is not None:
        window_start = max(window_start, not_before)
    occurrences = []
    for event in events:
        occurrences.extend(event.occurrences(window_start, window_end, exceptions=list(event.exceptions.all())))
    occurrences.sort(key=lambda occurrence: (occurrence.start, occurrence.event.title))
    return occurrences


def localize_related(events, language_code):
    """Show each event's category and location in the page language (one query each)."""
    locations = localized_map([event.location for event in events if event.location_id], language_code)
    categories = [event.category for event in events if event.category_id]
    by_key = {}
    if categories:
        by_key = {
            category.translation_key: category
            for category in EventCategory.objects.filter(
                translation_key__in={category.translation_key for category in categories},
                locale__language_code=language_code,
            )
        }
    for event in events:
        event.display_location = locations.get(event.location_id) if event.location_id else None
        event.display_category = by_key.get(event.category.translation_key, event.category) if event.category_id else None
    return events
