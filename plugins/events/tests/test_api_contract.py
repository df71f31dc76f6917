"""Events in API v3 as integreat-app reads them: integreat-cms's paths and recurrence rules in UTC."""

import datetime
import zoneinfo

import pytest
from dateutil import rrule
from django.core.files.storage import default_storage
from wagtail.models import Locale

from plugins.events.models import EventException
from tests.factories import make_image, make_municipality

from .helpers import make_event, make_index

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def next_dst_change(after):
    """The first date after `after` on which Berlin's UTC offset differs from the day before."""
    day = after
    while True:
        day += datetime.timedelta(days=1)
        noon = datetime.datetime.combine(day, datetime.time(12), BERLIN)
        if noon.utcoffset() != (noon - datetime.timedelta(days=1)).utcoffset():
            return day


@pytest.fixture
def town(db):
    return make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"])


@pytest.fixture
def calendar(town):
    return make_index(town)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return response.json()


def test_paths_in_integreat_cms_form_and_modified_in_utc(client, calendar):
    event = make_event(calendar, "Lesung")
    translation = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    translation.title, translation.slug = "Reading", "reading"
    translation.save_revision().publish()
    series = make_event(calendar, "Sprachcafé", frequency="weekly", count=3)
    items = {item["id"]: item for item in get(client, "/api/v3/ebental/de/events/")}
    item = items[event.pk]
    assert item["path"] == f"/ebental/de/events/{event.slug}/"
    assert item["url"].startswith("http") and item["url"].endswith(event.url)
    assert item["available_languages"]["en"]["path"] == "/ebental/en/events/reading/"
    assert item["available_languages"]["en"]["id"] == translation.pk
    modified = datetime.datetime.fromisoformat(item["modified_gmt"])
    event.refresh_from_db()
    assert modified.utcoffset() == datetime.timedelta(0) and modified == event.last_published_at
    dated = [value for value in get(client, "/api/v3/ebental/de/events/") if value["id"] == series.pk]
    first_date = series.start_date.isoformat()
    assert dated[0]["path"] == f"/ebental/de/events/{series.slug}${first_date}/"
    english = get(client, "/api/v3/ebental/en/events/")
    assert [value["path"] for value in english] == ["/ebental/en/events/reading/"]
    assert english[0]["available_languages"]["de"]["path"] == item["path"]


def test_recurrence_rule_in_utc_reproduces_the_series_across_dst(client, calendar):
    change = next_dst_change(datetime.date.today() + datetime.timedelta(days=21))
    start = change - datetime.timedelta(days=21)
    until = change + datetime.timedelta(days=21)
    cancelled = [start + datetime.timedelta(days=7), change + datetime.timedelta(days=7)]
    moved_from, moved_to = start + datetime.timedelta(days=14), start + datetime.timedelta(days=15)
    series = make_event(
        calendar, "Sprachcafé", start_date=start, start_time=datetime.time(17), end_time=datetime.time(19),
        frequency="daily", interval=7, until=until,
        exceptions=[EventException(original_date=day, cancelled=True) for day in cancelled]
        + [EventException(original_date=moved_from, cancelled=False, new_date=moved_to)],
    )
    window = f"start={start - datetime.timedelta(days=1)}&end={until + datetime.timedelta(days=1)}"
    # The server's own list of dates: every date of the series, cancelled ones left out.
    server = [
        datetime.datetime.fromisoformat(item["event"]["start"])
        for item in get(client, f"/api/v3/ebental/de/events/?{window}")
        if item["id"] == series.pk
    ]
    assert all(moment.astimezone(BERLIN).time() in (datetime.time(17),) for moment in server)
    assert {moment.astimezone(BERLIN).date() for moment in server}.isdisjoint(cancelled)
    assert moved_to in {moment.astimezone(BERLIN).date() for moment in server}
    # integreat-cms combines whenever the parameter is there, even empty.
    for query in ("combine_recurring", "combine_recurring=", "combine_recurring=True"):
        combined = [item for item in get(client, f"/api/v3/ebental/de/events/?{query}&{window}") if item["id"] == series.pk]
        assert len(combined) == 1, query
    rule = combined[0]["recurrence_rule"]
    lines = rule.splitlines()
    first = datetime.datetime.combine(start, datetime.time(17), BERLIN).astimezone(datetime.UTC)
    assert lines[0] == f"DTSTART:{first:%Y%m%dT%H%M%SZ}"
    assert "UNTIL=" in lines[1] and lines[1].split("UNTIL=")[1].split(";")[0].endswith("Z")
    exdates = next(line for line in lines if line.startswith("EXDATE:"))
    for day in cancelled:
        moment = datetime.datetime.combine(day, datetime.time(17), BERLIN).astimezone(datetime.UTC)
        if day < change:  # after the change, the rule's UTC time is not a date of the series anyway
            assert f"{moment:%Y%m%dT%H%M%SZ}" in exdates
    # Expanded in UTC, as the apps do, the rule gives exactly the server's dates.
    expanded = list(rrule.rrulestr(rule, forceset=True))
    assert all(moment.utcoffset() == datetime.timedelta(0) for moment in expanded)
    assert sorted(expanded) == sorted(server)


