"""Readers, the API, search and the sitemap see a mirror as the target's own page, with its origin named."""

import uuid

from django.core.cache import caches
from django.test import TestCase

from home.models import ContentPage
from integreat_wagtail.core.cache import breaker, redis_cache
from integreat_wagtail.sharing import services
from integreat_wagtail.sharing.models import Reuse
from tests.factories import root_page


def test_readers_api_search_and_sitemap_see_the_mirror_in_the_towns_tree(client, county, town, shared, arrival, django_assert_max_num_queries):
    reuse, mirror = services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    page = client.get("/de/erle/ankommen/")
    text = page.content.decode()
    assert page.status_code == 200 and "Erste Schritte im Kreis." in text
    assert "Informationen von Landkreis Linde, zuletzt geprüft am" in text  # German: the reader's language
    arabic = client.get("/ar/erle/ankommen/")
    assert arabic.status_code == 200 and "الوصول" in arabic.content.decode()

    pages = client.get("/api/v3/erle/en/pages/").json()
    entry = next(item for item in pages if item["title"] == "Arrival")
    assert entry["path"].startswith("/erle/en/") or "/erle/" in entry["path"]
    assert "first steps" in entry["excerpt"] or "first steps" in entry["content"]
    assert not any("/linde/" in item["path"] for item in pages)
    found = client.get("/api/v3/erle/en/search/", {"q": "Arrival"}).json()
    assert [item["title"] for item in found] == ["Arrival"]
    sitemap = client.get("/sitemap-erle.xml").content.decode()
    assert "/erle/ankommen/" in sitemap

    with django_assert_max_num_queries(60):
        client.get("/de/erle/ankommen/")


def test_readers_keep_a_readable_page_when_the_source_stops_sharing_or_is_deleted(client, county, town, shared, arrival):
    services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    services.stop_sharing(shared)
    page = client.get("/de/erle/ankommen/")
    assert page.status_code == 200 and "Erste Schritte im Kreis." in page.content.decode()
    assert "aktualisiert diese Seite hier nicht mehr" in page.content.decode()  # German: the reader's language
    with TestCase.captureOnCommitCallbacks(execute=True):
        for version in ContentPage.objects.filter(translation_key=arrival.translation_key).order_by("-depth"):
            version.delete()
    assert client.get("/de/erle/ankommen/").status_code == 200
    assert client.get("/en/erle/ankommen/").status_code == 200


def test_the_page_cache_drops_a_mirror_when_its_source_publishes(client, settings, county, town, shared, arrival):
    """A mirror's update is a publish in the town's tree: its cached page is replaced at once."""
    breaker.reset()
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {"default": redis_cache("redis://127.0.0.1:6379/5", f"test-{uuid.uuid4().hex}", 0.5, 0.5)}
    try:
        services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
        client.get("/de/erle/ankommen/")
        cached = client.get("/de/erle/ankommen/")
        assert cached["X-Cache"] == "HIT" and "Erste Schritte im Kreis." in cached.content.decode()
        page = ContentPage.objects.get(pk=arrival.pk)
        page.intro = "Neu: Termine online."
        with TestCase.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        fresh = client.get("/de/erle/ankommen/")
        assert fresh["X-Cache"] == "MISS" and "Neu: Termine online." in fresh.content.decode()
    finally:
        caches["default"].delete_pattern("*")
        caches["default"].close()
