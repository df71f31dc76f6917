"""Liveness and readiness for load balancers and orchestrators.

`/healthz` says only that this process answers (no database, no cache: a worker that is fine
must not be restarted because PostgreSQL is down). `/readyz` checks every dependency in its own
thread and waits at most CHECK_TIMEOUT for all of them together, so a hung server makes it
answer 503 in time instead of blocking; the answer names each component.
"""

import logging
import uuid
from concurrent.futures import ThreadPoolExecutor, wait

from django.core.cache import cache
from django.core.files.storage import storages
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .cache import breaker
from .storage import private_storage

logger = logging.getLogger(__name__)

CHECK_TIMEOUT = 1.5  # seconds for all checks together; the answer stays below 2 s
_executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="readyz")


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def check_database():
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    finally:
        connection.close()  # the thread's own connection; the pool thread may never run again


def check_cache():
    if breaker.is_open:
        raise ConnectionError("Redis failed recently (circuit breaker open)")
    key = f"readyz:{uuid.uuid4().hex}"
    # The Redis cache ignores its errors (core/cache.py): a lost value is how an outage shows.
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise ConnectionError("the cache did not return a value just stored")
    cache.delete(key)


def check_search():
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    try:
        list(get_search_backend().search("readyz", Page.objects.all())[:1])
    finally:
        connections["default"].close()


def check_storage():
    for storage in (storages["default"], private_storage()):
        storage.exists("readyz-probe")


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search, "storage": check_storage}


def run_checks(checks, timeout=CHECK_TIMEOUT):
    """{name: "ok" | "timeout" | "error"}, at most `timeout` seconds after the start."""
    futures = {name: _executor.submit(check) for name, check in checks.items()}
    wait(futures.values(), timeout=timeout)
    results = {}
    for name, future in futures.items():
        if not future.done():
            logger.error("Readiness check %s: no answer within %ss", name, timeout)
            results[name] = "timeout"
        elif future.exception() is not None:
            logger.error("Readiness check %s failed: %s", name, future.exception())
            results[name] = "error"
        else:
            results[name] = "ok"
    return results


@never_cache
def readyz(request):
    components = run_checks(CHECKS)
    ready = all(state == "ok" for state in components.values())
    body = {"status": "ok" if ready else "unavailable", "components": components, "cache_breaker": breaker.status()}
    return JsonResponse(body, status=200 if ready else 503)
