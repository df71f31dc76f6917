"""Events in Integreat's API v3 shape (`{r}/{l}/events/`), declared in `EventsConfig.api_feeds`.

`events_feed()` is the feed the API calls; `integreat_events()` expands series into occurrences within a bounded window (slug$DATE paths)
unless `combine_recurring`, where each series appears once with its RRULE. Fixed query count.
Window problems raise ValidationError (the caller answers 400): use `api_window()` to parse
raw query parameters first.
"""

import hashlib
import json
from collections import defaultdict

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.timezone import get_current_timezone
from wagtail.models import Page

from integreat_wagtail.locations.api import address_dict, location_path
from integreat_wagtail.plugins.pages import index_page

from . import recurrence
from .forms import api_window, parse_date_param, validate_window  # noqa: F401  (re-exported for the API module)
from .models import EventIndexPage
from .queries import events_under, localize_related, occurrences_between


def _iso(value):
    return value.astimezone(get_current_timezone()).isoformat() if value else None


def _absolute(request, path):
    return request.build_absolute_uri(path) if request is not None and path else path


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
        .only("id", "url_path", "translation_key", "locale", "path", "depth")
    )
    for page in others:
        url = page.get_url(request=request)
        result[page.translation_key][page.locale.language_code] = {"id": page.id, "url": _absolute(request, url), "path": url}
    return result


def _thumbnail(event, request):
    if not event.image_id:
        return None
    return _absolute(request, event.image.get_rendition("fill-600x400").url)


def integreat_events(municipality, language_code, request, combine_recurring=False, start=None, end=None):
    """List of Integreat v3 event dicts: upcoming occurrences in [start, end] (dates or ISO strings)."""
    start_date, end_date = api_window(start, end)
    index = index_page(EventIndexPage, municipality, language_code)
    if index is None:
        return []
    root = index.municipality_page
    tz = recurrence.zone(municipality.time_zone)
    queryset = events_under(index, municipality)
    occurrences = list(occurrences_between(queryset, municipality, start_date, end_date, municipality_page=root))
    if combine_recurring:
        first = {}
        for occurrence in occurrences:
            first.setdefault(occurrence.event.pk, occurrence)
        occurrences = sorted(first.values(), key=lambda occurrence: occurrence.start)
    events = list({occurrence.event.pk: occurrence.event for occurrence in occurrences}.values())
    localize_related(events, language_code)
    languages = _available_languages(events, municipality, language_code, request)
    series = {event.pk: _series_fields(event, request, language_code, languages) for event in events}
    result = []
    for occurrence in occurrences:
        event = occurrence.event
        base_path, fields = series[event.pk]
        path = url = base_path
        if event.is_recurring and not combine_recurring:
            # Integreat identifies a date of a series as slug$DATE; the page serves it as slug/DATE/.
            path = base_path.rstrip("/") + f"${occurrence.start.date().isoformat()}/"
            url = base_path + f"{occurrence.start.date().isoformat()}/"
        start = occurrence.start if not combine_recurring else recurrence.make_aware(event.local_start(), tz)
        end = occurrence.end if not combine_recurring else recurrence.make_aware(event.local_end(), tz)
        rule = None
        if combine_recurring and event.is_recurring:
            rule = f"DTSTART:{event.local_start():%Y%m%dT%H%M%S}\nRRULE:{event.rrule_string()}"
        data = {
            "id": event.pk,
            "url": _absolute(request, url),
            "path": path,
            **fields,
            "event": {
                "id": event.pk,
                "start": start.isoformat(),
                "end": end.isoformat(),
                "all_day": event.all_day,
                "only_weekdays": event.frequency == "weekly" and sorted(event.weekdays or []) == [0, 1, 2, 3, 4],
                "recurrence_id": event.translation_key.hex if event.is_recurring else None,
                "timezone": municipality.time_zone,
            },
            "recurrence_rule": rule,
        }
        data["hash"] = hashlib.md5(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
        result.append(data)
    return result


def _series_fields(event, request, language_code, languages):
    """(URL path, fields that are the same for every date) of one event, worked out once per series."""
    location = event.display_location
    content = event.description or ""
    return event.get_url(request=request), {
        "title": event.title,
        "modified_gmt": _iso(event.last_published_at),
        "last_updated": _iso(event.last_published_at),
        "excerpt": event.teaser or Truncator(strip_tags(content)).words(30),
        "content": content,
        "available_languages": languages.get(event.translation_key, {}),
        "thumbnail": _thumbnail(event, request),
        "location": address_dict(location) or {"id": None, "name": event.venue_text or None},
        "location_path": location_path(location, language_code) if location else None,
        "meeting_url": event.online_url or None,
    }


def events_feed(municipality, language_code, request):
    """The API feed: `start`, `end` (YYYY-MM-DD, ValidationError → 400) and `combine_recurring`."""
    params = request.GET
    start, end = api_window(params.get("start"), params.get("end"))
    combine = params.get("combine_recurring", "").strip().lower() in {"1", "true", "yes", "on"}
    return integreat_events(municipality, language_code, request, combine_recurring=combine, start=start, end=end)


__all__ = ["integreat_events", "events_feed", "api_window", "validate_window", "parse_date_param"]
