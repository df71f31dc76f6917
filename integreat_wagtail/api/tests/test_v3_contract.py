"""Contract tests of the Integreat v3 API: the shapes integreat-app reads, field by field."""

import datetime

import pytest
from django.utils import translation
from django.utils.translation import gettext

from integreat_wagtail.feedback.models import Feedback

PAGE_KEYS = {
    "id", "url", "path", "title", "modified_gmt", "last_updated", "excerpt", "content", "parent", "order",
    "available_languages", "thumbnail", "organization", "embedded_offers", "hash",
}
LANGUAGE_KEYS = {"id", "code", "bcp47_tag", "native_name", "dir"}
REGION_KEYS = {
    "id", "name", "path", "live", "prefix", "name_without_prefix", "plz", "extras", "events", "pois",
    "push_notifications", "longitude", "latitude", "bounding_box", "aliases", "tunews", "external_news",
    "zammad_privacy_policy", "is_chat_enabled", "languages",
}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def iso(value):
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def assert_page_shape(page):
    assert set(page) == PAGE_KEYS
    assert isinstance(page["id"], int)
    assert page["url"].startswith("http")
    assert page["path"].startswith("/aachtal/") and page["path"].endswith("/")
    assert isinstance(page["title"], str) and page["title"]
    assert iso(page["modified_gmt"]).utcoffset() == datetime.timedelta(0)
    assert iso(page["last_updated"]) == iso(page["modified_gmt"])
    assert isinstance(page["excerpt"], str) and "<" not in page["excerpt"]
    assert isinstance(page["content"], str)
    assert set(page["parent"]) == {"id", "url", "path"}
    assert isinstance(page["order"], int)
    for code, other in page["available_languages"].items():
        assert set(other) == {"id", "url", "path"}
        assert other["path"].startswith(f"/aachtal/{code}/")
    assert page["organization"] is None
    assert page["embedded_offers"] == []
    assert isinstance(page["hash"], str) and len(page["hash"]) == 32


def test_regions_and_region_with_embedded_languages(client, site):
    regions = get(client, "/api/v3/regions/")
    assert [region["path"] for region in regions] == ["aachtal", "birkenau"]
    aachtal = regions[0]
    assert set(aachtal) == REGION_KEYS
    assert aachtal["id"] == site["aachtal"].id
    assert aachtal["name"] == aachtal["name_without_prefix"] == "Aachtal"
    assert aachtal["live"] is True
    assert aachtal["plz"] == "12345"
    assert (aachtal["latitude"], aachtal["longitude"]) == (50.1, 8.6)
    (west, south), (east, north) = aachtal["bounding_box"]
    assert west < 8.6 < east and south < 50.1 < north
    assert aachtal["events"] is False and aachtal["extras"] is False and aachtal["pois"] is True
    assert aachtal["push_notifications"] is True
    # Arabic is offered but its home page is not published yet: not listed.
    assert [language["code"] for language in aachtal["languages"]] == ["de", "en"]
    for language in aachtal["languages"]:
        assert set(language) == LANGUAGE_KEYS
    assert aachtal["languages"][0] == {
        "id": aachtal["languages"][0]["id"], "code": "de", "bcp47_tag": "de", "native_name": "Deutsch", "dir": "LEFT_TO_RIGHT",
    }
    assert isinstance(aachtal["languages"][0]["id"], int)
    # Without coordinates the apps still get a bounding box (like integreat-cms' default).
    assert len(regions[1]["bounding_box"]) == 2

    single = get(client, "/api/v3/regions/aachtal/")
    assert single == aachtal
    assert get(client, "/api/v3/aachtal/languages/") == aachtal["languages"]


