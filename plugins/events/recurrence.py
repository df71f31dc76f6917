"""Expanding events into occurrences with python-dateutil's rrule (RFC 5545 semantics).

Rules run on naive local wall-clock datetimes and each occurrence is made aware in the
municipality's time zone afterwards, so a 18:00 language café stays at 18:00 across daylight
saving changes. Every expansion is bounded by a window; series must end (UNTIL or COUNT).
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_WINDOW_DAYS = 366  # the widest window a listing, feed or API call expands
MAX_COUNT = 1000
MAX_SERIES_YEARS = 5
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
FREQUENCIES = {"daily": rrule.DAILY, "weekly": rrule.WEEKLY, "monthly": rrule.MONTHLY, "yearly": rrule.YEARLY}


def zone(name):
    """ZoneInfo for a time-zone name; ValidationError instead of a crash for unknown names."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError(_("“%(zone)s” is not a known time zone.") % {"zone": name}) from None


def make_aware(naive, tz):
    """Local wall-clock → aware. Non-existent times (spring gap) move forward, as calendars do."""
    aware = naive.replace(tzinfo=tz)
    roundtrip = aware.astimezone(datetime.UTC).astimezone(tz)
    if roundtrip.replace(tzinfo=None) != naive:
        aware = roundtrip
    return aware


@dataclass
class Occurrence:
    event: object
    start: datetime.datetime  # aware; for all-day events midnight local
    end: datetime.datetime
    all_day: bool
    original_start: datetime.datetime = None  # set for moved occurrences (RECURRENCE-ID)
    extra: dict = field(default_factory=dict)

    @property
    def moved(self):
        return self.original_start is not None

    @property
    def date(self):
        return self.start.date()

    @property
    def end_date(self):
        """Last day the occurrence covers (an all-day end is exclusive, like DTEND)."""
        if self.all_day:
            return (self.end - datetime.timedelta(days=1)).date()
        return self.end.date()

    def is_past(self, now=None):
        return self.end <= (now or datetime.datetime.now(datetime.UTC))


def build_rule(spec, dtstart):
    """A dateutil rrule from a RecurrenceSpec-like object (the event's fields), or None for one-offs."""
    if getattr(spec, "source_rrule", ""):
        return rrule.rrulestr(spec.source_rrule, dtstart=dtstart, forceset=False, ignoretz=True)
    if spec.frequency not in FREQUENCIES:
        return None
    kwargs = {"dtstart": dtstart, "interval": spec.interval or 1, "cache": False}
    if spec.frequency == "weekly" and spec.weekdays:
        kwargs["byweekday"] = sorted(int(day) for day in spec.weekdays)
    if spec.frequency == "monthly":
        if spec.monthly_mode == "weekday":
            kwargs["byweekday"] = rrule.weekday(int(spec.monthly_weekday), int(spec.monthly_week))
        else:
            kwargs["bymonthday"] = dtstart.day
    if spec.until:
        kwargs["until"] = datetime.datetime.combine(spec.until, datetime.time.max)
    elif spec.count:
        kwargs["count"] = spec.count
    return rrule.rrule(FREQUENCIES[spec.frequency], **kwargs)


def rrule_string(spec, dtstart):
    """The RRULE value for iCalendar/API (without the "RRULE:" prefix), or ""."""
    rule = build_rule(spec, dtstart)
    if rule is None:
        return ""
    text = str(rule).split("\n")
    return next(line for line in text if line.startswith("RRULE:"))[len("RRULE:"):]


def local_start(spec):
    """Naive local start of the first occurrence (midnight for all-day events)."""
    return datetime.datetime.combine(spec.start_date, datetime.time(0) if spec.all_day else (spec.start_time or datetime.time(0)))


