"""Local news: the page type, its index page, and the RSS/Atom feeds."""

import xml.etree.ElementTree as ET

from home.models import NewsPage, latest_news, news_for


def test_news_pages_render_and_list_newest_first(client, site):
    response = client.get(site["new_news"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Neue Öffnungszeiten" in html and "Das Bürgerbüro öffnet früher." in html
    index = client.get(site["news_index"].url)
    assert index.status_code == 200
    text = index.content.decode()
    assert text.index("Neue Öffnungszeiten") < text.index("Stadtfest")
    assert 'type="application/rss+xml"' in text and "feed/atom/" in text
    assert [item.title for item in latest_news(site["de_root"], limit=1)] == ["Neue Öffnungszeiten"]
    assert [item.title for item in news_for(site["de_root"], channel="events")] == ["Stadtfest"]
    assert NewsPage.can_create_at(site["news_index"]) and not NewsPage.can_create_at(site["arrival"])


def test_rss_and_atom_feeds_per_municipality_and_language(client, site):
    rss = client.get("/api/v3/aachtal/de/feeds/news.rss")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(rss.content).find("channel")
    assert channel.findtext("language") == "de"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Neue Öffnungszeiten", "Stadtfest"]
    atom = client.get(site["news_index_en"].url + "feed/atom/")
    assert atom.status_code == 200 and atom["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(atom.content)
    namespace = {"atom": "http://www.w3.org/2005/Atom"}
    assert [entry.findtext("atom:title", namespaces=namespace) for entry in root.findall("atom:entry", namespace)] == [
        "New opening hours"
    ]
    assert client.get(site["news_index"].url + "feed/rss/").status_code == 200
    missing = client.get("/api/v3/aachtal/ar/feeds/news.rss")
    assert missing.status_code == 404 and missing.json()["error"]
    # A draft news item is not in any feed.
    draft = NewsPage(title="Geheim", text="<p>Noch nicht</p>", locale=site["news_index"].locale)
    site["news_index"].add_child(instance=draft)
    draft.save_revision()
    draft.unpublish()
    assert b"Geheim" not in client.get("/api/v3/aachtal/de/feeds/news.rss").content
    assert "Geheim" not in str(client.get("/api/v3/aachtal/de/news/").json())
