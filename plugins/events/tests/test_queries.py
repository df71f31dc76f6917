"""occurrences_between(): candidates in SQL, expansion of plain rows, events loaded only when read."""

import datetime

import pytest

from plugins.events.queries import events_under, occurrences_between
from tests.factories import make_municipality

from .helpers import make_event, make_index

TODAY = datetime.date.today()


@pytest.fixture
def calendar(db):
    return make_index(make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"]))


def test_only_the_events_read_are_loaded(calendar, django_assert_num_queries):
    for number in range(5):
        make_event(calendar, f"Termin {number}", start_date=TODAY + datetime.timedelta(days=number + 1))
    municipality = calendar.municipality
    occurrences = occurrences_between(
        events_under(calendar, municipality), municipality, TODAY, TODAY + datetime.timedelta(days=30)
    )
    assert len(occurrences) == 5
    with django_assert_num_queries(1):
        first_two = occurrences[:2]
    assert [occurrence.event.title for occurrence in first_two] == ["Termin 0", "Termin 1"]
    assert len(occurrences.events) == 2
    assert [occurrence.event.title for occurrence in occurrences] == [f"Termin {number}" for number in range(5)]