def local_end(spec):
    """Naive local end of the first occurrence; an all-day end is the next midnight, like DTEND."""
    end_date = spec.end_date or spec.start_date
    if spec.all_day:
        return datetime.datetime.combine(end_date + datetime.timedelta(days=1), datetime.time(0))
    if spec.end_time:
        return datetime.datetime.combine(end_date, spec.end_time)
    if spec.end_date and spec.end_date != spec.start_date:
        return datetime.datetime.combine(end_date, datetime.time.max.replace(microsecond=0))
    return local_start(spec)


def moved_span(spec, exception):
    """Naive local (start, end) of a moved occurrence: new date, new times or the series' times."""
    duration = local_end(spec) - local_start(spec)
    if spec.all_day:
        start = datetime.datetime.combine(exception.new_date, datetime.time(0))
        return start, start + duration
    start = datetime.datetime.combine(exception.new_date, exception.new_start_time or local_start(spec).time())
    if exception.new_end_time:
        return start, datetime.datetime.combine(exception.new_date, exception.new_end_time)
    return start, start + duration


def moved_occurrence(spec, exception, tz):
    """Aware (start, end, original start) of a moved occurrence; the original start is its RECURRENCE-ID."""
    start, end = moved_span(spec, exception)
    original = datetime.datetime.combine(exception.original_date, local_start(spec).time())
    return make_aware(start, tz), make_aware(end, tz), make_aware(original, tz)


def overlaps(start, end, window_start, window_end):
    """Whether an occurrence touches [window_start, window_end); one without duration counts at its start."""
    if end == start:
        return window_start <= start < window_end
    return end > window_start and start < window_end


def spans(spec, tz, exceptions, window_start, window_end):
    """(start, end, original start or None) of each occurrence overlapping the aware window, unsorted.

    Cancelled and moved dates are left out of the rule's dates; moved ones are added where they land.
    """
    dtstart = local_start(spec)
    duration = local_end(spec) - dtstart
    local_from = window_start.astimezone(tz).replace(tzinfo=None) - duration
    local_to = window_end.astimezone(tz).replace(tzinfo=None)
    excepted = {exception.original_date for exception in exceptions}
    result = []
    for naive in local_starts(spec, dtstart, local_from, local_to):
        if naive.date() in excepted:
            continue
        start = make_aware(naive, tz)
        end = make_aware(naive + duration, tz)
        if overlaps(start, end, window_start, window_end):
            result.append((start, end, None))
    for exception in exceptions:
        if exception.is_moved:
            moved = moved_occurrence(spec, exception, tz)
            if overlaps(moved[0], moved[1], window_start, window_end):
                result.append(moved)
    return result


def local_starts(spec, dtstart, window_start, window_end):
    """Naive local starts of the series in [window_start, window_end] (naive local datetimes)."""
    rule = build_rule(spec, dtstart)
    if rule is None:
        return [dtstart] if window_start <= dtstart <= window_end else []
    return rule.between(window_start, window_end, inc=True)


def is_series_date(spec, date):
    """Whether one of the series' own dates (before exceptions) falls on this local date."""
    day = datetime.datetime.combine(date, datetime.time.min)
    return bool(local_starts(spec, local_start(spec), day, datetime.datetime.combine(date, datetime.time.max)))


def ends(rule):
    """Whether a parsed rule has an UNTIL or a COUNT, read from its RFC 5545 text (dateutil keeps
    both only in private attributes)."""
    parts = str(rule).upper().replace("\n", ";").replace(":", ";").split(";")
    return any(part.startswith(("UNTIL=", "COUNT=")) for part in parts)


def last_start(spec, dtstart):
    """The naive local start of the last occurrence; refuses endless series."""
    rule = build_rule(spec, dtstart)
    if rule is None:
        return dtstart
    if not (spec.until or spec.count or getattr(spec, "source_rrule", "")):
        raise ValidationError(_("A repeating event needs an end date or a number of repetitions."))
    if getattr(spec, "source_rrule", "") and not ends(rule):
        raise ValidationError(_("A repeating event needs an end date or a number of repetitions."))
    return rule[-1] if rule.count() else dtstart
