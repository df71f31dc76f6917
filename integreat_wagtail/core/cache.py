"""Redis as a cache that may fail: an outage makes pages slower, never broken.

django-redis answers "no value" instead of raising (`IGNORE_EXCEPTIONS`, set in settings), and
the connection class below is a circuit breaker: after Redis failed once (refused, reset, or no
answer within the socket timeout), every worker skips it for `RETRY_AFTER` seconds instead of
waiting for the timeout again on every cache call of every request. Skipped and failed calls are
counted and logged (once per outage, then every `LOG_EVERY`), and `/readyz` reports the state.
"""

import logging
import threading
import time

from redis.connection import Connection, SSLConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("integreat_wagtail.cache")

RETRY_AFTER = 5.0
LOG_EVERY = 100


class CacheBreaker:
    """Per-process state of the cache connection: open (skip Redis) until `retry_at`."""

    def __init__(self):
        self._lock = threading.Lock()
        self.retry_at = 0.0
        self.failures = 0
        self.skipped = 0

    @property
    def is_open(self):
        return time.monotonic() < self.retry_at

    def check(self):
        """Raise at once while the breaker is open, as a refused connection would after a timeout."""
        if self.is_open:
            with self._lock:
                self.skipped += 1
                skipped = self.skipped
            if skipped % LOG_EVERY == 0:
                logger.warning("Cache unavailable: %s cache calls served without it so far", skipped)
            raise RedisConnectionError("Cache skipped: Redis failed recently (circuit breaker open).")

    def trip(self, error):
        with self._lock:
            first = not self.is_open
            self.failures += 1
            self.retry_at = time.monotonic() + RETRY_AFTER
            failures = self.failures
        if first:
            logger.error("Cache unavailable, serving without it for %ss (failure %s): %s", RETRY_AFTER, failures, error)

    def reset(self):
        with self._lock:
            self.retry_at = 0.0

    def status(self):
        return {"open": self.is_open, "failures": self.failures, "skipped": self.skipped}


breaker = CacheBreaker()


class BreakerMixin:
    def connect_check_health(self, *args, **kwargs):
        breaker.check()
        try:
            return super().connect_check_health(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            breaker.trip(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            breaker.trip(error)
            raise


class GuardedConnection(BreakerMixin, Connection):
    pass


class GuardedSSLConnection(BreakerMixin, SSLConnection):
    pass


def redis_cache(url, key_prefix, connect_timeout, read_timeout):
    """The CACHES entry for Redis at `url`: exceptions ignored, short timeouts, the breaker."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": connect_timeout,
            "SOCKET_TIMEOUT": read_timeout,
            "CONNECTION_POOL_KWARGS": {
                "connection_class": GuardedSSLConnection if url.startswith("rediss://") else GuardedConnection,
            },
        },
    }
