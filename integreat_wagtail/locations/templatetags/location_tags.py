from django import template

from ..opening_hours import WEEKDAYS, mode_of

register = template.Library()


@register.filter
def opening_days(hours):
    """[(weekday name, mode, slots)] for templates; empty when no hours were entered."""
    if not hours or all(day.get("closed") for day in hours):
        return []
    return [(WEEKDAYS[index], mode_of(day), day.get("timeSlots") or []) for index, day in enumerate(hours)]
