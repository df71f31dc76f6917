"""Import of external iCal calendars into event pages of the municipality's source language.

Real feeds are messy; this module copes with Outlook/Exchange VTIMEZONE blocks (icalendar maps
Windows zone names), daily RRULEs with BYDAY, multi-day all-day events, missing DTEND (RFC 5545
§3.6.1 defaults), duplicate UIDs (highest SEQUENCE, then the later entry wins), EXDATEs and
RECURRENCE-ID overrides. Endless rules get a rolling UNTIL (today + ROLLING_YEARS), renewed by
every import. Imported events keep their source UID and feed and vanish when the source drops them.
"""

import datetime
import hashlib
import json
import logging

import requests
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from icalendar import Calendar, vRecur

from . import recurrence
from .models import EventException, EventIndexPage, EventPage

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = (5, 30)  # connect, read
ROLLING_YEARS = 2
FREQ_MAP = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
DAY_INDEX = {code: index for index, code in enumerate(recurrence.WEEKDAY_CODES)}


class FeedError(Exception):
    """The feed could not be fetched or parsed; the message is shown to editors."""


def fetch(url):
    """The feed's bytes; FeedError on network problems, HTTP errors or oversize bodies."""
    try:
        with requests.get(url, timeout=TIMEOUT, stream=True, headers={"User-Agent": "integreat-wagtail/1.0"}) as response:
            response.raise_for_status()
            chunks, size = [], 0
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FeedError(f"The feed is larger than {MAX_BYTES // (1024 * 1024)} MB.")
                chunks.append(chunk)
            return b"".join(chunks)
    except requests.RequestException as error:
        raise FeedError(f"Could not fetch the feed: {error.__class__.__name__}: {error}") from error


def _local(value, tz):
    """(naive local datetime or date, is_date) from an icalendar DTSTART/DTEND value."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(tz).replace(tzinfo=None)
        return value, False
    return value, True


def _text(component, name):
    value = component.get(name)
    return str(value).strip() if value is not None else ""


def _rule(component, tz, start, is_date):
    """(normalised RRULE string, fields for the event) or ("", {})."""
    rrule_value = component.get("RRULE")
    if rrule_value is None:
        return "", {}
    if isinstance(rrule_value, list):  # several RRULEs are deprecated; use the first
        rrule_value = rrule_value[0]
    rule = vRecur({key: list(values) for key, values in rrule_value.items()})
    rule.pop("WKST", None)
    freq = (rule.get("FREQ") or [""])[0]
    if freq not in FREQ_MAP:
        return "", {}
    # Whole days, so that importing the same feed twice on one day changes nothing.
    rolling = datetime.datetime.combine(
        timezone.now().astimezone(tz).date() + datetime.timedelta(days=365 * ROLLING_YEARS), datetime.time(23, 59, 59)
    )
    until = rule.get("UNTIL", [None])[0]
    count = rule.get("COUNT", [None])[0]
    if until is not None:
        if isinstance(until, datetime.datetime):
            until = until.astimezone(tz).replace(tzinfo=None) if until.tzinfo else until
        else:
            until = datetime.datetime.combine(until, datetime.time(23, 59, 59))
        until = min(until, rolling)
    elif count is None:
        until = rolling
    if count is not None:
        count = min(int(count), recurrence.MAX_COUNT)
        rule["COUNT"] = [count]
    if until is not None:
        rule["UNTIL"] = [until]
        rule.pop("COUNT", None)
        count = None
    text = rule.to_ical().decode()
    weekdays = [DAY_INDEX[str(day)[-2:]] for day in rule.get("BYDAY", []) if str(day)[-2:] in DAY_INDEX]
    fields = {
        "frequency": FREQ_MAP[freq],
        "interval": int((rule.get("INTERVAL") or [1])[0]),
        "weekdays": weekdays if freq == "WEEKLY" else [],
        "until": until.date() if until else None,
        "count": count,
    }
    return text, fields


def parse(data, tz):
    """{uid: event data} from iCal bytes; FeedError when the file is not iCalendar."""
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as error:
        raise FeedError(f"Not a valid iCalendar file: {error}") from error
    masters, overrides = {}, {}
    for position, component in enumerate(calendar.walk("VEVENT")):
        uid = _text(component, "UID")
        if not uid or component.get("DTSTART") is None:
            continue
        if component.get("RECURRENCE-ID") is not None:
            overrides.setdefault(uid, []).append(component)
            continue
        rank = (int(component.get("SEQUENCE", 0) or 0), position)
        if uid not in masters or rank >= masters[uid][0]:
            masters[uid] = (rank, component)
    events = {}
    for uid, (_rank, component) in masters.items():
        if _text(component, "STATUS").upper() == "CANCELLED":
            continue
        events[uid] = _event_data(component, overrides.get(uid, []), tz)
    return events


def _event_data(component, overrides, tz):
    start, is_date = _local(component.decoded("DTSTART"), tz)
    if component.get("DTEND") is not None:
        end, _ = _local(component.decoded("DTEND"), tz)
    elif component.get("DURATION") is not None:
        end = start + component.decoded("DURATION")
    else:
        end = start + datetime.timedelta(days=1) if is_date else start  # RFC 5545 defaults
    if isinstance(end, datetime.datetime) and is_date:
        end = end.date()
    if not is_date and not isinstance(end, datetime.datetime):
        end = datetime.datetime.combine(end, datetime.time(0))
    if end < start:
        end = start + datetime.timedelta(days=1) if is_date else start
    data = {
        "title": _text(component, "SUMMARY")[:255] or "—",
        "teaser": "",
        "description": linebreaks(escape(_text(component, "DESCRIPTION"))) if _text(component, "DESCRIPTION") else "",
        "venue_text": _text(component, "LOCATION")[:250],
        "registration_url": _text(component, "URL")[:200] if _text(component, "URL").startswith("http") else "",
        "all_day": is_date,
    }
    if is_date:
        data.update(start_date=start, start_time=None, end_date=(end - datetime.timedelta(days=1)) if end > start else None, end_time=None)
        if data["end_date"] == start:
            data["end_date"] = None
    else:
        data.update(start_date=start.date(), start_time=start.time().replace(microsecond=0),
                    end_date=end.date() if end.date() != start.date() else None, end_time=end.time().replace(microsecond=0))
    rule, fields = _rule(component, tz, start, is_date)
    data["source_rrule"] = rule
    data.update({"frequency": "", "interval": 1, "weekdays": [], "until": None, "count": None, **fields})
    exceptions = {}
    for exdate in _as_list(component.get("EXDATE")):
        for item in exdate.dts:
            value, _ = _local(item.dt, tz)
            day = value.date() if isinstance(value, datetime.datetime) else value
            exceptions[day.isoformat()] = {"cancelled": True}
    for override in overrides:
        original, _ = _local(override.decoded("RECURRENCE-ID"), tz)
        day = original.date() if isinstance(original, datetime.datetime) else original
        if _text(override, "STATUS").upper() == "CANCELLED":
            exceptions[day.isoformat()] = {"cancelled": True}
            continue
        new_start, new_is_date = _local(override.decoded("DTSTART"), tz)
        new_end = _local(override.decoded("DTEND"), tz)[0] if override.get("DTEND") is not None else None
        moved = {"cancelled": False, "new_date": (new_start.date() if not new_is_date else new_start).isoformat()}
        if not new_is_date:
            moved["new_start_time"] = new_start.time().replace(microsecond=0).isoformat()
            if isinstance(new_end, datetime.datetime) and new_end.date() == new_start.date():
                moved["new_end_time"] = new_end.time().replace(microsecond=0).isoformat()
        exceptions[day.isoformat()] = moved
    data["exceptions"] = dict(sorted(exceptions.items()))
    return data


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _hash(data):
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def ensure_index_page(municipality):
    """The calendar page in the municipality's source language, created when missing."""
    root = municipality.pages.filter(locale__language_code=municipality.default_language).first()
    index = EventIndexPage.objects.child_of(root).first()
    if index is None:
        index = EventIndexPage(title="Veranstaltungen" if municipality.default_language == "de" else "Events",
                               slug="events", locale=root.locale)
        root.specific.add_child(instance=index)
        index.save_revision().publish()
    return index


