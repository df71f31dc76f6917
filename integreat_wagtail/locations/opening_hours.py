"""Opening hours in Integreat's shape: seven entries, Monday first, each
{"allDay": bool, "closed": bool, "appointmentOnly": bool, "timeSlots": [{"start": "09:00", "end": "12:00"}]}.

Stored as JSON on the location; the admin edits it through `OpeningHoursField`, one line per weekday.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

WEEKDAYS = [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]
MODES = [
    ("closed", _("Closed")),
    ("slots", _("Open at these times")),
    ("all_day", _("Open all day")),
    ("appointment", _("By appointment only")),
]
_TIME = r"([01]?\d|2[0-3]):([0-5]\d)"
_SLOT = re.compile(rf"^\s*{_TIME}\s*[-–]\s*{_TIME}\s*$")


def closed_day():
    return {"allDay": False, "closed": True, "appointmentOnly": False, "timeSlots": []}


def default_opening_hours():
    return [closed_day() for _day in range(7)]


def parse_slots(text):
    """"09:00-12:00, 14:00-16:30" → [{"start": "09:00", "end": "12:00"}, …]; ValidationError when malformed."""
    slots = []
    for part in filter(None, (piece.strip() for piece in (text or "").split(","))):
        match = _SLOT.match(part)
        if not match:
            raise ValidationError(_("“%(part)s” is not a time range like 09:00-12:00.") % {"part": part})
        start = f"{int(match.group(1)):02d}:{match.group(2)}"
        end = f"{int(match.group(3)):02d}:{match.group(4)}"
        if end <= start:
            raise ValidationError(_("In “%(part)s” the end is not after the start.") % {"part": part})
        slots.append({"start": start, "end": end})
    slots.sort(key=lambda slot: slot["start"])
    for earlier, later in zip(slots, slots[1:]):
        if later["start"] < earlier["end"]:
            raise ValidationError(_("The time ranges %(a)s and %(b)s overlap.") % {
                "a": f"{earlier['start']}-{earlier['end']}", "b": f"{later['start']}-{later['end']}"})
    return slots


def mode_of(day):
    if day.get("closed"):
        return "closed"
    if day.get("allDay"):
        return "all_day"
    if day.get("appointmentOnly") and not day.get("timeSlots"):
        return "appointment"
    return "slots"


def validate_opening_hours(value):
    """Seven well-formed days; used by the model field so the API never serves a broken shape."""
    if value in (None, []):
        return
    if not isinstance(value, list) or len(value) != 7:
        raise ValidationError(_("Opening hours need exactly seven days, Monday first."))
    for day in value:
        if not isinstance(day, dict) or set(day) - {"allDay", "closed", "appointmentOnly", "timeSlots"}:
            raise ValidationError(_("Each day needs allDay, closed, appointmentOnly and timeSlots."))
        slots = day.get("timeSlots") or []
        parse_slots(", ".join(f"{slot.get('start')}-{slot.get('end')}" for slot in slots))


class OpeningHoursWidget(forms.MultiWidget):
    template_name = "locations/widgets/opening_hours.html"

    def __init__(self, attrs=None):
        widgets = []
        for _day in WEEKDAYS:
            widgets.append(forms.Select(choices=MODES))
            widgets.append(forms.TextInput(attrs={"placeholder": "09:00-12:00, 14:00-16:00", "size": 30}))
        super().__init__(widgets, attrs)

    def decompress(self, value):
        days = value if isinstance(value, list) and len(value) == 7 else default_opening_hours()
        flat = []
        for day in days:
            flat.append(mode_of(day))
            flat.append(", ".join(f"{slot['start']}-{slot['end']}" for slot in day.get("timeSlots") or []))
        return flat

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        subwidgets = context["widget"]["subwidgets"]
        context["widget"]["days"] = [
            {"label": WEEKDAYS[index], "mode": subwidgets[2 * index], "slots": subwidgets[2 * index + 1]}
            for index in range(7)
        ]
        return context


class OpeningHoursField(forms.MultiValueField):
    """Seven (mode, "09:00-12:00, …") pairs compressed into the Integreat JSON list."""

    widget = OpeningHoursWidget

    def __init__(self, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs.pop("max_length", None)
        fields = []
        for _day in WEEKDAYS:
            fields.append(forms.ChoiceField(choices=MODES, required=False))
            fields.append(forms.CharField(required=False))
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list:
            return default_opening_hours()
        days = []
        errors = []
        for index in range(7):
            mode = data_list[2 * index] or "closed"
            try:
                slots = parse_slots(data_list[2 * index + 1])
            except ValidationError as error:
                errors.append(f"{WEEKDAYS[index]}: {' '.join(error.messages)}")
                continue
            if mode == "slots" and not slots:
                errors.append(f"{WEEKDAYS[index]}: " + str(_("enter at least one time range or choose another option.")))
            days.append({
                "allDay": mode == "all_day",
                "closed": mode == "closed",
                "appointmentOnly": mode == "appointment",
                "timeSlots": slots if mode in ("slots", "appointment") else [],
            })
        if errors:
            raise ValidationError(errors)
        return days
