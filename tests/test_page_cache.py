"""The full-page cache (core/page_cache.py) on the real Redis (db 5): hits, every bypass, every
invalidating event, municipalities apart, and a hit that never touches the database."""

import uuid

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import override_settings
from django.urls import path
from django.views.decorators.cache import cache_control, never_cache
from wagtail.models import Page

from integreat_wagtail.core.cache import breaker, redis_cache
from integreat_wagtail.core.page_cache import scope_of
from integreat_wagtail.plugins.services import disable_plugin, enable_plugin
from plugins.events.models import EventCategory, EventFeed
from tests.factories import add_content_page, log_in, make_municipality, make_user, root_page

pytestmark = pytest.mark.django_db


def plain(request):
    return HttpResponse("plain")


def sets_cookie(request):
    response = HttpResponse("cookie")
    response.set_cookie("seen", "1")
    return response


def uses_csrf(request):
    return HttpResponse(f"form {get_token(request)}")


urlpatterns = [
    path("test-cache/plain/", plain),
    path("test-cache/cookie/", sets_cookie),
    path("test-cache/csrf/", uses_csrf),
    path("test-cache/private/", cache_control(private=True)(plain)),
    path("test-cache/no-store/", never_cache(plain)),
]


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The page cache on, in the real Redis (db 5), under a key prefix of its own for each test."""
    breaker.reset()
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {"default": redis_cache("redis://127.0.0.1:6379/5", f"test-{uuid.uuid4().hex}", 0.5, 0.5)}
    yield
    caches["default"].delete_pattern("*")
    caches["default"].close()


@pytest.fixture
def pages(municipality):
    root = root_page(municipality)
    page = add_content_page(root, title="Anmeldung", slug="anmeldung")
    return root, page


def x_cache(client, url, **headers):
    return client.get(url, headers=headers).get("X-Cache")


def changed(callback, django_capture_on_commit_callbacks):
    """Run a change the way a request would: committed, so invalidation runs."""
    with django_capture_on_commit_callbacks(execute=True):
        callback()


def test_second_request_is_a_hit_with_the_same_answer(client, pages):
    root, page = pages
    for url in (page.url, root.url, "/api/v3/aachtal/de/pages/", "/api/v3/regions/"):
        first = client.get(url)
        second = client.get(url)
        assert (first.status_code, first["X-Cache"], second["X-Cache"]) == (200, "MISS", "HIT"), url
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]
        assert second["ETag"] == first["ETag"]
        assert second["Content-Security-Policy"] == first["Content-Security-Policy"]  # stored with the page


def test_a_hit_runs_no_sql_query(client, pages, django_assert_num_queries):
    url = pages[1].url
    client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url)["X-Cache"] == "HIT"


def test_head_is_served_from_the_get_entry(client, pages):
    client.get(pages[1].url)
    assert client.head(pages[1].url)["X-Cache"] == "HIT"


def test_conditional_hit_answers_304(client, pages):
    etag = client.get(pages[1].url)["ETag"]
    response = client.get(pages[1].url, headers={"if-none-match": etag})
    assert (response.status_code, response["X-Cache"]) == (304, "HIT")


def test_keyed_by_compression_query_and_host(client, pages, settings):
    settings.ALLOWED_HOSTS = ["*"]
    url = pages[1].url
    plain_body = client.get(url).content
    gzipped = client.get(url, headers={"accept-encoding": "gzip"})
    assert (gzipped["X-Cache"], gzipped["Content-Encoding"]) == ("MISS", "gzip")
    again = client.get(url, headers={"accept-encoding": "gzip, br"})
    assert (again["X-Cache"], again["Content-Encoding"]) == ("HIT", "gzip")
    assert client.get(url).content == plain_body
    assert x_cache(client, url + "?a=1&b=2") == "MISS"
    assert x_cache(client, url + "?b=2&a=1&utm_source=newsletter") == "HIT"  # same parameters that matter
    assert x_cache(client, url, host="other.example") == "MISS"


def test_unprefixed_paths_are_keyed_by_the_readers_languages(client, pages):
    """Keyed by what the project's negotiation chooses from (core/negotiation.py), not by Django's
    pick: Django answers "ru" to both "ru,uk" and "ru,ar", where the platform answers uk or ar."""
    url = "/api/v3/regions/"
    assert x_cache(client, url, accept_language="de") == "MISS"
    assert x_cache(client, url, accept_language="ru,uk") == "MISS"
    assert x_cache(client, url, accept_language="ru,ar") == "MISS"
    assert x_cache(client, url, accept_language="ru, ar;q=0.9") == "HIT"


@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize("url", ["/test-cache/cookie/", "/test-cache/csrf/", "/test-cache/private/",
                                 "/test-cache/no-store/"])
def test_responses_that_are_personal_are_never_stored(client, url):
    assert x_cache(client, url) == "MISS"
    assert x_cache(client, url) == "MISS"


@override_settings(ROOT_URLCONF=__name__)
def test_the_contract_pages_above_rely_on(client):
    assert [x_cache(client, "/test-cache/plain/") for _ in range(2)] == ["MISS", "HIT"]


def test_post_and_errors_are_not_cached(client, pages):
    assert client.post(pages[1].url).get("X-Cache") is None
    assert [x_cache(client, "/de/aachtal/gibt-es-nicht/") for _ in range(2)] == ["MISS", "MISS"]


def test_logged_in_readers_and_sessions_bypass_the_cache(client, pages, municipality):
    url = pages[1].url
    client.get(url)
    make_user("aachtal-editor", municipality=municipality)
    log_in(client, "aachtal-editor", "pw")
    response = client.get(url)
    assert response.get("X-Cache") is None and response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_credentials_bypass_the_cache(client, pages):
    client.get(pages[1].url)
    assert client.get(pages[1].url, headers={"authorization": "Bearer x"}).get("X-Cache") is None


def test_search_is_never_cached(client, pages):
    url = "/de/aachtal/search/?q=Anmeldung"
    assert [client.get(url).get("X-Cache") for _ in range(2)] == [None, None]


def test_admin_and_previews_are_never_cached(admin_client, pages):
    page = pages[1]
    response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200 and response.get("X-Cache") is None


def test_a_published_change_is_on_the_next_request_from_any_worker(client, pages, django_capture_on_commit_callbacks):
    page = pages[1]
    client.get(page.url)
    page.title = "Anmeldung neu"

    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    caches["default"].close()  # another worker: a new connection, nothing in memory
    response = client.get(page.url)
    assert response["X-Cache"] == "MISS"
    assert "Anmeldung neu" in response.content.decode()


def test_unpublish_invalidates(client, pages, django_capture_on_commit_callbacks):
    page = pages[1]
    assert client.get(page.url).status_code == 200
    changed(lambda: page.unpublish(), django_capture_on_commit_callbacks)
    assert client.get(page.url).status_code == 404


def test_move_invalidates_both_municipalities(client, pages, other_municipality, django_capture_on_commit_callbacks):
    page = pages[1]
    other_root = root_page(other_municipality)
    other_url = other_root.url
    client.get(page.url)
    client.get(other_url)
    changed(lambda: Page.objects.get(pk=page.pk).move(other_root, pos="last-child"), django_capture_on_commit_callbacks)
    assert client.get(page.url).status_code == 301  # Wagtail's redirect to where the page is now
    assert x_cache(client, other_url) == "MISS"


def test_delete_invalidates(client, pages, django_capture_on_commit_callbacks):
    url = "/api/v3/aachtal/de/pages/"
    client.get(url)
    assert "Anmeldung" in client.get(url).content.decode()
    changed(lambda: Page.objects.get(pk=pages[1].pk).delete(), django_capture_on_commit_callbacks)
    response = client.get(url)
    assert response["X-Cache"] == "MISS" and "Anmeldung" not in response.content.decode()


def test_municipality_settings_invalidate_its_pages_and_the_landing_page(client, pages, municipality,
                                                                         django_capture_on_commit_callbacks):
    root = pages[0]
    for url in (root.url, "/api/v3/regions/"):
        client.get(url)
    municipality.contact_phone = "+49 30 1234567"
    changed(lambda: municipality.save(), django_capture_on_commit_callbacks)
    assert x_cache(client, root.url) == "MISS"
    assert x_cache(client, "/api/v3/regions/") == "MISS"


@pytest.mark.parametrize("switch", [enable_plugin, disable_plugin])
def test_plugin_switch_invalidates(client, pages, municipality, switch, django_capture_on_commit_callbacks):
    url = pages[0].url
    client.get(url)
    changed(lambda: switch(municipality, "events"), django_capture_on_commit_callbacks)
    assert x_cache(client, url) == "MISS"


def test_plugin_rows_invalidate_their_municipality_only(client, pages, other_municipality,
                                                        django_capture_on_commit_callbacks):
    """A plugin's own model (the core names none: any model of a plugin app counts)."""
    own, other = pages[0].url, root_page(other_municipality).url
    client.get(own)
    client.get(other)
    feed = EventFeed(municipality=pages[0].municipality, name="VHS", url="https://example.org/vhs.ics")
    changed(feed.save, django_capture_on_commit_callbacks)
    assert (x_cache(client, own), x_cache(client, other)) == ("MISS", "HIT")
    changed(feed.delete, django_capture_on_commit_callbacks)
    assert (x_cache(client, own), x_cache(client, other)) == ("MISS", "HIT")


