import datetime

from django.db import migrations


def include_every_day_of_moved_dates(apps, schema_editor):
    """last_date now counts the later days of a moved multi-day date; raise it where such a date ends last."""
    from plugins.events import recurrence

    EventException = apps.get_model("events", "EventException")
    EventPage = apps.get_model("events", "EventPage")
    last_dates = {}
    for exception in EventException.objects.filter(cancelled=False, new_date__isnull=False).select_related("page"):
        page = exception.page
        end = recurrence.moved_span(page, exception)[1]
        if page.all_day:
            end -= datetime.timedelta(microseconds=1)
        current = last_dates.get(page.pk, page.last_date)
        if current is None or end.date() > current:
            last_dates[page.pk] = end.date()
    for pk, last_date in last_dates.items():
        EventPage.objects.filter(pk=pk).update(last_date=last_date)


class Migration(migrations.Migration):

    dependencies = [
        ("events", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(include_every_day_of_moved_dates, migrations.RunPython.noop),
    ]
