"""Events in Integreat's API v3 shape (`{r}/{l}/events/`), declared in `EventsConfig.api_feeds`.

`events_feed()` is the feed the API calls; `integreat_events()` expands series into occurrences within a bounded window (slug$DATE paths)
unless `combine_recurring`, where each series appears once with its RRULE. Fixed query count.
Window problems raise ValidationError (the caller answers 400): use `api_window()` to parse
raw query parameters first.
"""

import datetime
import hashlib
import json
import mimetypes
from collections import defaultdict

from dateutil import rrule
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.timezone import get_current_timezone
from wagtail.models import Page

from integreat_wagtail.api.content import public_url
from integreat_wagtail.locations.api import address_dict, empty_address, location_path
from integreat_wagtail.plugins.pages import index_page

from . import recurrence
from .forms import api_window, parse_date_param, validate_window  # noqa: F401  (re-exported for the API module)
from .models import EventException, EventIndexPage
from .queries import events_under, localize_related, occurrences_between


def _iso(value):
    return value.astimezone(get_current_timezone()).isoformat() if value else None


def _utc_iso(value):
    return value.astimezone(datetime.UTC).isoformat() if value else None


def app_path(municipality, language_code, slug):
    """integreat-cms's event path, /{region}/{language}/events/{slug}/, by which the apps route."""
    return f"/{municipality.slug}/{language_code}/events/{slug}/"


def _available_languages(events, municipality, language_code, request):
    keys = {event.translation_key for event in events}
    result = defaultdict(dict)
    if not keys:
        return result
    others = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys, depth=events[0].depth)
        .filter(locale__language_code__in=[code for code in municipality.language_codes if code != language_code])
        .select_related("locale")
        .only("id", "slug", "url_path", "translation_key", "locale", "path", "depth")
    )
    for page in others:
        code = page.locale.language_code
        url = public_url(request, page.get_url(request=request))
        result[page.translation_key][code] = {"id": page.id, "url": url, "path": app_path(municipality, code, page.slug)}
    return result


# integreat-cms's sizes of an event's picture (WordPress's, which the apps were written against).
FEATURED_IMAGE_SIZES = {"thumbnail": "fill-150x150", "medium": "max-300x300", "large": "max-1024x1024", "full": "original"}


def _thumbnail(event, request):
    if not event.image_id:
        return None
    return public_url(request, event.image.get_rendition("fill-600x400").url)


def _featured_image(event, request):
    """integreat-cms's `featured_image`: the picture's description and type, and one {url, width, height}
    per size (the apps read the first of each list)."""
    if not event.image_id:
        return None
    renditions = event.image.get_renditions(*FEATURED_IMAGE_SIZES.values())
    return {
        "description": event.image_alt,
        "mimetype": mimetypes.guess_type(event.image.file.name)[0] or "application/octet-stream",
        **{
            size: [{"url": public_url(request, renditions[spec].url), "width": renditions[spec].width,
                    "height": renditions[spec].height}]
            for size, spec in FEATURED_IMAGE_SIZES.items()
        },
    }