def test_featured_image_in_integreat_cms_shape(client, calendar):
    """integreat-app maps `featured_image` to its picture: description, mimetype and, per size, a list
    whose first entry is {url, width, height} (thumbnail 150×150, medium, large, full)."""
    picture = make_image("Sprachcafé", size=(1600, 900))
    event = make_event(calendar, "Sprachcafé", image=picture, image_alt="Menschen am Tisch mit Tee")
    make_event(calendar, "Ohne Bild")
    items = {item["id"]: item for item in get(client, "/api/v3/ebental/de/events/?combine_recurring=True")}
    featured = items[event.pk]["featured_image"]
    assert set(featured) == {"description", "mimetype", "thumbnail", "medium", "large", "full"}
    assert featured["description"] == "Menschen am Tisch mit Tee" and featured["mimetype"] == "image/png"
    sizes = {size: featured[size][0] for size in ("thumbnail", "medium", "large", "full")}
    assert all(set(entry) == {"url", "width", "height"} and isinstance(entry["width"], int) for entry in sizes.values())
    assert [(entry["width"], entry["height"]) for entry in sizes.values()] == [(150, 150), (300, 168), (1024, 576), (1600, 900)]
    for entry in sizes.values():
        assert entry["url"].startswith("http://testserver/media/images/")
        assert default_storage.exists(entry["url"].removeprefix("http://testserver/media/"))
    assert items[[pk for pk in items if pk != event.pk][0]]["featured_image"] is None


EVENT_KEYS = {
    "id", "url", "path", "title", "modified_gmt", "last_updated", "excerpt", "content", "available_languages",
    "thumbnail", "featured_image", "location", "location_path", "meeting_url", "event", "hash", "recurrence_rule",
}
EVENT_INFO_KEYS = {"id", "start", "start_date", "start_time", "end", "end_date", "end_time", "all_day", "only_weekdays",
                   "recurrence_id", "timezone"}
LOCATION_KEYS = {"id", "name", "address", "town", "state", "district", "region", "postcode", "country", "latitude",
                 "longitude"}


def test_every_field_integreat_cms_sends_with_its_type(client, calendar):
    """Field by field as integreat-cms's events snapshot and integreat-app's JsonEventType have them: an
    event without a place still has the whole `location` object, every value null."""
    make_event(calendar, "Lesung", start_date=datetime.date(2031, 3, 4), start_time=datetime.time(13),
               end_time=datetime.time(15), venue_text="Stadtpark", online_url="https://meet.example.org/lesung")
    window = "start=2031-03-01&end=2031-03-31"
    [item] = get(client, f"/api/v3/ebental/de/events/?{window}")
    assert set(item) == EVENT_KEYS
    assert isinstance(item["id"], int) and item["url"].startswith("http://testserver/")
    assert item["path"].startswith("/ebental/de/events/") and item["path"].endswith("/")
    assert all(isinstance(item[key], str) for key in ("title", "modified_gmt", "last_updated", "excerpt", "content", "hash"))
    assert item["available_languages"] == {} and item["thumbnail"] is None and item["featured_image"] is None
    assert set(item["location"]) == LOCATION_KEYS
    assert item["location"] == {**dict.fromkeys(LOCATION_KEYS), "name": "Stadtpark"}
    assert item["location_path"] is None and item["meeting_url"] == "https://meet.example.org/lesung"
    info = item["event"]
    assert set(info) == EVENT_INFO_KEYS
    assert (info["start"], info["end"]) == ("2031-03-04T13:00:00+01:00", "2031-03-04T15:00:00+01:00")
    assert (info["start_date"], info["start_time"], info["end_date"], info["end_time"]) == (
        "2031-03-04", "13:00:00", "2031-03-04", "15:00:00")
    assert info["all_day"] is False and info["only_weekdays"] is False
    assert info["recurrence_id"] is None and info["timezone"] == "Europe/Berlin" and item["recurrence_rule"] is None