def test_pages_list_shape_tree_order_and_languages(client, site):
    pages = get(client, "/api/v3/aachtal/de/pages/")
    for page in pages:
        assert_page_shape(page)
    assert [page["title"] for page in pages] == ["Ankommen", "Anmeldung", "Bankkonto", "Gesundheit"]
    arrival, registration, bank, health = pages
    assert arrival["id"] == site["arrival"].id
    assert arrival["path"] == "/aachtal/de/ankommen/"
    assert arrival["url"].endswith("/de/aachtal/ankommen/")
    assert arrival["parent"] == {"id": 0, "url": None, "path": None}
    assert registration["parent"] == {"id": arrival["id"], "url": arrival["url"], "path": arrival["path"]}
    assert registration["path"] == "/aachtal/de/ankommen/anmeldung/"
    assert (registration["order"], bank["order"]) == (1, 2)
    assert arrival["order"] < health["order"]
    # Rendered StreamField, with the intro first, and a plain-text excerpt.
    assert arrival["content"].startswith('<p class="intro">Erste Schritte.</p>')
    assert "<h2>Overview</h2>" in arrival["content"] and "Willkommen in Aachtal." in arrival["content"]
    assert "Willkommen in Aachtal." in arrival["excerpt"]
    assert arrival["available_languages"] == {
        "en": {"id": site["arrival_en"].id, "url": arrival["available_languages"]["en"]["url"], "path": "/aachtal/en/arrival/"}
    }
    assert arrival["available_languages"]["en"]["url"].endswith("/en/aachtal/arrival/")
    assert health["available_languages"] == {}
    english = get(client, "/api/v3/aachtal/en/pages/")
    assert [page["title"] for page in english] == ["Arrival", "Registration"]
    assert english[0]["available_languages"]["de"]["id"] == arrival["id"]


def test_nothing_unpublished_private_or_foreign_leaks(client, site):
    pages = get(client, "/api/v3/aachtal/de/pages/")
    titles = {page["title"] for page in pages}
    assert titles.isdisjoint({"Entwurf", "Unter Entwurf", "Intern", "Intern Kind", "Birkenau intern", "SECRET DRAFT TITLE"})
    assert "Gesundheit" in titles  # the published version, not the later draft
    for url in (
        f"/api/v3/aachtal/de/page/?id={site['draft'].id}",
        f"/api/v3/aachtal/de/page/?id={site['hidden_child'].id}",
        f"/api/v3/aachtal/de/page/?id={site['private'].id}",
        f"/api/v3/aachtal/de/page/?id={site['other'].id}",
        "/api/v3/aachtal/de/page/?url=/aachtal/de/intern/",
        "/api/v3/aachtal/de/page/?url=/aachtal/de/entwurf/unter-entwurf/",
        f"/api/v3/birkenau/de/page/?id={site['arrival'].id}",
        f"/api/v3/aachtal/en/page/?id={site['arrival'].id}",
    ):
        body = get(client, url, 404)
        assert body["error"]
    assert "SECRET" not in str(get(client, "/api/v3/aachtal/de/search/?q=SECRET"))
    assert get(client, "/api/v3/birkenau/de/pages/")[0]["title"] == "Birkenau intern"
    # Arabic is offered but not published.
    assert get(client, "/api/v3/aachtal/ar/pages/", 404)["error"]


def test_single_page_by_url_or_id(client, site):
    by_url = get(client, "/api/v3/aachtal/de/page/?url=/aachtal/de/ankommen/anmeldung/")
    assert_page_shape(by_url)
    assert by_url["id"] == site["registration"].id
    assert get(client, f"/api/v3/aachtal/de/page/?id={site['registration'].id}") == by_url
    # The apps send paths without slashes too; public URLs and bare slugs resolve as well.
    assert get(client, "/api/v3/aachtal/de/page/?url=aachtal/de/ankommen/anmeldung")["id"] == by_url["id"]
    assert get(client, "/api/v3/aachtal/de/page/?url=/de/aachtal/ankommen/anmeldung/")["id"] == by_url["id"]
    assert get(client, "/api/v3/aachtal/de/page/?url=anmeldung")["id"] == by_url["id"]
    assert get(client, "/api/v3/aachtal/de/post/?url=anmeldung")["id"] == by_url["id"]
    assert get(client, "/api/v3/aachtal/de/page/", 400)["error"] == "Either the id or the url parameter is required."


