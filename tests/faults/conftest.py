import pytest
from django.core.cache import caches
from django.test import override_settings

from integreat_wagtail.core.cache import breaker, redis_cache

from .proxy import FaultProxy

REDIS_PORT = 6379
POSTGRES_PORT = 5432


@pytest.fixture
def redis_proxy():
    """The default cache is the real Redis, reached through a proxy the test can cut or hang."""
    proxy = FaultProxy(REDIS_PORT)
    breaker.reset()
    settings = {"default": redis_cache(f"redis://127.0.0.1:{proxy.port}/9", "faults", 0.5, 0.5)}
    with override_settings(CACHES=settings):
        caches["default"].clear()
        yield proxy
        caches["default"].close()
    proxy.close()
    breaker.reset()
