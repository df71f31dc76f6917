"""Building blocks for the events tests: calendars and events made like an editor would."""

import datetime

from django.utils.text import slugify

from plugins.events.models import EventIndexPage, EventPage
from tests.factories import root_page


def make_index(municipality, language=None, title="Veranstaltungen"):
    parent = root_page(municipality, language)
    existing = EventIndexPage.objects.child_of(parent).first()
    if existing:
        return existing
    index = EventIndexPage(title=title, slug="veranstaltungen", locale=parent.locale, intro="Was ist los?")
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


_counter = [0]


def make_event(index, title="Sprachcafé", publish=True, **fields):
    _counter[0] += 1
    fields.setdefault("start_date", datetime.date.today() + datetime.timedelta(days=1))
    if not fields.get("all_day"):
        fields.setdefault("start_time", datetime.time(18, 0))
        fields.setdefault("end_time", datetime.time(20, 0))
    event = EventPage(title=title, slug=f"{slugify(title)}-{_counter[0]}", locale=index.locale, **fields)
    index.add_child(instance=event)
    if publish:
        event.save_revision().publish()
    return event
