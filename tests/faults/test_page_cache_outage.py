"""The full-page cache with Redis cut or hung: pages are rendered (200, no X-Cache), fast, and the
cache is used again once Redis answers."""

import time

import pytest

from integreat_wagtail.core.cache import breaker
from tests.factories import add_content_page, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_url(municipality, settings):
    settings.PAGE_CACHE_SECONDS = 300
    return add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung").url


@pytest.mark.parametrize("fault", ["drop", "stall"])
def test_pages_are_rendered_while_the_cache_is_down(client, page_url, redis_proxy, fault):
    started = time.monotonic()
    assert client.get(page_url)["X-Cache"] == "MISS"
    render = time.monotonic() - started  # one render on this machine, whatever its load
    assert client.get(page_url)["X-Cache"] == "HIT"
    getattr(redis_proxy, fault)()
    started = time.monotonic()
    responses = [client.get(page_url) for _ in range(3)]
    assert [(r.status_code, r.get("X-Cache")) for r in responses] == [(200, None)] * 3
    assert "Anmeldung" in responses[-1].content.decode()
    assert time.monotonic() - started < 3 * render + 1.5  # one wait for Redis at most, then the breaker


def test_hits_again_after_the_outage(client, page_url, redis_proxy):
    redis_proxy.drop()
    assert client.get(page_url).get("X-Cache") is None
    redis_proxy.forward()
    breaker.reset()  # instead of waiting RETRY_AFTER seconds
    assert [client.get(page_url)["X-Cache"] for _ in range(2)] == ["MISS", "HIT"]
