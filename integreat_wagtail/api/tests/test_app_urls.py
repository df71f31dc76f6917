"""Absolute URLs the Integreat apps follow: on the host readers use, images included; strict filters."""

import io
import re

from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images.models import Image

from tests.factories import add_content_page

DEMO = "http://localhost:8000"


def urls_in(data):
    """Every string value of an API answer that is an absolute URL."""
    if isinstance(data, dict):
        return [url for value in data.values() for url in urls_in(value)]
    if isinstance(data, list):
        return [url for value in data for url in urls_in(value)]
    return [data] if isinstance(data, str) and data.startswith("http") else []


def test_absolute_urls_follow_the_request_host_or_the_configured_base(client, site):
    """The default Site is http://localhost/ (port 80); the demo runs on :8000 and its links must work."""
    pages = client.get("/api/v3/aachtal/de/pages/", HTTP_HOST="localhost:8000").json()
    news = client.get("/api/v3/aachtal/de/news/", HTTP_HOST="localhost:8000").json()
    assert pages[0]["url"].startswith(f"{DEMO}/") and pages[0]["parent"]["url"] is None
    assert news[0]["url"] == f"{DEMO}{site['new_news'].url}"
    urls = urls_in(pages) + urls_in(news)
    assert urls and all(url.startswith(f"{DEMO}/") for url in urls), urls
    with override_settings(INTEGREAT_PUBLIC_BASE_URL="https://integreat.example.org/"):
        page = client.get("/api/v3/aachtal/de/page/?url=/aachtal/de/ankommen/", HTTP_HOST="localhost:8000").json()
        news = client.get("/api/v3/aachtal/de/news/", HTTP_HOST="localhost:8000").json()
    assert page["url"].startswith("https://integreat.example.org/")
    assert all(url.startswith("https://integreat.example.org/") for url in urls_in(page) + urls_in(news))


def test_images_in_content_have_absolute_srcset_like_src(client, site):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 600), "#2a9d8f").save(buffer, "PNG")
    image = Image(title="Rathaus", collection=site["aachtal"].collection)
    image.file = ImageFile(buffer, name="rathaus.png")
    image.save()
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "Das Rathaus", "caption": ""}}]
    add_content_page(site["de_root"], title="Rathaus", slug="rathaus", body=body)
    page = client.get("/api/v3/aachtal/de/page/?url=/aachtal/de/rathaus/", HTTP_HOST="localhost:8000").json()
    srcsets = re.findall(r'\ssrcset="([^"]*)"', page["content"])
    sources = re.findall(r'\ssrc="([^"]*)"', page["content"])
    assert srcsets and sources
    candidates = [candidate.strip().split(" ")[0] for srcset in srcsets for candidate in srcset.split(",")]
    assert len(candidates) >= 2
    for url in candidates + sources:
        assert url.startswith(f"{DEMO}/media/"), url


def test_on_map_accepts_only_yes_or_no(client, site):
    """integreat-cms answers 400 to a filter it cannot read; we used to ignore it."""
    for value in ("maybe", "2", "ja"):
        response = client.get(f"/api/v3/aachtal/de/locations/?on_map={value}")
        assert response.status_code == 400, value
        assert "on_map" in response.json()["error"]
    for value in ("1", "0", "true", "false", ""):
        assert client.get(f"/api/v3/aachtal/de/locations/?on_map={value}").status_code == 200, value
