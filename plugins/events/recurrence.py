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
    moved: bool = False
    extra: dict = field(default_factory=dict)

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


def local_starts(spec, dtstart, window_start, window_end):
    """Naive local starts of the series in [window_start, window_end] (naive local datetimes)."""
    rule = build_rule(spec, dtstart)
    if rule is None:
        return [dtstart] if window_start <= dtstart <= window_end else []
    return rule.between(window_start, window_end, inc=True)


def last_start(spec, dtstart):
    """The naive local start of the last occurrence; refuses endless series."""
    rule = build_rule(spec, dtstart)
    if rule is None:
        return dtstart
    if not (spec.until or spec.count or getattr(spec, "source_rrule", "")):
        raise ValidationError(_("A repeating event needs an end date or a number of repetitions."))
    if getattr(spec, "source_rrule", "") and rule._until is None and rule._count is None:
        raise ValidationError(_("A repeating event needs an end date or a number of repetitions."))
    return rule[-1] if rule.count() else dtstart