def test_platform_wide_plugin_rows_invalidate_everything(client, pages, other_municipality,
                                                         django_capture_on_commit_callbacks):
    urls = [pages[0].url, root_page(other_municipality).url]
    for url in urls:
        client.get(url)
    category = EventCategory(name="Sprachcafé", locale=pages[0].locale)
    changed(category.save, django_capture_on_commit_callbacks)
    assert [x_cache(client, url) for url in urls] == ["MISS", "MISS"]


def test_municipalities_are_invalidated_apart(client, pages, other_municipality, django_capture_on_commit_callbacks):
    other_root = root_page(other_municipality)
    other_page = add_content_page(other_root, title="Wohnen", slug="wohnen")
    urls = [pages[1].url, other_page.url, "/api/v3/birkenau/de/pages/"]
    for url in urls:
        client.get(url)
    page = pages[1]
    page.title = "Anmeldung neu"
    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    assert [x_cache(client, url) for url in urls] == ["MISS", "HIT", "HIT"]


def test_pages_of_a_municipality_with_its_own_domain(client, settings, django_capture_on_commit_callbacks):
    settings.ALLOWED_HOSTS = ["*"]
    municipality = make_municipality("Ahorn", "ahorn", ["de"], hostname="www.ahorn.example")
    root = root_page(municipality)
    page = add_content_page(root, title="Arbeit", slug="arbeit")
    assert client.get("/de/arbeit/", headers={"host": "www.ahorn.example"}).status_code == 200
    assert x_cache(client, "/de/arbeit/", host="www.ahorn.example") == "HIT"
    page.title = "Arbeit neu"
    changed(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    assert x_cache(client, "/de/arbeit/", host="www.ahorn.example") == "MISS"


@pytest.mark.parametrize(("path", "scope"), [
    ("/", "landing"), ("/de/", "landing"), ("/de/aachtal/", "aachtal"), ("/ar/aachtal/x/y/", "aachtal"),
    ("/api/v3/regions/", "landing"), ("/api/v3/regions/aachtal/", "aachtal"), ("/api/v3/aachtal/de/pages/", "aachtal"),
    ("/api/municipalities/aachtal/de/pages/", "aachtal"), ("/sitemap-aachtal.xml", "aachtal"),
    ("/sitemap.xml", "landing"), ("/robots.txt", "landing"),
])
def test_scope_of_a_path(path, scope):
    assert scope_of(path) == scope