def _apply(page, data, feed, uid, digest):
    exceptions = data["exceptions"]
    for name, value in data.items():
        if name != "exceptions":
            setattr(page, name, value)
    page.category = feed.category
    page.source_feed = feed
    page.source_uid = uid
    page.source_hash = digest
    page.exceptions = [
        EventException(
            original_date=datetime.date.fromisoformat(day),
            cancelled=values["cancelled"],
            new_date=datetime.date.fromisoformat(values["new_date"]) if values.get("new_date") else None,
            new_start_time=datetime.time.fromisoformat(values["new_start_time"]) if values.get("new_start_time") else None,
            new_end_time=datetime.time.fromisoformat(values["new_end_time"]) if values.get("new_end_time") else None,
        )
        for day, values in exceptions.items()
    ]


def import_feed(feed, data=None):
    """Fetch (unless `data` is given) and apply one feed; returns {"created", "updated", "removed"}."""
    tz = recurrence.zone(feed.municipality.time_zone)
    try:
        if data is None:
            data = fetch(feed.url)
        parsed = parse(data, tz)
    except FeedError as error:
        feed.last_fetched_at = timezone.now()
        feed.last_status = str(error)[:500]
        feed.save(update_fields=["last_fetched_at", "last_status"])
        raise
    stats = {"created": 0, "updated": 0, "removed": 0}
    with transaction.atomic():
        index = ensure_index_page(feed.municipality)
        existing = {page.source_uid: page for page in EventPage.objects.child_of(index).filter(source_feed=feed)}
        for uid, event_data in parsed.items():
            digest = _hash(event_data)
            page = existing.get(uid)
            if page is not None and page.source_hash == digest:
                continue
            if page is None:
                slug = f"{slugify(event_data['title'])[:60] or 'event'}-{hashlib.sha1(uid.encode()).hexdigest()[:8]}"
                page = EventPage(slug=slug, locale=index.locale)
                _apply(page, event_data, feed, uid, digest)
                index.add_child(instance=page)
                stats["created"] += 1
            else:
                _apply(page, event_data, feed, uid, digest)
                stats["updated"] += 1
            page.save_revision().publish()
        for uid, page in existing.items():
            if uid not in parsed:
                for translation in EventPage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
                    translation.delete()
                page.delete()
                stats["removed"] += 1
        feed.last_fetched_at = timezone.now()
        feed.last_status = "OK: {created} new, {updated} changed, {removed} removed".format(**stats)
        feed.save(update_fields=["last_fetched_at", "last_status"])
    return stats
