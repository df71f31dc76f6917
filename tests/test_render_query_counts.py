"""Renders and API calls run a fixed number of SQL queries, whatever the size of the tree: the same
count with 3 topics as with 12 (each with subtopics and news). The numbers are named so a change
that adds a query shows up here, and one that adds a query per page fails."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import add_content_page, make_municipality, root_page

pytestmark = pytest.mark.django_db

MUNICIPALITY_HOME_QUERIES = 22
CONTENT_PAGE_QUERIES = 17  # 16, and one for the sharing origin line (mirrors)
API_PAGES_LIST_QUERIES = 6


def grow(root, topics, start):
    for number in range(start, topics):
        topic = add_content_page(root, title=f"Thema {number}", slug=f"thema-{number}")
        add_content_page(topic, title=f"Unterthema {number}", slug=f"unterthema-{number}")


def queries(client, url):
    client.get(url)  # per-process caches (site roots, locales) are warm on a running worker
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(("url", "expected"), [
    ("/de/aachtal/", "MUNICIPALITY_HOME_QUERIES"),
    ("/de/aachtal/thema-0/", "CONTENT_PAGE_QUERIES"),
    ("/api/v3/aachtal/de/pages/", "API_PAGES_LIST_QUERIES"),
])
def test_queries_are_constant_with_tree_size(client, db, url, expected):
    municipality = make_municipality("Aachtal", "aachtal", ["de", "en", "ar"], plugins=["events", "housing", "labour"])
    root = root_page(municipality)
    grow(root, 3, 0)
    small = queries(client, url)
    grow(root, 12, 3)
    large = queries(client, url)
    assert small == large == globals()[expected]
