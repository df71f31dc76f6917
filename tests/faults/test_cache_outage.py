"""Redis cut or hung behind a real TCP proxy: the public site keeps answering, uncached and fast."""

import time

import pytest
from django.core.cache import cache

from integreat_wagtail.core.cache import breaker
from integreat_wagtail.feedback.models import Feedback
from tests.factories import add_content_page, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_urls(municipality):
    root = root_page(municipality)
    page = add_content_page(root, title="Anmeldung", slug="anmeldung")
    return [root.url, page.url, "/api/v3/aachtal/de/pages/", "/de/aachtal/search/?q=Anmeldung"]


def get_all(client, urls):
    started = time.monotonic()
    statuses = [client.get(url).status_code for url in urls]
    return statuses, time.monotonic() - started


def test_the_cache_really_goes_through_the_proxy(redis_proxy):
    cache.set("probe", "value", 30)
    assert cache.get("probe") == "value"
    redis_proxy.drop()
    assert cache.get("probe") is None  # unreachable now: a miss, not an exception


@pytest.mark.parametrize("fault", ["drop", "stall"])
def test_pages_are_served_without_the_cache(client, page_urls, redis_proxy, fault):
    assert get_all(client, page_urls)[0] == [200] * len(page_urls)
    getattr(redis_proxy, fault)()
    for _ in range(3):
        statuses, seconds = get_all(client, page_urls)
        assert statuses == [200] * len(page_urls)
        assert seconds < 2
    assert breaker.status()["failures"] >= 1  # counted (and logged)


def test_the_cache_is_used_again_after_the_outage(client, page_urls, redis_proxy):
    redis_proxy.drop()
    client.get(page_urls[0])
    redis_proxy.forward()
    breaker.reset()  # instead of waiting RETRY_AFTER seconds
    cache.set("probe", "back", 30)
    assert cache.get("probe") == "back"


@pytest.mark.parametrize("fault", ["drop", "stall"])
def test_public_writes_are_accepted_without_the_cache(client, municipality, redis_proxy, fault):
    """The rate limiter counts in the cache: without it, writes go through unlimited (logged) —
    a reader's feedback is never lost to an outage."""
    url = "/api/v3/aachtal/de/feedback/categories/"
    assert client.post(url, {"rating": "up"}).status_code == 201
    getattr(redis_proxy, fault)()
    started = time.monotonic()
    statuses = [client.post(url, {"rating": "up"}).status_code for _ in range(3)]
    assert statuses == [201, 201, 201]
    assert time.monotonic() - started < 2
    assert Feedback.objects.count() == 4
