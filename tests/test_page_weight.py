"""Every demo page fits a cheap data plan (issue 14): at most 50 KB transferred on a first visit in
every language of the demo — the HTML as served compressed plus the CSS, script, webfont and
images it loads (text assets gzipped, as whitenoise serves them) — and the service worker's
first-visit precache at most 60 KB."""

import gzip
import json
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from integreat_wagtail.municipalities.models import Municipality

PAGE_BUDGET = 50 * 1024
PRECACHE_BUDGET = 60 * 1024
TEXT_ASSETS = (".css", ".js", ".svg", ".json")


pytestmark = pytest.mark.whole_demo


@pytest.fixture
def demo(whole_demo):
    """The whole demo, loaded once per run (tests/whole_demo.py)."""
    return list(Municipality.objects.public().order_by("slug"))  # platform templates are not for readers


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def _html(client, url):
    """(bytes transferred, decoded HTML) of a page asked for as a browser does."""
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response.status_code == 200, url
    body = _body(response)
    text = gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body
    return len(body), text.decode()


def _asset(client, url):
    """Bytes of a static file or an image on the wire: text compressed, binaries (fonts, images) as they are."""
    if url.startswith(settings.STATIC_URL):
        path = finders.find(url[len(settings.STATIC_URL):])
        assert path, url
        with open(path, "rb") as file:
            data = file.read()
    else:
        response = client.get(url)
        assert response.status_code == 200, url
        data = _body(response)
    return len(gzip.compress(data)) if url.endswith(TEXT_ASSETS) else len(data)


def _fonts_for_scripts():
    """{body script class: [font URLs]} from the stylesheet's @font-face and body.script-* rules."""
    css_path = finders.find("home/site.css")
    css = open(css_path, encoding="utf-8").read()
    faces = {}
    for family, url in re.findall(r'@font-face\s*{[^}]*font-family:\s*"([^"]+)"[^}]*url\("([^"]+)"\)', css):
        faces.setdefault(family, []).append(settings.STATIC_URL + "home/" + url)
    return {
        script: faces.get(family, [])
        for script, family in re.findall(r'body\.(script-\w+)\s*{[^}]*font-family:\s*"([^"]+)"', css)
    }


def first_visit_weight(client, url, fonts):
    """Bytes a phone with an empty cache downloads to show `url`."""
    size, html = _html(client, url)
    assets = set(re.findall(r'<link rel="stylesheet" href="([^"]+)"', html))
    assets |= set(re.findall(r'<script[^>]* src="([^"]+)"', html))
    # Lazy images load only when scrolled to: not part of the first view.
    assets |= {src for tag, src in re.findall(r'(<img[^>]* src="([^"]+)"[^>]*>)', html) if 'loading="lazy"' not in tag}
    body_class = re.search(r'<body class="([^"]*)"', html).group(1).split()
    assets |= {font for name in body_class for font in fonts.get(name, [])}
    return size + sum(_asset(client, asset) for asset in assets if asset.startswith("/"))


def demo_urls(client, municipality):
    """Every page of the municipality's sitemap (pages and plugin sub-pages, all languages)."""
    xml = client.get(f"/sitemap-{municipality.slug}.xml").content.decode()
    return sorted({re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", xml)})


def test_every_demo_page_is_at_most_50_kb_on_a_first_visit_and_the_precache_at_most_60_kb(client, demo):
    """One test for both, so the demo loads once."""
    fonts = _fonts_for_scripts()
    too_heavy, crawled = {}, 0
    for municipality in demo:
        for url in demo_urls(client, municipality):
            crawled += 1
            weight = first_visit_weight(client, url, fonts)
            if weight > PAGE_BUDGET:
                too_heavy[url] = weight
    assert crawled > 100
    assert not too_heavy, too_heavy

    for municipality in demo:
        for code in municipality.language_codes:
            script = client.get(f"/{code}/{municipality.slug}/sw.js").content.decode()
            urls = json.loads(re.search(r"const PRECACHE = (\[.*?\]);", script).group(1))
            weight = sum(_asset(client, url) if url.startswith(settings.STATIC_URL) else _html(client, url)[0] for url in urls)
            assert weight <= PRECACHE_BUDGET, (municipality.slug, code, weight, urls)
