"""iCal import from messy real-world shapes, served by a local HTTP server."""

import datetime
import functools
import http.server
import threading
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Locale
from django.core.management import call_command

from integreat_wagtail.plugins.services import disable_plugin
from plugins.events.importer import FeedError, import_feed
from plugins.events.models import EventFeed, EventPage
from tests.factories import make_municipality, make_user

BERLIN = ZoneInfo("Europe/Berlin")

OUTLOOK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Stadtverwaltung
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20270101T090000Z
DESCRIPTION:Beratung zu Aufenthalt und Arbeit.\\nOhne Termin.
DTEND;TZID="W. Europe Standard Time":20270309T120000
DTSTAMP:20270101T090000Z
DTSTART;TZID="W. Europe Standard Time":20270309T100000
EXDATE;TZID="W. Europe Standard Time":20270316T100000
LAST-MODIFIED:20270101T090000Z
LOCATION:Rathaus\\, Zimmer 12
PRIORITY:5
RRULE:FREQ=WEEKLY;UNTIL=20270406T090000Z;INTERVAL=1;BYDAY=TU;WKST=MO
SEQUENCE:0
SUMMARY;LANGUAGE=de-de:Migrationsberatung
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0B4B1C0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
DTEND;TZID="W. Europe Standard Time":20270324T160000
DTSTAMP:20270101T090000Z
DTSTART;TZID="W. Europe Standard Time":20270324T140000
RECURRENCE-ID;TZID="W. Europe Standard Time":20270323T100000
SEQUENCE:1
SUMMARY;LANGUAGE=de-de:Migrationsberatung (verschoben)
UID:040000008200E00074C5B7101A82E00800000000D0B4B1C0
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

