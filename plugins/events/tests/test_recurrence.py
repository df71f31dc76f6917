"""Recurrence with dateutil: DST keeps local time, nth/last weekdays, exceptions, validation."""

import datetime
import importlib
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError

from plugins.events import recurrence
from plugins.events.models import EventException, EventPage

from .helpers import make_event, make_index
from tests.factories import make_municipality

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def calendar(db):
    municipality = make_municipality("Ebental", "ebental", ["de", "en", "ar"], plugins=["events"])
    return make_index(municipality)


def window(start, end):
    return (datetime.datetime.combine(start, datetime.time(0), BERLIN), datetime.datetime.combine(end, datetime.time(0), BERLIN))


def test_weekly_keeps_local_time_across_dst(calendar):
    # Thursdays 18:00 from March into April 2026: DST starts on 29 March.
    event = make_event(calendar, start_date=datetime.date(2026, 3, 19), frequency="weekly", weekdays=[3],
                       until=datetime.date(2026, 4, 16))
    occurrences = event.occurrences(*window(datetime.date(2026, 3, 1), datetime.date(2026, 5, 1)))
    assert [o.start.date().day for o in occurrences] == [19, 26, 2, 9, 16]
    assert {o.start.astimezone(BERLIN).hour for o in occurrences} == {18}
    utc_hours = [o.start.astimezone(datetime.UTC).hour for o in occurrences]
    assert utc_hours == [17, 17, 16, 16, 16]  # CET → CEST
    assert all(o.end - o.start == datetime.timedelta(hours=2) for o in occurrences)


def test_daily_event_in_the_autumn_change(calendar):
    event = make_event(calendar, start_date=datetime.date(2026, 10, 24), start_time=datetime.time(2, 30),
                       end_time=datetime.time(3, 0), frequency="daily", count=3)
    occurrences = event.occurrences(*window(datetime.date(2026, 10, 20), datetime.date(2026, 10, 30)))
    assert [o.start.astimezone(BERLIN).strftime("%d %H:%M") for o in occurrences] == ["24 02:30", "25 02:30", "26 02:30"]


def test_monthly_last_friday_and_second_tuesday(calendar):
    last_friday = make_event(calendar, start_date=datetime.date(2026, 1, 30), frequency="monthly",
                             monthly_mode="weekday", monthly_week=-1, monthly_weekday=4, count=6)
    days = [o.start.date() for o in last_friday.all_occurrences()]
    assert days == [datetime.date(2026, 1, 30), datetime.date(2026, 2, 27), datetime.date(2026, 3, 27),
                    datetime.date(2026, 4, 24), datetime.date(2026, 5, 29), datetime.date(2026, 6, 26)]
    second_tuesday = make_event(calendar, start_date=datetime.date(2026, 1, 13), frequency="monthly",
                                monthly_mode="weekday", monthly_week=2, monthly_weekday=1,
                                until=datetime.date(2026, 4, 30))
    assert [o.start.day for o in second_tuesday.all_occurrences()] == [13, 10, 10, 14]
    assert second_tuesday.rrule_string() == "FREQ=MONTHLY;UNTIL=20260430T235959;BYDAY=+2TU"
    assert second_tuesday.last_date == datetime.date(2026, 4, 14)


def test_monthly_on_day_and_yearly_and_interval(calendar):
    monthly = make_event(calendar, start_date=datetime.date(2026, 1, 31), frequency="monthly", count=4)
    # RFC 5545: months without a 31st are skipped, not clamped.
    assert [o.start.date().month for o in monthly.all_occurrences()] == [1, 3, 5, 7]
    yearly = make_event(calendar, start_date=datetime.date(2026, 6, 20), all_day=True, frequency="yearly", count=3)
    assert [o.start.year for o in yearly.all_occurrences()] == [2026, 2027, 2028]
    fortnightly = make_event(calendar, start_date=datetime.date(2026, 5, 4), frequency="weekly", interval=2,
                             weekdays=[0, 2], count=4)
    assert [o.start.day for o in fortnightly.all_occurrences()] == [4, 6, 18, 20]


def test_cancelled_and_moved_occurrences(calendar):
    event = make_event(
        calendar, start_date=datetime.date(2026, 5, 7), frequency="weekly", count=4,
        exceptions=[
            EventException(original_date=datetime.date(2026, 5, 14), cancelled=True),
            EventException(original_date=datetime.date(2026, 5, 21), cancelled=False, new_date=datetime.date(2026, 5, 22),
                           new_start_time=datetime.time(10, 0), new_end_time=datetime.time(11, 30)),
        ],
    )
    occurrences = event.all_occurrences()
    assert [(o.start.day, o.start.hour, o.moved) for o in occurrences] == [(7, 18, False), (22, 10, True), (28, 18, False)]
    moved = occurrences[1]
    assert moved.original_start == datetime.datetime(2026, 5, 21, 18, 0, tzinfo=BERLIN)
    assert moved.end - moved.start == datetime.timedelta(minutes=90)


