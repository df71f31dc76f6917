"""Validation of listing, feed and API query parameters: bad input becomes a message or a 400."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .recurrence import MAX_WINDOW_DAYS

DEFAULT_WINDOW_DAYS = 90
# Calendar arithmetic near the ends of Python's dates overflows (9999-12-31 + 90 days, 0001-01-01
# in a time zone west of UTC): dates outside this range are refused before anything is computed.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2999, 12, 31)


def validate_calendar_date(value):
    if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(
            _("Choose a date between %(earliest)s and %(latest)s.")
            % {"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()},
            code="out_of_range",
        )


class EventFilterForm(forms.Form):
    WHEN = [("", _("Any time")), ("today", _("Today")), ("week", _("This week"))]

    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
                            validators=[validate_calendar_date])
    end = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
                          validators=[validate_calendar_date])
    when = forms.ChoiceField(label=_("When"), choices=WHEN, required=False)
    category = forms.TypedChoiceField(label=_("Category"), coerce=int, required=False, empty_value=None)
    location = forms.TypedChoiceField(label=_("Place"), coerce=int, required=False, empty_value=None)
    free = forms.BooleanField(label=_("Free of charge only"), required=False)

    def __init__(self, *args, categories=(), locations=(), today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        self.fields["category"].choices = [("", _("All categories"))] + [(c.pk, c.name) for c in categories]
        self.fields["location"].choices = [("", _("All places"))] + [(loc.pk, loc.name) for loc in locations]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        when = data.get("when")
        if when == "today":
            start = end = self.today
        elif when == "week":
            start = self.today
            end = self.today + datetime.timedelta(days=6 - self.today.weekday())
        else:
            start = data.get("start") or self.today
            end = data.get("end") or start + datetime.timedelta(days=DEFAULT_WINDOW_DAYS - 1)
        validate_window(start, end)
        data["window"] = (max(start, self.today), end)
        data["capped_until"] = end
        return data


def validate_window(start, end, max_days=MAX_WINDOW_DAYS):
    """Raise ValidationError (→ 400) for a reversed or too wide date window."""
    if end < start:
        raise ValidationError(_("The end date is before the start date."), code="reversed")
    if (end - start).days + 1 > max_days:
        raise ValidationError(
            _("Choose at most %(days)s days at once.") % {"days": max_days}, code="too_wide"
        )


def parse_date_param(value, name):
    """ISO date (or datetime) from a query parameter; ValidationError naming the parameter otherwise."""
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(value[:10]) if len(value) >= 10 else datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(
            _("“%(name)s” must be a date like 2026-05-01, not “%(value)s”.") % {"name": name, "value": value[:40]},
            code="invalid_date",
        ) from None


def api_window(start=None, end=None, today=None, default_days=DEFAULT_WINDOW_DAYS, max_days=MAX_WINDOW_DAYS):
    """(start_date, end_date) for the API from raw strings or dates; ValidationError for bad input."""
    today = today or timezone.localdate()
    if isinstance(start, str) or start is None:
        start = parse_date_param(start, "start")
    if isinstance(end, str) or end is None:
        end = parse_date_param(end, "end")
    if isinstance(start, datetime.datetime):
        start = start.date()
    if isinstance(end, datetime.datetime):
        end = end.date()
    for name, value in (("start", start), ("end", end)):
        try:
            validate_calendar_date(value)
        except ValidationError as error:
            raise ValidationError({name: error}) from None
    start = start or today
    end = end or start + datetime.timedelta(days=default_days - 1)
    validate_window(start, end, max_days)
    return start, end
