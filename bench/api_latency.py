"""Seed a municipality with 500 pages and print the latency of the main API endpoints.

Usage:  .venv/bin/python bench/api_latency.py [--pages 500] [--repeat 5]

Runs against a throw-away SQLite database (never the project's), in-process through Django's test
client, so it needs no server. Prints the median and worst time per endpoint, cold (empty cache)
and warm, plus the number of SQL queries and the response size.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


def setup_django(tmp):
    os.environ["DJANGO_SETTINGS_MODULE"] = "integreat_wagtail.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ["INTEGREAT_VAR_DIR"] = tmp
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def seed(count):
    """A municipality (de, en) with `count` German pages: 25 topics × subtopics, first pages translated."""
    from django.db import transaction
    from wagtail.models import Locale

    from home.models import ContentPage, NewsIndexPage, NewsPage
    from tests.factories import make_municipality, root_page

    municipality = make_municipality("Benchstadt", "benchstadt", ["de", "en"])
    root_page(municipality, "en").save_revision().publish()
    root = root_page(municipality, "de")
    body = [("heading", "Überblick"), ("paragraph", "<p>Was Neuzugewanderte wissen müssen. " * 5 + "</p>")]
    topics = 25
    made = 0
    with transaction.atomic():
        parents = []
        for number in range(topics):
            page = ContentPage(title=f"Thema {number}", intro="Kurz gesagt.", body=body, locale=root.locale, live=True)
            root.add_child(instance=page)
            parents.append(page)
            made += 1
        number = 0
        while made < count:
            parent = parents[number % topics]
            page = ContentPage(title=f"Unterthema {number}", body=body, locale=root.locale, live=True)
            parent.add_child(instance=page)
            made += 1
            number += 1
        for page in ContentPage.objects.descendant_of(root):
            page.save_revision().publish()
        english = Locale.objects.get(language_code="en")
        for page in parents[:5]:
            page.copy_for_translation(english).save_revision().publish()
        index = NewsIndexPage(title="Neuigkeiten", slug="neuigkeiten", locale=root.locale)
        root.add_child(instance=index)
        index.save_revision().publish()
        for number in range(30):
            item = NewsPage(title=f"Nachricht {number}", text="<p>Neu.</p>", locale=root.locale)
            index.add_child(instance=item)
            item.save_revision().publish()
    return municipality


ENDPOINTS = [
    "/api/v3/regions/",
    "/api/v3/regions/benchstadt/",
    "/api/v3/benchstadt/de/pages/",
    "/api/v3/benchstadt/de/children/?depth=1",
    "/api/v3/benchstadt/de/page/?url=/benchstadt/de/thema-3/",
    "/api/v3/benchstadt/de/parents/?url=unterthema-300",
    "/api/v3/benchstadt/de/news/",
    "/api/v3/benchstadt/de/search/?q=Unterthema",
    "/api/municipalities/benchstadt/de/pages/?limit=500",
    "/api/municipalities/benchstadt/de/pages/?limit=500&fields=id,title,content",
    "/api/municipalities/benchstadt/de/tree/",
]


def measure(repeat):
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    client = Client()
    print(f"{'endpoint':<72} {'cold ms':>8} {'warm med':>9} {'warm max':>9} {'queries':>8} {'KiB':>7} {'items':>6}")
    for url in ENDPOINTS:
        cache.clear()
        executed.clear()
        with connection.execute_wrapper(count):
            started = time.perf_counter()
            response = client.get(url)
            cold = (time.perf_counter() - started) * 1000
        queries = list(executed)
        assert response.status_code == 200, (url, response.status_code, response.content[:200])
        data = response.json()
        items = len(data) if isinstance(data, list) else len(data["results"]) if "results" in data else 1
        warm = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(url)
            warm.append((time.perf_counter() - started) * 1000)
        print(
            f"{url:<72} {cold:8.1f} {statistics.median(warm):9.1f} {max(warm):9.1f} "
            f"{len(queries):8d} {len(response.content) / 1024:7.1f} {items:6d}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="integreat-bench-") as tmp:
        setup_django(tmp)
        from django.test.utils import setup_test_environment

        setup_test_environment()
        started = time.perf_counter()
        seed(args.pages)
        print(f"Seeded {args.pages} pages in {time.perf_counter() - started:.1f} s\n")
        from django.db import transaction

        with transaction.atomic():  # keeps one connection open, so queries can be counted
            measure(args.repeat)


if __name__ == "__main__":
    main()
