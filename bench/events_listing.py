"""Benchmark: the events listing of a municipality with 2,000 events (many recurring), 3-month window.

Runs on its own throwaway SQLite database: `.venv/bin/python bench/events_listing.py [--events N]`.
Prints seeding time, then for the window's expansion, the rendered listing page (with its query
count) and the API v3 events list: "cold" with an empty cache, as after an edit, and "cached".
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
workdir = tempfile.mkdtemp(prefix="bench-events-")
os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
os.environ["INTEGREAT_VAR_DIR"] = workdir
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integreat_wagtail.settings.test")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from integreat_wagtail.municipalities.services import create_municipality  # noqa: E402
from plugins.events.api import integreat_events  # noqa: E402
from plugins.events.importer import ensure_index_page  # noqa: E402
from plugins.events.models import EventException, EventPage  # noqa: E402
from plugins.events.queries import events_under, occurrences_between  # noqa: E402


def seed(index, count):
    rng = random.Random(42)
    today = timezone.localdate()
    for number in range(count):
        kind = rng.random()
        fields = {"start_date": today + datetime.timedelta(days=rng.randint(-200, 120)),
                  "start_time": datetime.time(rng.randint(8, 20)), "end_time": None}
        fields["end_time"] = datetime.time(min(fields["start_time"].hour + 2, 23))
        if kind < 0.35:
            fields.update(frequency="weekly", weekdays=[rng.randint(0, 6)], count=rng.randint(10, 60))
        elif kind < 0.55:
            fields.update(frequency="monthly", monthly_mode="weekday", monthly_week=rng.choice([1, 2, 3, -1]),
                          monthly_weekday=rng.randint(0, 6), count=rng.randint(6, 24))
        elif kind < 0.65:
            fields.update(frequency="daily", until=fields["start_date"] + datetime.timedelta(days=rng.randint(5, 60)))
        page = EventPage(title=f"Veranstaltung {number}", slug=f"veranstaltung-{number}", locale=index.locale,
                         live=True, is_free=rng.random() < 0.7, teaser="Ein Treffen für alle.", **fields)
        if fields.get("frequency") == "weekly" and rng.random() < 0.3:
            page.exceptions = [EventException(original_date=fields["start_date"] + datetime.timedelta(weeks=2))]
        index.add_child(instance=page)


def timed(function, repeat):
    """Median wall time of `function` with an emptied cache and with a warm one, as text."""
    cold, cached = [], []
    for _ in range(repeat):
        cache.clear()
        started = time.perf_counter()
        function()
        cold.append(time.perf_counter() - started)
        started = time.perf_counter()
        function()
        cached.append(time.perf_counter() - started)
    return (f"median {statistics.median(timings) * 1000:.0f} ms" for timings in (cold, cached))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    municipality = create_municipality(name="Benchstadt", slug="benchstadt", kind="city", parent=None,
                                       language_codes=["de", "en"], default_language="de", enabled_plugins=["events"])
    index = ensure_index_page(municipality)
    started = time.perf_counter()
    seed(index, args.events)
    print(f"seeded {args.events} events in {time.perf_counter() - started:.1f} s ({workdir})")
    today = timezone.localdate()
    end = today + datetime.timedelta(days=89)

    def expand():
        return len(occurrences_between(events_under(index, municipality), municipality, today, end))

    count = expand()
    cold, cached = timed(expand, args.repeat)
    print(f"expand 3-month window: {count} occurrences, {cold} cold, {cached} cached")
    client = Client()
    url = index.url
    client.get(url)
    cold, cached = timed(lambda: client.get(url), args.repeat)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    print(f"listing page (HTML, 20 per page): {cold} cold, {cached} cached, {len(queries)} queries")
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    cold, cached = timed(lambda: integreat_events(municipality, "de", request), args.repeat)
    print(f"API v3 events (3 months): {cold} cold, {cached} cached")
    started = time.perf_counter()
    response = client.get(url + "ics/")
    print(f"calendar feed (.ics): {(time.perf_counter() - started) * 1000:.0f} ms, {len(response.content) // 1024} KiB")


if __name__ == "__main__":
    main()
