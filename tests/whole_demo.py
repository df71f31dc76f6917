"""The whole demo (`manage.py load_demo`) for the tests that need all of it, loaded once per test run.

Loading it takes minutes, so the first test that asks (on any xdist worker) loads it for real and
keeps a copy of the committed SQLite database; later tests copy that back into their own test
database (SQLite's backup API, a second). On PostgreSQL (where CI skips these tests) each test loads
it. The copy lives in the run's own temporary directory: nothing outlives the run.
"""

import io
import sqlite3
from contextlib import closing

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from filelock import FileLock


def forget_cached_rows():
    """Content type ids and cached site roots of the database that was there before."""
    ContentType.objects.clear_cache()
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def whole_demo(live_db, tmp_path_factory):
    if connection.vendor != "sqlite":
        call_command("load_demo", stdout=io.StringIO())
        return
    shared = tmp_path_factory.getbasetemp().parent  # the same directory for every xdist worker
    snapshot = shared / "whole-demo.sqlite3"
    connection.ensure_connection()
    with FileLock(str(shared / "whole-demo.lock")):
        if snapshot.exists():
            with closing(sqlite3.connect(snapshot)) as source:
                source.backup(connection.connection)
            forget_cached_rows()
        else:
            call_command("load_demo", stdout=io.StringIO())
            with closing(sqlite3.connect(snapshot)) as target:
                connection.connection.backup(target)
    yield
    forget_cached_rows()
