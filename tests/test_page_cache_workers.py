"""A published change reaches readers through every worker (issue 17), proved from outside: the whole
demo served by gunicorn with two worker processes and the page cache in the real Redis, the change
published by another process (as an editor's request would be), and readers asking in parallel."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest
from django.db import connection
from redis import Redis

ROOT = Path(__file__).resolve().parent.parent
PAGE = "/de/erlenhausen/ankommen/"
PUBLISH = """
import django; django.setup()
from home.models import ContentPage
page = ContentPage.objects.get(url_path__endswith="/erlenhausen/ankommen/", locale__language_code="de")
page.intro = "Neu: das Bürgerbüro öffnet samstags."
page.save_revision().publish()
"""

pytestmark = pytest.mark.whole_demo


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers.get("X-Cache"), response.read().decode()


def read_in_parallel(url, times):
    """`times` requests from four readers at once, so both workers answer some of them."""
    with ThreadPoolExecutor(4) as readers:
        return list(readers.map(read, [url] * times))


@pytest.fixture
def server(whole_demo, tmp_path):
    """gunicorn with 2 workers on a copy of the demo, the page cache in Redis under a prefix of its own."""
    if connection.vendor != "sqlite":
        pytest.skip("the demo copy is an SQLite file")
    database = tmp_path / "demo.sqlite3"
    with closing(sqlite3.connect(database)) as target:
        connection.connection.backup(target)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "integreat_wagtail.settings.test",
           "DATABASE_URL": f"sqlite:///{database}", "REDIS_URL": "redis://127.0.0.1:6379/7",
           "CACHE_KEY_PREFIX": f"workers-{uuid.uuid4().hex}", "INTEGREAT_PAGE_CACHE_SECONDS": "300",
           "INTEGREAT_VAR_DIR": str(tmp_path)}
    env.pop("CACHE_URL", None)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "integreat_wagtail.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=(tmp_path / "gunicorn.log").open("w"),
    )
    url = f"http://127.0.0.1:{port}{PAGE}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                read(url)
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, (tmp_path / "gunicorn.log").read_text()
                time.sleep(0.2)
        yield url, env
    finally:
        process.terminate()
        process.wait(30)
        redis = Redis.from_url(env["REDIS_URL"])
        for key in redis.scan_iter(f"{env['CACHE_KEY_PREFIX']}:*"):  # generations never expire by themselves
            redis.delete(key)
        redis.close()


def test_a_published_change_is_served_by_every_worker_on_the_next_request(server):
    url, env = server
    before = read_in_parallel(url, 20)
    assert "HIT" in {cache for cache, _html in before}  # the workers serve it from the shared cache
    assert not any("samstags" in html for _cache, html in before)

    published = subprocess.run([sys.executable, "-c", PUBLISH], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert published.returncode == 0, published.stderr[-2000:]

    after = read_in_parallel(url, 40)
    assert all("Neu: das Bürgerbüro öffnet samstags." in html for _cache, html in after)
    assert {cache for cache, _html in after} == {"MISS", "HIT"}  # rendered once more, then cached again
