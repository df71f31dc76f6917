"""occurrences_between(): candidates in SQL, cached expansion of plain rows, events loaded only when read."""

import datetime

import pytest
from django.core.cache import cache

from plugins.events import recurrence
from plugins.events.models import EventException
from plugins.events.queries import events_under, occurrences_between
from tests.factories import make_municipality

from .helpers import make_event, make_index

TODAY = datetime.date.today()


@pytest.fixture
def calendar(db):
    cache.clear()
    yield make_index(make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"]))
    cache.clear()


def window(calendar, start_date, end_date, not_before=None):
    municipality = calendar.municipality
    return occurrences_between(events_under(calendar, municipality), municipality, start_date, end_date, not_before)


def test_only_the_events_read_are_loaded(calendar, django_assert_num_queries):
    for number in range(5):
        make_event(calendar, f"Termin {number}", start_date=TODAY + datetime.timedelta(days=number + 1))
    occurrences = window(calendar, TODAY, TODAY + datetime.timedelta(days=30))
    assert len(occurrences) == 5
    with django_assert_num_queries(1):
        first_two = occurrences[:2]
    assert [occurrence.event.title for occurrence in first_two] == ["Termin 0", "Termin 1"]
    assert len(occurrences.events) == 2
    assert [occurrence.event.title for occurrence in occurrences] == [f"Termin {number}" for number in range(5)]


def test_expanded_window_is_cached_until_an_event_changes(calendar, monkeypatch):
    event = make_event(calendar, start_date=TODAY + datetime.timedelta(days=1), frequency="weekly", count=4)
    expansions = []
    spans = recurrence.spans
    monkeypatch.setattr(recurrence, "spans", lambda *args: expansions.append(args[0].pk) or spans(*args))
    end = TODAY + datetime.timedelta(days=30)
    dates = [occurrence.start.date() for occurrence in window(calendar, TODAY, end)]
    assert len(dates) == 4 and expansions == [event.pk]
    assert [occurrence.start.date() for occurrence in window(calendar, TODAY, end)] == dates
    assert expansions == [event.pk]  # served from the cache
    event.exceptions.add(EventException(original_date=dates[1], cancelled=True))
    event.save_revision().publish()
    assert [occurrence.start.date() for occurrence in window(calendar, TODAY, end)] == [dates[0], *dates[2:]]
    assert expansions == [event.pk, event.pk]


def test_cached_window_drops_what_has_ended_by_not_before(calendar):
    day = TODAY + datetime.timedelta(days=3)
    for title, start, end in [("Morgens", 8, 9), ("Mittags", 11, 13), ("Nachmittags", 14, 15)]:
        make_event(calendar, title, start_date=day, start_time=datetime.time(start), end_time=datetime.time(end))
    tz = recurrence.zone(calendar.municipality.time_zone)
    noon = recurrence.make_aware(datetime.datetime.combine(day, datetime.time(12)), tz)
    assert [occurrence.event.title for occurrence in window(calendar, day, day)] == ["Morgens", "Mittags", "Nachmittags"]
    assert [occurrence.event.title for occurrence in window(calendar, day, day, not_before=noon)] == [
        "Mittags", "Nachmittags"]


def test_moved_date_on_a_regular_date_of_its_series(calendar):
    first = TODAY + datetime.timedelta(days=1)
    make_event(calendar, start_date=first, frequency="weekly", count=3, exceptions=[
        EventException(original_date=first, cancelled=False, new_date=first + datetime.timedelta(days=7))])
    occurrences = window(calendar, TODAY, TODAY + datetime.timedelta(days=30))
    assert [(occurrence.start.date(), occurrence.moved) for occurrence in occurrences] == [
        (first + datetime.timedelta(days=7), False), (first + datetime.timedelta(days=7), True),
        (first + datetime.timedelta(days=14), False)]
