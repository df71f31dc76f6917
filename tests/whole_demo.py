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
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from filelock import FileLock


def clear_caches():
    """What the cache framework holds of the database that was there before (site roots, page
    generations). The ContentType cache stays: the copy comes from a test database of this run,
    with the same content type ids, and a cold one would make the next transactional test's restore
    create content types anew under other ids."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def whole_demo(live_db, tmp_path_factory, worker_id):
    if connection.vendor == "sqlite":
        # This run's own directory: with xdist, the parent of the workers' ones.
        shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
        load_or_copy(shared)
    else:
        call_command("load_demo", stdout=io.StringIO())
    yield
    clear_caches()  # the demo's site roots and page generations


def load_or_copy(shared):
    """Load the demo and keep a copy in `shared`, or copy the kept one in (one test at a time)."""
    snapshot = shared / "whole-demo.sqlite3"
    connection.ensure_connection()
    with FileLock(str(shared / "whole-demo.lock")):
        if snapshot.exists():
            with closing(sqlite3.connect(snapshot)) as source:
                source.backup(connection.connection)
            clear_caches()
        else:
            call_command("load_demo", stdout=io.StringIO())
            with closing(sqlite3.connect(snapshot)) as target:
                connection.connection.backup(target)
