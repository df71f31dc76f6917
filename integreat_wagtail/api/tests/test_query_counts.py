"""List endpoints cost the same number of queries for few or many items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import add_content_page, make_image, make_municipality, root_page

from .conftest import add_news, body, translate

LIST_URLS = [
    "/api/v3/regions/",
    "/api/v3/stadt/de/pages/",
    "/api/v3/stadt/de/children/?depth=3",
    "/api/v3/stadt/de/news/",
    "/api/v3/stadt/de/fcm/",
    "/api/v3/stadt/de/search/?q=Thema",
    "/api/v3/stadt/de/pdf/",
    "/api/municipalities/",
    "/api/municipalities/stadt/de/pages/?fields=id,title,content,excerpt,available_languages,responsible",
    "/api/municipalities/stadt/de/tree/",
    "/api/municipalities/stadt/de/news/",
]


def grow(municipality, start, count, news_index):
    """Add `count` top-level pages with a child each (the first translated), a thumbnail each, and news."""
    root = root_page(municipality, "de")
    for number in range(start, start + count):
        thumbnail = make_image(f"Thema {number}")
        thumbnail.get_rendition("fill-150x150")  # made once per picture, like an upload's first view
        parent = add_content_page(root, title=f"Thema {number}", body=body(f"Text {number}"), thumbnail=thumbnail)
        child = add_content_page(parent, title=f"Unterthema {number}", body=body("Mehr"))
        if number == start:
            translate(parent, "en", title=f"Topic {number}", slug=f"topic-{number}")
            translate(child, "en", title=f"Subtopic {number}", slug=f"subtopic-{number}")
        add_news(news_index, f"Nachricht {number}", f"Text {number}")
    make_municipality(f"Nachbar {start}", f"nachbar-{start}", ["de"])


def counts(client):
    from django.core.cache import cache

    result = {}
    for url in LIST_URLS:
        cache.clear()  # cold: rendering included
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        result[url] = len(queries)
    return result


def test_list_endpoints_have_constant_query_counts(client, db):
    from home.models import NewsIndexPage

    municipality = make_municipality("Stadt", "stadt", ["de", "en"])
    root_page(municipality, "en").save_revision().publish()
    root = root_page(municipality, "de")
    news_index = NewsIndexPage(title="News", slug="news", locale=root.locale)
    root.add_child(instance=news_index)
    news_index.save_revision().publish()
    grow(municipality, 0, 2, news_index)
    small = counts(client)
    grow(municipality, 2, 8, news_index)
    large = counts(client)
    assert large == small
    assert 0 < min(small.values()) and max(small.values()) <= 15, small
    # Proven above: the sizes differ, the query counts don't.
    assert len(client.get("/api/v3/stadt/de/pages/").json()) == 20
