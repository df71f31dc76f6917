"""Fetch the candidate events of a window in a fixed number of queries, then expand them.

Expansion works on plain rows of the recurrence fields: a listing page then loads only the 20
events it shows, not every event of the window. The expanded window is cached under a digest of
those rows, so editing, publishing or importing an event needs no invalidation.
"""

import datetime
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from types import SimpleNamespace

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q

from integreat_wagtail.locations.models import localized_map
from integreat_wagtail.municipalities.pages import remember_municipality_page

from . import recurrence
from .models import EventCategory, EventException, EventPage

# What recurrence.spans() reads of an event, and the title that orders simultaneous occurrences.
SERIES_FIELDS = (
    "pk", "title", "start_date", "start_time", "end_date", "end_time", "all_day", "frequency", "interval",
    "weekdays", "monthly_mode", "monthly_week", "monthly_weekday", "until", "count", "source_rrule",
)
EXCEPTION_FIELDS = ("page_id", "original_date", "cancelled", "new_date", "new_start_time", "new_end_time")
WINDOW_CACHE_SECONDS = 6 * 60 * 60


def events_under(index_page, municipality):
    """Live, visible events of one calendar (one language), with what listings show preloaded."""
    return (
        EventPage.objects.child_of(index_page)
        .live()
        .public()
        .filter(hidden=False)
        .select_related("category", "location", "locale", "image")
    )


def attach_municipality(events, municipality, municipality_page=None):
    """Spare each event the query that finds its municipality (time zone, templates)."""
    for event in events:
        event.__dict__["municipality"] = municipality
        if municipality_page is not None:
            remember_municipality_page(event, municipality_page)
    return events


def window_bounds(start_date, end_date, tz):
    """Aware [start, end) covering whole local days."""
    start = recurrence.make_aware(datetime.datetime.combine(start_date, datetime.time(0)), tz)
    end = recurrence.make_aware(datetime.datetime.combine(end_date + datetime.timedelta(days=1), datetime.time(0)), tz)
    return start, end


def candidates(events_queryset, start_date, end_date):
    """Events whose series overlaps the local-date window, or with a date moved into it."""
    moved_in = EventException.objects.filter(page=OuterRef("pk"), cancelled=False, new_date__lte=end_date)
    return events_queryset.filter(Q(start_date__lte=end_date) | Exists(moved_in), last_date__gte=start_date)


class Occurrences(Sequence):
    """Sorted occurrences of a window whose events are loaded when read, in one query per read.

    Slicing (as Paginator does) loads the events of that slice only.
    """

    def __init__(self, slots, events_queryset, municipality, municipality_page=None):
        self.slots = slots  # (start, title, event pk, end, original start or None), sorted
        self.events_queryset = events_queryset
        self.municipality = municipality
        self.municipality_page = municipality_page
        self.events = {}

    def __len__(self):
        return len(self.slots)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._bind(self.slots[index])
        return self._bind([self.slots[index]])[0]

    def __iter__(self):
        return iter(self[:])

    def _bind(self, slots):
        missing = {slot[2] for slot in slots} - self.events.keys()
        if missing:
            events = list(self.events_queryset.filter(pk__in=missing))
            attach_municipality(events, self.municipality, self.municipality_page)
            self.events.update((event.pk, event) for event in events)
        occurrences = []
        for start, _title, pk, end, original in slots:
            event = self.events.get(pk)
            if event is None:  # unpublished since the window was expanded
                continue
            occurrences.append(
                recurrence.Occurrence(event, start, end, event.all_day, original_start=original)
            )
        return occurrences


def occurrences_between(events_queryset, municipality, start_date, end_date, not_before=None, municipality_page=None):
    """Occurrences of the events in the local-date window [start_date, end_date], by start and title.

    `not_before` drops what has ended by then; it filters the cached whole-day window.
    """
    tz = recurrence.zone(municipality.time_zone)
    window_start, window_end = window_bounds(start_date, end_date, tz)
    found = candidates(events_queryset, start_date, end_date)
    rows = list(found.values_list(*SERIES_FIELDS))
    exceptions = list(
        EventException.objects.filter(page__in=found.values("pk")).order_by("page_id", "sort_order", "pk")
    )
    state = (municipality.time_zone, start_date, end_date, rows, [
        tuple(getattr(exception, name) for name in EXCEPTION_FIELDS) for exception in exceptions
    ])
    key = "events:window:v1:" + hashlib.sha256(repr(state).encode()).hexdigest()
    slots = cache.get(key)
    if slots is None:
        slots = _expand(rows, exceptions, tz, window_start, window_end)
        cache.set(key, slots, WINDOW_CACHE_SECONDS)
    if not_before is not None and not_before > window_start:
        slots = [slot for slot in slots if recurrence.overlaps(slot[0], slot[3], not_before, window_end)]
    return Occurrences(slots, events_queryset, municipality, municipality_page)


def _expand(rows, exceptions, tz, window_start, window_end):
    """Sorted (start, title, event pk, end, original start) of every occurrence in the window."""
    by_event = defaultdict(list)
    for exception in exceptions:
        by_event[exception.page_id].append(exception)
    slots = []
    for row in rows:
        series = SimpleNamespace(**dict(zip(SERIES_FIELDS, row)))
        for start, end, original in recurrence.spans(series, tz, by_event[series.pk], window_start, window_end):
            slots.append((start, series.title, series.pk, end, original))
    slots.sort(key=lambda slot: slot[:3])  # a moved date may coincide with a regular one of its series
    return slots


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