MESSY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Some CMS//DE
BEGIN:VEVENT
UID:daily-byday@example.org
DTSTAMP:20270101T000000Z
DTSTART:20270301T170000Z
DTEND:20270301T180000Z
RRULE:FREQ=DAILY;BYDAY=MO,WE,FR;COUNT=6
SUMMARY:Hausaufgabenhilfe
END:VEVENT
BEGIN:VEVENT
UID:festival@example.org
DTSTAMP:20270101T000000Z
DTSTART;VALUE=DATE:20270710
DTEND;VALUE=DATE:20270713
SUMMARY:Stadtfest
END:VEVENT
BEGIN:VEVENT
UID:no-end@example.org
DTSTAMP:20270101T000000Z
DTSTART;TZID=Europe/Berlin:20270502T190000
SUMMARY:Infoabend ohne Ende
END:VEVENT
BEGIN:VEVENT
UID:no-end-day@example.org
DTSTAMP:20270101T000000Z
DTSTART;VALUE=DATE:20270601
SUMMARY:Aktionstag
END:VEVENT
BEGIN:VEVENT
UID:dup@example.org
DTSTAMP:20270101T000000Z
SEQUENCE:2
DTSTART;TZID=Europe/Berlin:20270415T100000
DTEND;TZID=Europe/Berlin:20270415T110000
SUMMARY:Elterncafé (neu)
END:VEVENT
BEGIN:VEVENT
UID:dup@example.org
DTSTAMP:20270101T000000Z
SEQUENCE:1
DTSTART;TZID=Europe/Berlin:20270414T100000
SUMMARY:Elterncafé (alt)
END:VEVENT
BEGIN:VEVENT
UID:forever@example.org
DTSTAMP:20270101T000000Z
DTSTART;TZID=Europe/Berlin:20270105T090000
DTEND;TZID=Europe/Berlin:20270105T100000
RRULE:FREQ=MONTHLY;BYDAY=1TU
SUMMARY:Sprechstunde
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def served(tmp_path):
    """A local HTTP server over tmp_path; yields (base URL, directory)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    server.shutdown()
    server.server_close()


@pytest.fixture
def town(db):
    return make_municipality("Ebental", "ebental", ["de", "en", "ar"], plugins=["events"])


def feed_for(town, url):
    return EventFeed.objects.create(municipality=town, name="Stadt", url=url)


def test_outlook_feed_with_vtimezone_exdate_and_moved_occurrence(town, served):
    base, folder = served
    (folder / "outlook.ics").write_text(OUTLOOK, newline="")
    feed = feed_for(town, f"{base}/outlook.ics")
    assert import_feed(feed) == {"created": 1, "updated": 0, "removed": 0}
    event = EventPage.objects.get(source_uid="040000008200E00074C5B7101A82E00800000000D0B4B1C0")
    assert event.title == "Migrationsberatung" and event.venue_text == "Rathaus, Zimmer 12"
    assert event.live and event.source_feed == feed
    days = [(o.start.astimezone(BERLIN).strftime("%m-%d %H:%M"), o.moved) for o in event.all_occurrences()]
    # 16 March excluded, 23 March moved to 24 March 14:00; DST starts 28 March and the time stays 10:00.
    assert days == [("03-09 10:00", False), ("03-24 14:00", True), ("03-30 10:00", False), ("04-06 10:00", False)]
    # Second run with the same content changes nothing.
    assert import_feed(feed) == {"created": 0, "updated": 0, "removed": 0}


def test_messy_shapes(town, served):
    base, folder = served
    (folder / "messy.ics").write_text(MESSY)
    feed = feed_for(town, f"{base}/messy.ics")
    stats = import_feed(feed)
    assert stats["created"] == 6  # the duplicate UID is one event
    events = {event.source_uid: event for event in EventPage.objects.filter(source_feed=feed)}
    homework = events["daily-byday@example.org"]
    assert [o.start.strftime("%a %d") for o in homework.all_occurrences()] == [
        "Mon 01", "Wed 03", "Fri 05", "Mon 08", "Wed 10", "Fri 12"]
    assert homework.all_occurrences()[0].start.astimezone(BERLIN).hour == 18  # 17:00Z in winter
    festival = events["festival@example.org"]
    assert festival.all_day and festival.end_date == datetime.date(2027, 7, 12) and festival.last_date == datetime.date(2027, 7, 12)
    no_end = events["no-end@example.org"]
    assert no_end.local_end() == no_end.local_start()
    day = events["no-end-day@example.org"]
    assert day.all_day and day.end_date is None
    duplicate = events["dup@example.org"]
    assert duplicate.title == "Elterncafé (neu)"
    forever = events["forever@example.org"]
    assert "UNTIL=" in forever.source_rrule and forever.last_date <= datetime.date.today() + datetime.timedelta(days=2 * 366)
    assert forever.all_occurrences()[1].start.date() == datetime.date(2027, 2, 2)


def test_removed_and_changed_events_follow_the_source(town, served):
    base, folder = served
    (folder / "feed.ics").write_text(MESSY)
    feed = feed_for(town, f"{base}/feed.ics")
    import_feed(feed)
    festival = EventPage.objects.get(source_uid="festival@example.org")
    translation = festival.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    changed = MESSY.replace("SUMMARY:Stadtfest", "SUMMARY:Großes Stadtfest").replace(
        MESSY[MESSY.index("BEGIN:VEVENT\nUID:no-end-day"):MESSY.index("BEGIN:VEVENT\nUID:dup@")], "")
    (folder / "feed.ics").write_text(changed)
    assert import_feed(feed) == {"created": 0, "updated": 1, "removed": 1}
    assert EventPage.objects.get(pk=festival.pk).title == "Großes Stadtfest"
    assert not EventPage.objects.filter(source_uid="no-end-day@example.org").exists()
    (folder / "feed.ics").write_text("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n")
    import_feed(feed)
    assert not EventPage.objects.filter(source_feed=feed).exists()
    assert not EventPage.objects.filter(pk=translation.pk).exists()


def test_broken_and_unreachable_feeds_keep_existing_events(town, served):
    base, folder = served
    (folder / "feed.ics").write_text(MESSY)
    feed = feed_for(town, f"{base}/feed.ics")
    import_feed(feed)
    (folder / "feed.ics").write_text("<html>Wartungsarbeiten</html>")
    with pytest.raises(FeedError):
        import_feed(feed)
    feed.url = f"{base}/missing.ics"
    with pytest.raises(FeedError):
        import_feed(feed)
    feed.refresh_from_db()
    assert "404" in feed.last_status
    assert EventPage.objects.filter(source_feed=feed).count() == 6


def test_command_only_imports_where_plugin_is_enabled(town, served, capsys):
    base, folder = served
    (folder / "feed.ics").write_text(MESSY)
    other = make_municipality("Birkenau", "birkenau", ["de", "en"], plugins=["events"])
    feed_for(town, f"{base}/feed.ics")
    other_feed = feed_for(other, f"{base}/feed.ics")
    disable_plugin(other, "events")
    call_command("import_event_feeds")
    assert "ebental: Stadt: 6 new" in capsys.readouterr().out
    assert EventPage.objects.filter(source_feed__municipality=town).count() == 6
    assert not EventPage.objects.filter(source_feed=other_feed).exists()
    # Not due again right away; --force imports anyway (and finds nothing changed).
    call_command("import_event_feeds")
    assert capsys.readouterr().out == ""
    call_command("import_event_feeds", "--force")
    assert "0 new, 0 changed, 0 removed" in capsys.readouterr().out


def test_imported_events_are_read_only_except_hiding(client, town, served):
    base, folder = served
    (folder / "feed.ics").write_text(MESSY)
    import_feed(feed_for(town, f"{base}/feed.ics"))
    event = EventPage.objects.get(source_uid="festival@example.org")
    editor = make_user("ebental-editor", municipality=town)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{event.pk}/edit/")
    assert response.status_code == 302
    response = client.post(f"/admin/events/{event.pk}/toggle-hidden/")
    assert response.status_code == 302
    assert EventPage.objects.get(pk=event.pk).hidden
    assert "Stadtfest" not in client.get(event.get_parent().url + "?start=2027-07-10&end=2027-07-12").content.decode()