def test_multi_day_all_day_event_overlaps_window(calendar):
    event = make_event(calendar, title="Stadtfest", start_date=datetime.date(2026, 7, 10),
                       end_date=datetime.date(2026, 7, 12), all_day=True)
    assert event.last_date == datetime.date(2026, 7, 12)
    # A window starting on the festival's last day still shows it.
    occurrences = event.occurrences(*window(datetime.date(2026, 7, 12), datetime.date(2026, 7, 20)))
    assert len(occurrences) == 1 and occurrences[0].end_date == datetime.date(2026, 7, 12)


def test_last_date_covers_every_day_of_a_moved_multi_day_occurrence(calendar):
    event = make_event(
        calendar, title="Stadtfest", start_date=datetime.date(2026, 7, 10), end_date=datetime.date(2026, 7, 12),
        all_day=True, frequency="yearly", count=2,
        exceptions=[EventException(original_date=datetime.date(2027, 7, 10), cancelled=False,
                                   new_date=datetime.date(2027, 8, 6))],
    )
    assert event.last_date == datetime.date(2027, 8, 8)
    timed = make_event(
        calendar, title="Nachtmarkt", start_date=datetime.date(2026, 7, 10), end_date=datetime.date(2026, 7, 11),
        start_time=datetime.time(20), end_time=datetime.time(2), frequency="weekly", count=2,
        exceptions=[EventException(original_date=datetime.date(2026, 7, 17), cancelled=False,
                                   new_date=datetime.date(2026, 7, 24))],
    )
    assert timed.last_date == datetime.date(2026, 7, 25)

    # Rows saved before this rule are corrected by the data migration.
    EventPage.objects.filter(pk__in=[event.pk, timed.pk]).update(last_date=datetime.date(2026, 7, 24))
    migration = importlib.import_module("plugins.events.migrations.0002_last_date_of_moved_multi_day_dates")
    migration.include_every_day_of_moved_dates(django_apps, None)
    assert set(EventPage.objects.filter(pk__in=[event.pk, timed.pk]).values_list("last_date", flat=True)) == {
        datetime.date(2027, 8, 8), datetime.date(2026, 7, 25)}


@pytest.mark.parametrize(
    "fields, field_with_error",
    [
        ({"end_date": datetime.date(2026, 4, 30)}, "end_date"),
        ({"end_time": datetime.time(17, 0)}, "end_time"),
        ({"frequency": "weekly"}, "until"),  # never ends, no limit
        ({"frequency": "weekly", "count": 0}, "count"),
        ({"frequency": "daily", "until": datetime.date(2040, 1, 1)}, "until"),
        ({"frequency": "monthly", "monthly_mode": "weekday", "count": 3}, "monthly_week"),
        ({"start_time": None}, "start_time"),
    ],
)
def test_bad_events_are_refused_with_a_message(calendar, fields, field_with_error):
    base = {"start_date": datetime.date(2026, 5, 1), "start_time": datetime.time(18), "end_time": datetime.time(20)}
    event = EventPage(title="Kaputt", slug="kaputt", locale=calendar.locale, **{**base, **fields})
    event.__dict__["municipality"] = calendar.municipality
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field_with_error in error.value.message_dict


def test_invalid_time_zone_is_a_validation_error():
    with pytest.raises(ValidationError):
        recurrence.zone("Mars/Olympus_Mons")


def test_endless_source_rule_refused():
    class Spec:
        frequency = ""
        source_rrule = "FREQ=DAILY"
        until = count = None

    with pytest.raises(ValidationError):
        recurrence.last_start(Spec(), datetime.datetime(2026, 1, 1, 10))


@pytest.mark.parametrize(("rule", "last"), [
    ("FREQ=DAILY;COUNT=3", datetime.datetime(2026, 1, 3, 10)),
    ("RRULE:FREQ=WEEKLY;UNTIL=20260116T235959", datetime.datetime(2026, 1, 15, 10)),
])
def test_source_rule_that_ends_gives_its_last_start(rule, last):
    class Spec:
        frequency = ""
        source_rrule = rule
        until = count = None

    assert recurrence.last_start(Spec(), datetime.datetime(2026, 1, 1, 10)) == last


def test_source_rule_set_is_refused_cleanly():
    """Two RRULEs parse into a rule set, whose end cannot be told: a validation error, not a crash."""
    class Spec:
        frequency = ""
        source_rrule = "RRULE:FREQ=DAILY;COUNT=2\nRRULE:FREQ=WEEKLY;COUNT=2"
        until = count = None

    with pytest.raises(ValidationError):
        recurrence.last_start(Spec(), datetime.datetime(2026, 1, 1, 10))