def integreat_events(municipality, language_code, request, combine_recurring=False, start=None, end=None):
    """List of Integreat v3 event dicts: upcoming occurrences in [start, end] (dates or ISO strings)."""
    start_date, end_date = api_window(start, end)
    index = index_page(EventIndexPage, municipality, language_code)
    if index is None:
        return []
    root = index.municipality_page
    tz = recurrence.zone(municipality.time_zone)
    queryset = events_under(index, municipality).prefetch_related("image__renditions")
    occurrences = list(occurrences_between(queryset, municipality, start_date, end_date, municipality_page=root))
    if combine_recurring:
        first = {}
        for occurrence in occurrences:
            first.setdefault(occurrence.event.pk, occurrence)
        occurrences = sorted(first.values(), key=lambda occurrence: occurrence.start)
    events = list({occurrence.event.pk: occurrence.event for occurrence in occurrences}.values())
    localize_related(events, language_code)
    languages = _available_languages(events, municipality, language_code, request)
    series = {event.pk: _series_fields(event, municipality, request, language_code, languages) for event in events}
    rules = _recurrence_rules(events, tz) if combine_recurring else {}
    result = []
    for occurrence in occurrences:
        event = occurrence.event
        base_url, fields = series[event.pk]
        path, url = fields["path"], base_url
        if event.is_recurring and not combine_recurring:
            # Integreat identifies a date of a series as slug$DATE; the page serves it as slug/DATE/.
            path = path.rstrip("/") + f"${occurrence.start.date().isoformat()}/"
            url = base_url + f"{occurrence.start.date().isoformat()}/"
        start = occurrence.start if not combine_recurring else recurrence.make_aware(event.local_start(), tz)
        end = occurrence.end if not combine_recurring else recurrence.make_aware(event.local_end(), tz)
        data = {
            "id": event.pk,
            **fields,
            "url": public_url(request, url),
            "path": path,
            "event": {
                "id": event.pk,
                "start": start.isoformat(),
                "start_date": start.date().isoformat(),
                "start_time": start.time().isoformat(),
                "end": end.isoformat(),
                "end_date": end.date().isoformat(),
                "end_time": end.time().isoformat(),
                "all_day": event.all_day,
                "only_weekdays": event.frequency == "weekly" and sorted(event.weekdays or []) == [0, 1, 2, 3, 4],
                "recurrence_id": event.translation_key.hex if event.is_recurring else None,
                "timezone": municipality.time_zone,
            },
            "recurrence_rule": rules.get(event.pk),
        }
        data["hash"] = hashlib.md5(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
        result.append(data)
    return result


def _series_fields(event, municipality, request, language_code, languages):
    """(public URL path, fields that are the same for every date) of one event, worked out once per series."""
    location = event.display_location
    content = event.description or ""
    return event.get_url(request=request), {
        "path": app_path(municipality, language_code, event.slug),
        "title": event.title,
        "modified_gmt": _utc_iso(event.last_published_at),
        "last_updated": _iso(event.last_published_at),
        "excerpt": event.teaser or Truncator(strip_tags(content)).words(30),
        "content": content,
        "available_languages": languages.get(event.translation_key, {}),
        "thumbnail": _thumbnail(event, request),
        "featured_image": _featured_image(event, request),
        "location": address_dict(location) or {**empty_address(), "name": event.venue_text or None},
        "location_path": location_path(location, language_code) if location else None,
        "meeting_url": event.online_url or None,
    }


def events_feed(municipality, language_code, request):
    """The API feed: `start`, `end` (YYYY-MM-DD, ValidationError → 400) and `combine_recurring`."""
    params = request.GET
    start, end = api_window(params.get("start"), params.get("end"))
    combine = "combine_recurring" in params  # integreat-cms combines whenever it is there, whatever its value
    return integreat_events(municipality, language_code, request, combine_recurring=combine, start=start, end=end)


def _ical_utc(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _recurrence_rules(events, tz):
    """{event pk: recurrence_rule} of the series among `events` (one query for their exceptions)."""
    series = [event for event in events if event.is_recurring]
    exceptions = defaultdict(list)
    for exception in EventException.objects.filter(page__in=[event.pk for event in series]):
        exceptions[exception.page_id].append(exception)
    return {event.pk: recurrence_rule(event, tz, exceptions[event.pk]) for event in series}


def recurrence_rule(event, tz, exceptions):
    """The series as RFC 5545 text in UTC, as integreat-cms sends it (the apps expand it in UTC).

    A rule in UTC keeps the UTC time, a local series its local time: where a DST change (or a
    cancelled or moved date) makes them differ, the rule's wrong dates become EXDATEs and the real
    ones RDATEs, so expanding the text gives exactly the series' own dates.
    """
    first = recurrence.make_aware(event.local_start(), tz)
    last_local = datetime.datetime.combine(event.last_date or event.start_date, datetime.time.max)
    real = {occurrence.start for occurrence in event.occurrences(first, recurrence.make_aware(last_local, tz), exceptions)}
    parts = [part for part in event.rrule_string().split(";") if part and not part.upper().startswith("UNTIL=")]
    if not any(part.upper().startswith("COUNT=") for part in parts):
        last_rule_start = recurrence.make_aware(recurrence.last_start(event, event.local_start()), tz)
        parts.append(f"UNTIL={_ical_utc(last_rule_start)}")
    text = f"DTSTART:{_ical_utc(first)}\nRRULE:{';'.join(parts)}"
    in_utc = {moment.replace(tzinfo=datetime.UTC) for moment in rrule.rrulestr(text, ignoretz=True)}
    extra = sorted(in_utc - real)
    missing = sorted(real - in_utc)
    if extra:
        text += "\nEXDATE:" + ",".join(_ical_utc(moment) for moment in extra)
    if missing:
        text += "\nRDATE:" + ",".join(_ical_utc(moment) for moment in missing)
    return text


__all__ = ["integreat_events", "events_feed", "api_window", "validate_window", "parse_date_param"]
