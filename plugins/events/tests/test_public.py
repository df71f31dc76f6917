"""Listing, detail, .ics, JSON-LD, feeds, API shape, the plugin switch and query counts."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from icalendar import Calendar
from wagtail.models import Locale

from integreat_wagtail.locations.models import Location
from integreat_wagtail.plugins.services import disable_plugin, enable_plugin
from plugins.events.api import api_window, integreat_events
from plugins.events.models import EventCategory, EventException, EventIndexPage, EventPage
from tests.factories import make_municipality, root_page

from .helpers import make_event, make_index

TODAY = datetime.date.today()


@pytest.fixture
def town(db):
    return make_municipality("Ebental", "ebental", ["de", "en", "ar"], plugins=["events"])


@pytest.fixture
def calendar(town):
    return make_index(town)


@pytest.fixture
def hall(town):
    return Location.objects.create(municipality=town, name="Rathaus Ebental", address="Marktplatz 1", postcode="12345",
                                   town="Ebental", latitude=50.1, longitude=8.2, locale=Locale.objects.get(language_code="de"))


@pytest.fixture
def cafe(calendar, hall):
    category = EventCategory.objects.create(name="Sprache", locale=Locale.objects.get(language_code="de"))
    return make_event(
        calendar, "Sprachcafé", start_date=TODAY + datetime.timedelta(days=1), frequency="weekly", count=20,
        location=hall, category=category, teaser="Deutsch üben bei Tee und Kuchen.", organiser="Stadtbibliothek",
        spoken_languages=["de", "ar"],
        exceptions=[EventException(original_date=TODAY + datetime.timedelta(days=8), cancelled=True)],
    )


def test_listing_shows_upcoming_occurrences_not_past_events(client, calendar, cafe):
    past = make_event(calendar, "Altes Fest", start_date=TODAY - datetime.timedelta(days=30))
    response = client.get(calendar.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<li class="occurrence">') == 12  # weekly from tomorrow: 13 dates in 90 days, one cancelled
    assert "Altes Fest" not in html
    assert re.search(r'class="window-note">Termine vom \d+\. \w+ \d{4} bis \d+\. \w+ \d{4}\.\s', html)
    # The cancelled date is not listed.
    cancelled = (TODAY + datetime.timedelta(days=8)).isoformat()
    assert f'datetime="{cancelled}' not in html
    # Past events stay reachable and say so.
    detail = client.get(past.url)
    assert detail.status_code == 200 and "badge-past" in detail.content.decode()


def test_filters_and_window(client, calendar, cafe):
    paid = make_event(calendar, "Kochkurs", is_free=False, price="5 €", start_date=TODAY + datetime.timedelta(days=2))
    html = client.get(calendar.url + "?free=on").content.decode()
    assert "Sprachcafé" in html and "Kochkurs" not in html
    html = client.get(calendar.url + f"?location={cafe.location_id}").content.decode()
    assert "Kochkurs" not in html and "Sprachcafé" in html
    html = client.get(calendar.url + f"?category={cafe.category_id}").content.decode()
    assert "Kochkurs" not in html
    today_html = client.get(calendar.url + "?when=today").content.decode()
    assert "Kochkurs" not in today_html
    start = (TODAY + datetime.timedelta(days=2)).isoformat()
    html = client.get(calendar.url + f"?start={start}&end={start}").content.decode()
    assert "Kochkurs" in html and paid.title in html


@pytest.mark.parametrize(
    "query",
    ["start=tomorrow", "end=2026-13-45", "start=2026-05-10&end=2026-05-01", "start=2026-01-01&end=2029-01-01",
     "category=abc", "when=yesterday"],
)
def test_bad_listing_parameters_give_400_with_message(client, calendar, query):
    response = client.get(calendar.url + "?" + query)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_detail_json_ld_and_ics(client, calendar, cafe):
    response = client.get(cafe.url)
    html = response.content.decode()
    assert response.status_code == 200
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Event" and data["name"] == "Sprachcafé"
    assert data["location"]["address"]["streetAddress"] == "Marktplatz 1"
    assert data["location"]["geo"]["latitude"] == 50.1
    assert data["eventSchedule"]["repeatFrequency"] == "P1W"
    assert data["eventSchedule"]["exceptDate"] == [(TODAY + datetime.timedelta(days=8)).isoformat()]
    assert data["startDate"].startswith((TODAY + datetime.timedelta(days=1)).isoformat() + "T18:00:00")
    assert data["organizer"]["name"] == "Stadtbibliothek" and data["isAccessibleForFree"] is True

    ics = client.get(cafe.url + "ics/")
    assert ics.status_code == 200 and ics["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(ics.content)
    events = cal.walk("VEVENT")
    assert len(events) == 1
    vevent = events[0]
    assert vevent["RRULE"]["FREQ"] == ["WEEKLY"] and vevent["RRULE"]["COUNT"] == [20]
    assert vevent["DTSTART"].dt.tzinfo is not None and vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    exdates = [d.dt.date() for d in vevent["EXDATE"].dts]
    assert exdates == [TODAY + datetime.timedelta(days=8)]
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "Europe/Berlin"


def test_feed_has_one_vevent_per_series_and_recurrence_id_for_moved(client, calendar, cafe):
    moved_from = TODAY + datetime.timedelta(days=15)
    cafe.exceptions.add(EventException(original_date=moved_from, cancelled=False, new_date=moved_from + datetime.timedelta(days=1)))
    cafe.save_revision().publish()
    make_event(calendar, "Infoabend", start_date=TODAY + datetime.timedelta(days=3))
    response = client.get(calendar.url + "ics/")
    cal = Calendar.from_ical(response.content)
    vevents = cal.walk("VEVENT")
    assert sorted(str(v["SUMMARY"]) for v in vevents) == ["Infoabend", "Sprachcafé", "Sprachcafé"]
    moved = next(v for v in vevents if "RECURRENCE-ID" in v)
    assert moved["RECURRENCE-ID"].dt.date() == moved_from
    assert moved["DTSTART"].dt.date() == moved_from + datetime.timedelta(days=1)
    series = next(v for v in vevents if "RRULE" in v)
    assert moved["UID"] == series["UID"]


def test_rss_and_atom(client, calendar, cafe):
    rss = client.get(calendar.url + "rss/")
    assert rss.status_code == 200 and b"<rss" in rss.content and "Sprachcafé" in rss.content.decode()
    atom = client.get(calendar.url + "atom/")
    assert atom.status_code == 200 and b"http://www.w3.org/2005/Atom" in atom.content


def test_listing_query_count_is_constant(client, calendar, hall, django_assert_max_num_queries):
    for number in range(3):
        make_event(calendar, f"Termin {number}", location=hall, frequency="weekly", count=10)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(calendar.url).status_code == 200
    for number in range(3, 25):
        make_event(calendar, f"Termin {number}", location=hall, frequency="daily", count=30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(calendar.url).status_code == 200


def test_api_shape_expansion_and_constant_queries(rf, calendar, cafe, django_assert_max_num_queries):
    request = rf.get("/", HTTP_HOST="localhost")
    items = integreat_events(calendar.municipality, "de", request)
    assert len(items) == 12  # weekly from tomorrow: 13 dates in the 90-day window, one of them cancelled
    first = items[0]
    for key in ["id", "url", "path", "title", "modified_gmt", "last_updated", "excerpt", "content",
                "available_languages", "thumbnail", "hash", "location", "location_path", "meeting_url", "event",
                "recurrence_rule"]:
        assert key in first
    assert "$" in first["path"] and first["recurrence_rule"] is None
    assert set(first["event"]) == {"id", "start", "start_date", "start_time", "end", "end_date", "end_time", "all_day",
                                   "only_weekdays", "recurrence_id", "timezone"}
    assert first["location"]["name"] == "Rathaus Ebental"
    assert first["location_path"] == f"/{calendar.municipality.slug}/de/locations/{first['location']['id']}/"
    combined = integreat_events(calendar.municipality, "de", request, combine_recurring=True)
    assert len(combined) == 1 and "RRULE:FREQ=WEEKLY;COUNT=20" in combined[0]["recurrence_rule"]
    # slug$DATE paths resolve to the event.
    from django.test import Client

    assert Client().get(first["url"].replace("http://localhost", "")).status_code == 200
    index = calendar.specific
    routed = index.route(rf.get("/"), [first["path"].rstrip("/").rsplit("/", 1)[1]])
    assert routed.page.pk == cafe.pk
    with django_assert_max_num_queries(12) as captured:
        integreat_events(calendar.municipality, "de", request)
    for number in range(10):
        make_event(calendar, f"Mehr {number}", frequency="daily", count=5)
    with django_assert_max_num_queries(len(captured.captured_queries)):
        assert len(integreat_events(calendar.municipality, "de", request)) > len(items)


@pytest.mark.parametrize(
    "start, end",
    [("2026-05-10", "2026-05-01"), ("2026-01-01", "2028-01-01"), ("nope", None), (None, "31.12.2026")],
)
def test_api_window_validation(start, end):
    with pytest.raises(ValidationError):
        api_window(start, end)


def test_plugin_switch_matrix(client, town, calendar, cafe):
    home = root_page(town)
    assert "Sprachcafé" in client.get(home.url).content.decode()  # teaser
    disable_plugin(town, "events")
    town.refresh_from_db()
    assert client.get(calendar.url).status_code == 404
    assert client.get(cafe.url).status_code == 404
    assert client.get(cafe.url + "ics/").status_code == 404
    assert client.get(calendar.url + "ics/").status_code == 404
    assert "Sprachcafé" not in client.get(home.url).content.decode()
    assert not EventIndexPage.can_create_at(home.specific)
    enable_plugin(town, "events")
    assert client.get(calendar.url).status_code == 200
    assert client.get(cafe.url).status_code == 200
    assert "Sprachcafé" in client.get(home.url).content.decode()
    assert EventPage.objects.get(pk=cafe.pk).title == "Sprachcafé"


def test_listing_finds_series_that_started_before_the_window_or_were_moved_into_it(client, calendar):
    make_event(calendar, "Seit Wochen", start_date=TODAY - datetime.timedelta(days=30), frequency="weekly", count=10)
    make_event(
        calendar, "Vorgezogen", start_date=TODAY + datetime.timedelta(days=10), frequency="weekly", count=3,
        exceptions=[EventException(original_date=TODAY + datetime.timedelta(days=10), cancelled=False,
                                   new_date=TODAY + datetime.timedelta(days=2))],
    )
    make_event(
        calendar, "Dreitägiges Fest", all_day=True, start_date=TODAY + datetime.timedelta(days=20),
        end_date=TODAY + datetime.timedelta(days=22), frequency="weekly", count=2,
        exceptions=[EventException(original_date=TODAY + datetime.timedelta(days=27), cancelled=False,
                                   new_date=TODAY + datetime.timedelta(days=34))],
    )

    def listed(day):
        html = client.get(calendar.url + f"?start={day.isoformat()}&end={day.isoformat()}").content.decode()
        return {title for title in ("Seit Wochen", "Vorgezogen", "Dreitägiges Fest") if title in html}

    assert "Seit Wochen" in client.get(calendar.url).content.decode()
    assert listed(TODAY + datetime.timedelta(days=2)) == {"Vorgezogen"}  # moved before the series' first date
    assert listed(TODAY + datetime.timedelta(days=10)) == set()  # the moved date's original slot
    assert listed(TODAY + datetime.timedelta(days=35)) == {"Dreitägiges Fest"}  # second day of a moved festival
