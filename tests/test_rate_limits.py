"""The one rate limiter (django-ratelimit) and the one client address (trusted proxies)."""

import logging

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from integreat_wagtail.core.rate_limits import client_address, client_key, rate_limited

factory = RequestFactory()


def request_from(address, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return factory.post("/", REMOTE_ADDR=address, **headers)


@pytest.fixture(autouse=True)
def empty_cache():
    caches["default"].clear()


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    settings.INTEGREAT_TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # what the client wrote itself is skipped
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.2", "198.51.100.1"),  # the right-most untrusted hop
        (2, " 198.51.100.1 ,10.0.0.2", "198.51.100.1"),
        (2, "198.51.100.1", "10.0.0.1"),  # fewer hops than proxies: not through them, the peer counts
        (1, "", "10.0.0.1"),
    ],
)
def test_behind_trusted_proxies_the_client_is_counted_from_the_right(settings, proxies, forwarded, expected):
    settings.INTEGREAT_TRUSTED_PROXY_COUNT = proxies
    assert client_address(request_from("10.0.0.1", forwarded)) == expected


def test_rate_limit_per_client_without_storing_address(settings):
    settings.INTEGREAT_RATE_LIMITS = {"test": (3, 60)}
    first, second = request_from("203.0.113.7"), request_from("203.0.113.8")
    assert [rate_limited(first, "test") for _ in range(4)] == [False, False, False, True]
    assert not rate_limited(second, "test")
    assert "203.0.113.7" not in client_key("test", first)
    stored = caches["default"]._cache  # LocMemCache: the keys the limiter wrote
    assert stored and not any("203.0.113.7" in key for key in stored)


def test_scopes_count_separately(settings):
    settings.INTEGREAT_RATE_LIMITS = {"one": (1, 60), "two": (1, 60)}
    request = request_from("203.0.113.7")
    assert not rate_limited(request, "one") and rate_limited(request, "one")
    assert not rate_limited(request, "two")


def test_rate_limit_behind_trusted_proxy(settings):
    settings.INTEGREAT_RATE_LIMITS = {"proxy": (1, 60)}
    settings.INTEGREAT_TRUSTED_PROXY_COUNT = 1
    one, two = request_from("10.0.0.1", "198.51.100.1"), request_from("10.0.0.1", "198.51.100.2")
    assert not rate_limited(one, "proxy") and not rate_limited(two, "proxy")
    assert rate_limited(one, "proxy")


def test_a_failing_cache_lets_the_request_through_and_logs(settings, monkeypatch, caplog):
    settings.INTEGREAT_RATE_LIMITS = {"down": (1, 60)}

    def refuse(*args, **kwargs):
        raise ConnectionError("cache is down")

    monkeypatch.setattr(caches["default"], "add", refuse)
    monkeypatch.setattr(caches["default"], "incr", refuse)
    request = request_from("203.0.113.7")
    with caplog.at_level(logging.ERROR, logger="integreat_wagtail.core.rate_limits"):
        assert [rate_limited(request, "down") for _ in range(3)] == [False, False, False]
    assert "the cache failed" in caplog.text


def test_a_cache_that_answers_nothing_lets_the_request_through(settings, monkeypatch):
    """Redis with IGNORE_EXCEPTIONS answers None instead of raising: fail open too."""
    settings.INTEGREAT_RATE_LIMITS = {"silent": (1, 60)}
    monkeypatch.setattr(caches["default"], "add", lambda *args, **kwargs: False)
    monkeypatch.setattr(caches["default"], "incr", lambda *args, **kwargs: None)
    request = request_from("203.0.113.7")
    assert [rate_limited(request, "silent") for _ in range(3)] == [False, False, False]