def test_children_with_depth_and_parents(client, site):
    top = get(client, "/api/v3/aachtal/de/children/")
    assert [page["title"] for page in top] == ["Ankommen", "Gesundheit"]
    two = get(client, "/api/v3/aachtal/de/children/?depth=2")
    assert [page["title"] for page in two] == ["Ankommen", "Anmeldung", "Bankkonto", "Gesundheit"]
    assert get(client, "/api/v3/aachtal/de/children/?depth=0") == []
    below = get(client, "/api/v3/aachtal/de/children/?url=/aachtal/de/ankommen/&depth=1")
    assert [page["title"] for page in below] == ["Ankommen", "Anmeldung", "Bankkonto"]
    for page in below:
        assert_page_shape(page)
    parents = get(client, "/api/v3/aachtal/de/parents/?url=/aachtal/de/ankommen/anmeldung/")
    assert [page["id"] for page in parents] == [site["arrival"].id]
    assert get(client, "/api/v3/aachtal/de/parents/?url=/aachtal/de/ankommen/") == []


def test_imprint_and_disclaimer_alias(client, site):
    imprint = get(client, "/api/v3/aachtal/de/imprint/")
    assert set(imprint) == PAGE_KEYS
    assert imprint["parent"] is None
    assert imprint["content"] == "<p>Stadt Aachtal, Marktplatz 1</p>"
    assert imprint["excerpt"] == "Stadt Aachtal, Marktplatz 1"
    with translation.override("de"):
        assert imprint["title"] == gettext("Imprint")
    assert imprint["path"] == "/aachtal/de/disclaimer/"
    assert get(client, "/api/v3/aachtal/de/disclaimer/") == imprint
    # English has no imprint of its own: the default language's text, titled in English.
    english = get(client, "/api/v3/aachtal/en/imprint/")
    assert english["content"] == imprint["content"]
    with translation.override("en"):
        assert english["title"] == gettext("Imprint")
    # A municipality without imprint answers an empty list, like integreat-cms.
    assert get(client, "/api/v3/birkenau/de/imprint/") == []


def test_news_and_fcm(client, site):
    news = get(client, "/api/v3/aachtal/de/news/")
    assert [item["title"] for item in news] == ["Neue Öffnungszeiten", "Stadtfest"]
    newest = news[0]
    for key in ("id", "title", "content", "display_date", "source", "externalUrl", "available_languages", "channel", "message"):
        assert key in newest
    assert newest["source"] == "local"
    assert newest["content"] == "<p>Das Bürgerbüro öffnet früher.</p>"
    assert newest["id"] == f"local-{site['new_news'].id}"  # integreat-cms's ids of local news
    assert newest["available_languages"] == {"en": {"id": f"local-{site['new_news_en'].id}"}}
    assert iso(newest["display_date"]) > iso(news[1]["display_date"])
    assert get(client, "/api/v3/aachtal/de/news/?size=1&page=2")[0]["title"] == "Stadtfest"
    assert get(client, "/api/v3/aachtal/de/news/?source=tunews") == []
    fcm = get(client, "/api/v3/aachtal/de/fcm/")
    assert set(fcm[0]) == {"id", "title", "message", "timestamp", "last_updated", "display_date", "channel", "available_languages"}
    assert fcm[0]["message"] == "Das Bürgerbüro öffnet früher."
    assert fcm[0]["id"] == site["new_news"].id
    assert [item["title"] for item in get(client, "/api/v3/aachtal/de/fcm/?channel=events")] == ["Stadtfest"]
    assert [item["title"] for item in get(client, "/api/v3/aachtal/en/news/")] == ["New opening hours"]


