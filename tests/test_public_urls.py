"""Absolute URLs on whatever host and port the site is served (issue 15, finding 7): the default
Site says localhost:80, a reader on 127.0.0.1:8123 must get links to 127.0.0.1:8123 — canonical,
hreflang, og:url, the sitemap's <loc>, the news feed, the API — or to INTEGREAT_PUBLIC_BASE_URL."""

import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from home.models import NewsIndexPage, NewsPage
from tests.factories import add_content_page, make_municipality, root_page

HOST = "127.0.0.1:8123"
OTHER_HOSTS = ("openstreetmap.org", "sitemaps.org", "w3.org", "schema.org", "purl.org")


@pytest.fixture
def town(db):
    municipality = make_municipality("Aachtal", "aachtal", ["de", "en"])
    root_page(municipality, "en").save_revision().publish()
    topic = add_content_page(root_page(municipality, "de"), title="Ankommen", slug="ankommen")
    translation = topic.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.title, translation.slug = "Arrival", "arrival"
    translation.save_revision().publish()
    news = NewsIndexPage(title="Neuigkeiten", slug="neuigkeiten", locale=topic.locale)
    root_page(municipality, "de").add_child(instance=news)
    news.save_revision().publish()
    item = NewsPage(title="Stadtfest", text="<p>Samstag.</p>", locale=topic.locale, date=timezone.now())
    news.add_child(instance=item)
    item.save_revision().publish()
    return {"topic": topic, "news": news}


def absolute_urls(text):
    """The absolute URLs in a response, less the XML namespaces, schemas and map credits it names."""
    return {url for url in re.findall(r"https?://[^\s\"'<>]+", text) if not any(host in url for host in OTHER_HOSTS)}


def test_every_absolute_url_names_the_host_the_reader_used(client, town):
    page = client.get("/de/aachtal/ankommen/", HTTP_HOST=HOST).content.decode()
    assert f'<link rel="canonical" href="http://{HOST}/de/aachtal/ankommen/">' in page
    assert f'<meta property="og:url" content="http://{HOST}/de/aachtal/ankommen/">' in page
    assert f'hreflang="en" href="http://{HOST}/en/aachtal/arrival/"' in page
    sitemap = client.get("/sitemap-aachtal.xml", HTTP_HOST=HOST).content.decode()
    assert f"<loc>http://{HOST}/de/aachtal/ankommen/</loc>" in sitemap
    feed = client.get("/de/aachtal/neuigkeiten/feed/rss/", HTTP_HOST=HOST).content.decode()
    api = client.get("/api/v3/aachtal/de/pages/", HTTP_HOST=HOST).content.decode()
    for text in (page, sitemap, feed, api):
        urls = absolute_urls(text)
        assert urls and all(url.startswith(f"http://{HOST}/") for url in urls), sorted(urls)


def test_the_configured_public_base_url_wins(client, town, settings):
    settings.INTEGREAT_PUBLIC_BASE_URL = "https://integreat.example.org"
    page = client.get("/de/aachtal/ankommen/", HTTP_HOST=HOST).content.decode()
    assert '<link rel="canonical" href="https://integreat.example.org/de/aachtal/ankommen/">' in page
    sitemap = client.get("/sitemap-aachtal.xml", HTTP_HOST=HOST).content.decode()
    assert "<loc>https://integreat.example.org/de/aachtal/ankommen/</loc>" in sitemap
    assert town["topic"].get_full_url() == "https://integreat.example.org/de/aachtal/ankommen/"  # e-mails: no request
