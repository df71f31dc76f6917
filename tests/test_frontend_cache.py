"""Purging the CDN in front of the site (core/cdn.py, settings/frontend_cache.py) against a real
HTTP server on 127.0.0.1 standing in for Varnish: it records every PURGE it receives."""

import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from integreat_wagtail.core import cdn, cdn_backends
from integreat_wagtail.settings.frontend_cache import frontend_cache_backends
from plugins.events.models import EventFeed
from tests.factories import add_content_page, make_municipality, root_page

HTTP_BACKEND = "integreat_wagtail.core.cdn_backends.TimedHTTPBackend"


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (http.server's naming)
        self.server.received.append(("PURGE", self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    """A recording PURGE server configured as the HTTPBackend; yields the list of (method, host, path)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": f"http://127.0.0.1:{server.server_port}"}}
    yield server.received
    server.shutdown()
    server.server_close()


def changed(callback, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        callback()


def paths(received):
    return {path for _method, _host, path in received}


@pytest.fixture
def page(municipality):
    return add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")


def test_publishing_purges_the_page_its_home_its_translations_and_the_api(proxy, page, django_capture_on_commit_callbacks):
    page.title = "Anmeldung neu"
    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    purged = paths(proxy)
    assert {method for method, _host, _path in proxy} == {"PURGE"}
    assert {"/de/aachtal/anmeldung/", "/de/aachtal/", "/en/aachtal/", "/ar/aachtal/", "/aachtal/"} <= purged
    assert {"/de/aachtal/locations/", "/sitemap-aachtal.xml"} <= purged  # the sitemap's sub-routes too
    for code in ("de", "en", "ar"):
        assert {f"/api/v3/aachtal/{code}/pages/", f"/api/v3/aachtal/{code}/children/", f"/api/v3/aachtal/{code}/news",
                f"/api/v3/aachtal/{code}/news/", f"/api/v3/aachtal/{code}/events/",
                f"/api/municipalities/aachtal/{code}/tree/"} <= purged
    assert {"/api/v3/regions/aachtal/", "/api/v3/aachtal/languages/"} <= purged
    assert {host for _method, host, _path in proxy} == {"localhost"}  # the page's own host, as readers reach it


def test_a_published_translation_is_purged_in_its_language(proxy, municipality, page, django_capture_on_commit_callbacks):
    english = page.copy_for_translation(municipality.pages.get(locale__language_code="en").locale)
    changed(lambda: english.save_revision().publish(), django_capture_on_commit_callbacks)
    assert "/en/aachtal/anmeldung/" in paths(proxy)


def test_an_unpublished_page_is_purged_although_no_longer_live(proxy, page, django_capture_on_commit_callbacks):
    changed(page.unpublish, django_capture_on_commit_callbacks)
    assert {"/de/aachtal/anmeldung/", "/de/aachtal/", "/api/v3/aachtal/de/pages/"} <= paths(proxy)


def test_a_deleted_page_is_purged(proxy, page, django_capture_on_commit_callbacks):
    changed(page.delete, django_capture_on_commit_callbacks)
    assert {"/de/aachtal/anmeldung/", "/api/v3/aachtal/de/pages/"} <= paths(proxy)


def test_a_moved_page_is_purged_where_it_was_with_its_subtree(proxy, page, django_capture_on_commit_callbacks):
    add_content_page(page, title="Termine", slug="termine")
    target = add_content_page(root_page(page.municipality), title="Ankommen", slug="ankommen")
    proxy.clear()
    changed(lambda: Page.objects.get(pk=page.pk).move(target, pos="last-child"), django_capture_on_commit_callbacks)
    purged = paths(proxy)
    assert {"/de/aachtal/anmeldung/", "/de/aachtal/anmeldung/termine/"} <= purged  # where readers had them
    assert {"/de/aachtal/ankommen/anmeldung/", "/de/aachtal/ankommen/anmeldung/termine/"} <= purged  # and now


def test_a_plugin_row_purges_its_municipality_only(proxy, page, other_municipality, django_capture_on_commit_callbacks):
    feed = EventFeed(municipality=page.municipality, name="VHS", url="https://example.org/vhs.ics")
    proxy.clear()  # making Birkenau purged it
    changed(feed.save, django_capture_on_commit_callbacks)
    purged = paths(proxy)
    assert {"/de/aachtal/", "/de/aachtal/anmeldung/", "/api/v3/aachtal/de/events/"} <= purged
    assert not [path for path in purged if "birkenau" in path]


def test_a_municipality_with_its_own_domain_is_purged_there(db, proxy, settings, django_capture_on_commit_callbacks):
    settings.ALLOWED_HOSTS = ["*"]
    municipality = make_municipality("Ahorn", "ahorn", ["de"], hostname="www.ahorn.example")
    page = add_content_page(root_page(municipality), title="Arbeit", slug="arbeit")
    proxy.clear()
    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    assert ("PURGE", "www.ahorn.example", "/de/arbeit/") in proxy
    assert ("PURGE", "localhost", "/api/v3/ahorn/de/pages/") in proxy


def test_municipality_settings_purge_it_and_the_landing_page(proxy, municipality, django_capture_on_commit_callbacks):
    changed(municipality.save, django_capture_on_commit_callbacks)
    assert {"/de/aachtal/", "/", "/api/v3/regions/", "/sitemap.xml"} <= paths(proxy)


def test_platform_wide_changes_purge_every_start_page_not_every_page(proxy, page, other_municipality):
    urls = cdn.scope_urls("all")
    assert {"http://localhost/de/aachtal/", "http://localhost/uk/birkenau/", "http://localhost/api/v3/birkenau/uk/pages/",
            "http://localhost/api/v3/regions/"} <= urls
    assert "http://localhost/de/aachtal/anmeldung/" not in urls


def test_nothing_is_sent_or_queued_without_a_cdn(proxy, settings, page, monkeypatch, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    proxy.clear()  # what making the municipality and its page purged
    queued = []

    class Recorder:
        def enqueue(self, *args):
            queued.append(args)

    monkeypatch.setattr(cdn, "purge_scopes_task", Recorder())
    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    changed(page.unpublish, django_capture_on_commit_callbacks)
    assert (proxy, queued) == ([], [])


def test_a_cdn_that_is_down_never_breaks_publishing(settings, page, caplog, django_capture_on_commit_callbacks):
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": f"http://127.0.0.1:{port}"}}
    page.title = "Anmeldung neu"
    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert page.title == "Anmeldung neu" and page.live
    assert "Couldn't purge" in caplog.text


def test_a_cdn_that_hangs_costs_one_timeout_not_one_per_url(settings, page, caplog, monkeypatch,
                                                         django_capture_on_commit_callbacks):
    """A proxy that accepts connections and never answers: the first PURGE runs out of time, the rest
    of the batch is given up, and the publish goes through."""
    monkeypatch.setattr(cdn_backends, "PURGE_TIMEOUT", 0.3)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)  # the kernel completes connections; nobody ever reads or answers
        settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": f"http://127.0.0.1:{silent.getsockname()[1]}"}}
        page.title = "Anmeldung neu"
        started = time.monotonic()
        changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
        elapsed = time.monotonic() - started
    page.refresh_from_db()
    assert page.title == "Anmeldung neu" and page.live
    assert "does not answer; the rest of this purge is given up" in caplog.text
    assert elapsed < 3  # dozens of URLs: without giving up, 0.3 s each (and without a limit, for ever)


def test_a_failing_purge_is_logged_not_raised(proxy, page, monkeypatch, caplog, django_capture_on_commit_callbacks):
    def broken(urls):
        raise RuntimeError("CDN API answered nonsense")

    monkeypatch.setattr(cdn, "purge_urls_from_cache", broken)
    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    assert "Purging the frontend cache failed for aachtal" in caplog.text


@pytest.mark.parametrize("public_base_url", ["", "https://integreat.example.org"])
def test_listing_a_municipalitys_urls_does_not_query_per_page(proxy, municipality, settings, public_base_url):
    settings.INTEGREAT_PUBLIC_BASE_URL = public_base_url
    root = root_page(municipality)

    def queries():
        with CaptureQueriesContext(connection) as context:
            cdn.scope_urls("aachtal")
        return len(context)

    add_content_page(root, slug="one")
    few = queries()
    for number in range(8):
        add_content_page(root, slug=f"more-{number}")
    assert queries() == few


def test_page_urls_are_the_public_ones(page, settings):
    settings.INTEGREAT_PUBLIC_BASE_URL = "https://integreat.example.org"
    assert page.full_url == "https://integreat.example.org/de/aachtal/anmeldung/"


# Environment ---------------------------------------------------------------------------------------


def test_no_cdn_by_default():
    assert frontend_cache_backends({}) == {}


def test_a_purge_url_is_the_http_backend():
    assert frontend_cache_backends({"FRONTEND_CACHE_PURGE_URL": "http://varnish:6081"}) == {
        "proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": "http://varnish:6081"}}


def test_cloudflare():
    assert frontend_cache_backends({"CLOUDFLARE_API_TOKEN": "tok", "CLOUDFLARE_ZONE_ID": "zone"}) == {"cloudflare": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend", "BEARER_TOKEN": "tok", "ZONEID": "zone"}}


def test_cloudfront():
    assert frontend_cache_backends({"CLOUDFRONT_DISTRIBUTION_ID": "E2ABC123"}) == {"cloudfront": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend", "DISTRIBUTION_ID": "E2ABC123"}}


def test_several_cdns_at_once():
    backends = frontend_cache_backends({"FRONTEND_CACHE_PURGE_URL": "https://cache:8443", "CLOUDFRONT_DISTRIBUTION_ID": "E1"})
    assert set(backends) == {"proxy", "cloudfront"}


@pytest.mark.parametrize(("environ", "message"), [
    ({"FRONTEND_CACHE_PURGE_URL": "varnish:6081"}, "FRONTEND_CACHE_PURGE_URL must be an http(s) URL"),
    ({"FRONTEND_CACHE_PURGE_URL": "ftp://varnish"}, "FRONTEND_CACHE_PURGE_URL must be an http(s) URL"),
    ({"CLOUDFLARE_API_TOKEN": "tok"}, "needs both CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID"),
    ({"CLOUDFLARE_ZONE_ID": "zone"}, "needs both CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID"),
    ({"CLOUDFRONT_DISTRIBUTION_ID": "E1 E2"}, "CLOUDFRONT_DISTRIBUTION_ID must be letters and digits"),
])
def test_bad_values_are_refused_clearly(environ, message):
    with pytest.raises(ImproperlyConfigured, match=re.escape(message)):
        frontend_cache_backends(environ)