def test_news_as_the_app_requests_it_without_trailing_slash(client, site):
    """integreat-app asks for `…/news` and `…/news/{id}`: a redirect there has failed in browsers."""
    response = client.get("/api/v3/aachtal/de/news", HTTP_ORIGIN="https://web.integreat-app.de")
    assert response.status_code == 200, response.status_code
    assert response["Access-Control-Allow-Origin"] == "*"
    news_id = response.json()[0]["id"]
    assert news_id == f"local-{site['new_news'].id}"
    for url in (f"/api/v3/aachtal/de/news/{news_id}", f"/api/v3/aachtal/de/news/{news_id}/"):
        item = get(client, url)
        assert item["id"] == news_id and item["title"] == "Neue Öffnungszeiten"
    assert get(client, f"/api/v3/aachtal/de/news/{site['new_news'].id}/")["id"] == news_id
    # Another language's item, a foreign or unknown id: 404, never another municipality's news.
    get(client, f"/api/v3/aachtal/de/news/local-{site['new_news_en'].id}", status=404)
    get(client, "/api/v3/birkenau/de/news/" + news_id, status=404)
    get(client, "/api/v3/aachtal/de/news/local-abc", status=404)
    get(client, "/api/v3/aachtal/de/news/local-99999999999999999999999", status=404)
    # Other slashless v3 URLs still redirect, with CORS headers on the redirect.
    redirect = client.get("/api/v3/aachtal/de/pages", HTTP_ORIGIN="https://web.integreat-app.de")
    assert redirect.status_code in (301, 308) and redirect["Access-Control-Allow-Origin"] == "*"


def test_search_extension(client, site):
    results = get(client, "/api/v3/aachtal/de/search/?q=Konto")
    assert [page["title"] for page in results] == ["Bankkonto"]
    assert_page_shape(results[0])
    assert get(client, "/api/v3/aachtal/de/search/?q=") == []
    assert get(client, "/api/v3/birkenau/de/search/?q=Konto") == []


def test_feedback_is_stored_validated_and_anonymous(client, site):
    url = "/api/v3/aachtal/de/feedback/page/"
    response = client.post(url, {"rating": "up", "slug": "/aachtal/de/ankommen/anmeldung", "comment": "Hilfreich", "category": "Inhalte"})
    assert response.status_code == 201, response.content
    assert response.json() == {"success": "Feedback successfully submitted"}
    entry = Feedback.objects.get()
    assert (entry.kind, entry.rating, entry.comment, entry.page_id, entry.language) == (
        "page", "up", "Hilfreich", site["registration"].id, "de",
    )
    assert client.post("/api/v3/aachtal/de/feedback/search/", {"query": "Kita", "rating": "down"}).status_code == 201
    assert Feedback.objects.get(kind="search").object_ref == "Kita"
    response = client.post("/api/v3/aachtal/de/feedback/categories", {"comment": "Gut"}, content_type="application/json")
    assert response.status_code == 201
    assert Feedback.objects.filter(kind="region").count() == 1
    for kind in ("event", "events", "imprint-page", "poi", "map", "offers", "extras", "offer", "extra"):
        assert client.post(f"/api/v3/aachtal/de/feedback/{kind}/", {"rating": "up", "slug": "x"}).status_code == 201, kind
    bad = [
        ("/api/v3/aachtal/de/feedback/page/", {"rating": "sideways", "slug": "anmeldung"}, 400),
        ("/api/v3/aachtal/de/feedback/page/", {"slug": "anmeldung"}, 400),  # neither rating nor comment
        ("/api/v3/aachtal/de/feedback/page/", {"rating": "up"}, 400),  # which page?
        ("/api/v3/aachtal/de/feedback/page/", {"rating": "up", "slug": "intern"}, 404),  # private page
        ("/api/v3/aachtal/de/feedback/page/", {"rating": "up", "comment": "x" * 1001, "slug": "anmeldung"}, 400),
        ("/api/v3/aachtal/de/feedback/search/", {"rating": "up"}, 400),
        ("/api/v3/aachtal/de/feedback/nonsense/", {"rating": "up"}, 404),
        ("/api/v3/aachtal/ar/feedback/page/", {"rating": "up"}, 404),
        ("/api/v3/nowhere/de/feedback/page/", {"rating": "up"}, 404),
    ]
    before = Feedback.objects.count()
    for url, data, status in bad:
        response = client.post(url, data)
        assert response.status_code == status, (url, data, response.content)
        assert response.json()["error"]
    assert Feedback.objects.count() == before
    assert client.get("/api/v3/aachtal/de/feedback/page/").status_code == 405


@pytest.mark.parametrize("alias", ["offers", "extras"])
def test_offers_without_plugins_are_empty(client, site, alias):
    assert get(client, f"/api/v3/aachtal/de/{alias}/") == []
    assert get(client, f"/api/v3/aachtal/{alias}/") == []
