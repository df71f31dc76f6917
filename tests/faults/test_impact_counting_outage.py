"""Counting reads with Redis cut or hung: pages are still served, fast, and still counted, because
the counters wait in the worker's memory and never touch the cache (impact/counting.py)."""

import time

import pytest

from integreat_wagtail.impact import counting
from integreat_wagtail.impact.models import ReadCount
from tests.factories import add_content_page, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(municipality, settings):
    settings.PAGE_CACHE_SECONDS = 300
    counting.take()
    yield add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    counting.take()


@pytest.mark.parametrize("fault", ["drop", "stall"])
def test_reads_are_served_and_counted_while_the_cache_is_down(client, page, redis_proxy, fault):
    client.defaults["HTTP_USER_AGENT"] = "Mozilla/5.0 Firefox/133.0"
    assert client.get(page.url)["X-Cache"] == "MISS"
    assert client.get(page.url)["X-Cache"] == "HIT"
    getattr(redis_proxy, fault)()
    started = time.monotonic()
    responses = [client.get(page.url) for _ in range(3)]
    assert [(response.status_code, response.get("X-Cache")) for response in responses] == [(200, None)] * 3
    assert time.monotonic() - started < 10
    counting.flush()
    assert ReadCount.objects.get(page=page).views == 5
