"""Operations: production settings, demo safety (health checks: tests/faults/test_health.py)."""

import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings


@override_settings(INTEGREAT_DEMO=False)
def test_load_demo_refuses_production(db):
    with pytest.raises(CommandError, match="never in production"):
        call_command("load_demo")


def _production_check(**env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "integreat_wagtail.settings.production", **env}
    environment.pop("SECRET_KEY", None) if "SECRET_KEY" not in env else None
    return subprocess.run([sys.executable, "manage.py", "check"], env=environment, capture_output=True, text=True)


def test_production_settings_refuse_the_default_secret_key():
    result = _production_check(ALLOWED_HOSTS="example.org")
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_production_settings_need_allowed_hosts():
    result = _production_check(SECRET_KEY="x" * 50, ALLOWED_HOSTS="")
    assert result.returncode != 0 and "ALLOWED_HOSTS" in result.stderr


def test_redis_cache_is_used_when_configured(db):
    """Real Redis on 127.0.0.1:6379 (CI machines run it): the cache round-trips through it."""
    from django.core.cache import caches
    from django.test.utils import override_settings as override

    with override(CACHES={"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:6379/5"}}):
        cache = caches.create_connection("default")
        cache.set("integreat-test", "value", 5)
        assert cache.get("integreat-test") == "value"


def test_nul_characters_are_refused_with_400(client, db):
    assert client.get("/api/municipalities/", {"q": "a\x00b"}).status_code == 400
    assert client.get("/de/?q=%00").status_code == 400
