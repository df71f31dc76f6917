"""Counting reads and searches: who is counted (readers) and who is not (robots, previews, staff,
failed and non-GET requests), cache hits included, without SQL per request and without the cache."""

import datetime
import logging

import pytest
from django.db import OperationalError
from django.test import override_settings
from django.utils import timezone

from integreat_wagtail.impact import counting
from integreat_wagtail.impact.middleware import MARKER_HEADER
from integreat_wagtail.impact.models import ReadCount, SearchCount
from tests.factories import add_content_page, log_in, make_user, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(municipality):
    return add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")


def counted():
    counting.flush()
    return list(ReadCount.objects.values_list("page_id", "language", "channel", "resource", "views"))


def test_a_reader_counts_per_page_language_and_day(reader, municipality, page):
    arabic = add_content_page(root_page(municipality, "ar"), title="التسجيل", slug="tasjil")
    for url in (page.url, page.url, arabic.url):
        response = reader.get(url)
        assert response.status_code == 200 and MARKER_HEADER not in response
    counting.flush()
    rows = ReadCount.objects.values_list("municipality_id", "day", "page_id", "language", "channel", "views")
    today = timezone.localdate()
    assert sorted(rows) == sorted([
        (municipality.pk, today, page.pk, "de", "site", 2), (municipality.pk, today, arabic.pk, "ar", "site", 1)
    ])


@pytest.mark.parametrize("user_agent", ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0",
                                        "Mozilla/5.0 (compatible; bingbot/2.0)", "python-requests/2.32", "HeadlessChrome/131"])
def test_robots_are_not_counted(client, page, user_agent):
    assert client.get(page.url, HTTP_USER_AGENT=user_agent).status_code == 200
    assert counted() == []


def test_logged_in_staff_and_their_previews_are_not_counted(client, municipality, page):
    make_user("aachtal-editor", municipality=municipality, role="editors")
    log_in(client, "aachtal-editor", "pw")
    client.defaults["HTTP_USER_AGENT"] = "Mozilla/5.0 Firefox/133.0"
    assert client.get(page.url).status_code == 200
    assert client.get(f"/admin/pages/{page.pk}/view_draft/").status_code == 200
    assert client.post(f"/admin/pages/{page.pk}/edit/preview/", {}).status_code == 200
    assert client.get(f"/admin/pages/{page.pk}/edit/preview/").status_code == 200
    assert counted() == []


def test_only_successful_gets_are_counted(reader, municipality, page):
    assert reader.head(page.url).status_code == 200
    assert reader.get(f"/de/{municipality.slug}/missing-page/").status_code == 404
    assert reader.post(page.url).status_code in (200, 405)
    assert reader.get(page.url, HTTP_IF_NONE_MATCH=reader.get(page.url)["ETag"]).status_code == 304
    assert counted() == [(page.pk, "de", "site", "", 1)]


def test_the_landing_page_counts_for_no_municipality(reader, page):
    assert reader.get("/de/").status_code == 200
    assert counted() == []


@override_settings(PAGE_CACHE_SECONDS=300)
def test_cache_hits_are_counted_without_sql(reader, page, django_assert_num_queries):
    assert reader.get(page.url)["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        response = reader.get(page.url)
    assert response["X-Cache"] == "HIT" and MARKER_HEADER not in response
    assert counted() == [(page.pk, "de", "site", "", 2)]


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_cached_page_is_not_counted_for_a_robot(reader, client, page):
    assert reader.get(page.url)["X-Cache"] == "MISS"
    assert client.get(page.url, HTTP_USER_AGENT="Googlebot/2.1")["X-Cache"] == "HIT"
    assert counted() == [(page.pk, "de", "site", "", 1)]


def test_the_apps_reads_count_per_api_resource(reader, municipality, page):
    base = f"/api/v3/{municipality.slug}/de"
    for url in (f"{base}/pages/", f"{base}/pages/", f"{base}/page/?id={page.pk}", f"{base}/page/?id=99999"):
        reader.get(url)
    assert sorted(counted(), key=str) == sorted([(None, "de", "app", "pages", 2), (page.pk, "de", "app", "page", 1)], key=str)


def test_searches_are_counted_with_and_without_results(reader, municipality, page):
    for query in ("Anmeldung", "anmeldung ", "Kita Platz", "x"):
        assert reader.get(f"/de/{municipality.slug}/search/", {"q": query}).status_code == 200
    reader.get(f"/api/v3/{municipality.slug}/de/search/", {"q": "Kita  platz"})
    counting.flush()
    rows = SearchCount.objects.values_list("language", "query", "searches", "without_results")
    assert sorted(rows) == [("de", "anmeldung", 2, 0), ("de", "kita platz", 2, 2), ("de", "x", 1, 1)]


def test_flushing_again_adds_to_the_same_row(reader, page):
    reader.get(page.url)
    assert counted() == [(page.pk, "de", "site", "", 1)]
    reader.get(page.url)
    reader.get(page.url)
    assert counted() == [(page.pk, "de", "site", "", 3)]
    assert ReadCount.objects.count() == 1


def test_a_read_counts_on_the_day_of_the_platforms_time_zone(reader, page, monkeypatch, settings):
    assert settings.TIME_ZONE == "Europe/Berlin"
    late = datetime.datetime(2026, 1, 31, 23, 30, tzinfo=datetime.UTC)  # 00:30 on 1 February in Berlin
    monkeypatch.setattr(timezone, "now", lambda: late)
    reader.get(page.url)
    monkeypatch.undo()
    counting.flush()
    assert list(ReadCount.objects.values_list("day", flat=True)) == [datetime.date(2026, 2, 1)]


def test_a_deleted_page_still_counts_for_its_municipality(reader, municipality, page):
    reader.get(page.url)
    page_id = page.pk
    page.delete()
    assert counted() == [(None, "de", "site", "", 1)]
    assert ReadCount.objects.get().municipality == municipality and page_id


def test_a_failed_write_is_logged_and_dropped(reader, page, monkeypatch, caplog):
    reader.get(page.url)

    def database_down(*args):
        raise OperationalError("connection refused")

    monkeypatch.setattr(counting, "_write", database_down)
    with caplog.at_level(logging.ERROR, logger="integreat_wagtail.impact.counting"):
        counting.flush()
    assert "dropped" in caplog.text
    monkeypatch.undo()
    assert counted() == []


def test_a_full_buffer_is_written_by_a_background_thread(reader, page, monkeypatch, settings):
    settings.IMPACT_FLUSH_SECONDS = 3600
    settings.IMPACT_MAX_KEYS = 2
    written = []
    monkeypatch.setattr(counting, "_write_in_thread", lambda reads, searches: written.append(reads))

    class Immediate:
        def __init__(self, target, args, daemon):
            self.target, self.args = target, args

        def start(self):
            self.target(*self.args)

    monkeypatch.setattr(counting.threading, "Thread", Immediate)
    reader.get(page.url)
    assert written == []
    reader.get(f"/api/v3/{page.get_parent().specific.municipality.slug}/de/pages/")
    assert [sum(reads.values()) for reads in written] == [2]
    assert counting.take() == ({}, {})
