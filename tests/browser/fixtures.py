"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against pytest-django's live
server. Loaded for the whole suite (root conftest), so plugins' browser tests share one browser per
worker: a second sync Playwright in the same process refuses to start inside the first one's loop."""

import os
import threading
from pathlib import Path

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from pytest_django.live_server_helper import LiveServer

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Written on every run, so git-ignored; reference pictures are copied to screenshots/ on purpose.
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR", Path(__file__).resolve().parents[2] / "var" / "screenshots"))
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}


class OneRequestAtATime(ThreadedWSGIServer):
    """The live server's request threads share the test's in-memory SQLite connection with each other
    (and with the test). Django's transaction state on one connection is not thread-safe: two requests
    entering `atomic` at once can leave it outside autocommit for every later test. Connections are
    still accepted in threads (keep-alive works); the application runs for one request at a time."""

    def set_app(self, application):
        lock = threading.Lock()

        def one_at_a_time(environ, start_response):
            with lock:
                return application(environ, start_response)

        super().set_app(one_at_a_time)


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, serving one request at a time (see OneRequestAtATime)."""
    addr = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    server = LiveServer(addr, start=False)
    server.thread.server_class = OneRequestAtATime
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """Started after the test database exists: Playwright's event loop must not be running when
    Django sets up (and serializes) the database connection."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    from django.db import connections

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
    originals = {connection.alias: connection for connection in connections.all()}
    with sync_playwright() as playwright:
        # Entering Playwright gives this thread fresh Django connection objects, without what Django
        # serialized at setup for transactional tests to restore (tree root, locales, permissions).
        # Hand the originals back the way Django's LiveServerThread hands its connections on.
        for alias, connection in originals.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A fresh phone-sized browser context (own cache, cookies and service workers)."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, locale="de-DE")
    yield context
    context.close()


@pytest.fixture
def live_db(transactional_db, django_db_serialized_rollback):
    """Committed data the live server can see. Serialized rollback restores what migrations created
    (tree root, root collection, locales, permissions), which a transactional test's flush deletes."""


@pytest.fixture
def open_page(phone, live_server):
    def go(path):
        page = phone.new_page()
        response = page.goto(live_server.url + path)
        assert response.status < 500, path
        return page

    return go


def screenshot(target, name):
    """The whole page, or one section of it when `target` is a locator."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    options = {"full_page": True} if hasattr(target, "goto") else {}
    target.screenshot(path=str(SCREENSHOTS / f"{name}.png"), **options)


def admin_login(context, base_url, username, password="pw"):
    """A new tab of `context`, logged in through the admin's real login form, on the dashboard."""
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form [type=submit]").first.click()
    page.wait_for_url(f"{base_url}/admin/")
    return page
