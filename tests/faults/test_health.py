"""/healthz answers without dependencies; /readyz checks each one and never waits long."""

import time

import pytest
from django.test import override_settings

from integreat_wagtail.core import health

pytestmark = pytest.mark.django_db


def test_healthz_needs_no_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_reports_every_component(client):
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    assert response.json()["components"] == {"database": "ok", "cache": "ok", "search": "ok", "storage": "ok"}


@override_settings(CACHES={"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0",
                                       "OPTIONS": {"IGNORE_EXCEPTIONS": True}}})
def test_readyz_reports_a_broken_cache_with_503(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["components"]["cache"] == "error"
    assert response.json()["components"]["database"] == "ok"


def test_a_hung_check_becomes_a_timeout_within_two_seconds():
    started = time.monotonic()
    results = health.run_checks({"hung": lambda: time.sleep(1), "fine": lambda: None}, timeout=0.3)
    assert results == {"hung": "timeout", "fine": "ok"}
    assert time.monotonic() - started < 0.9
