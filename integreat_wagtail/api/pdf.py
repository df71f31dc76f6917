"""PDF of a page and its subtree (or a municipality's whole tree) in one language, as integreat-cms's
`pdf/` endpoint gives the apps' readers for printing: WeasyPrint lays it out with Pango and
HarfBuzz, so Arabic and Persian are shaped and set right to left.

A PDF is kept in the cache under the municipality, language, pages and their last-published
times, so it is laid out again only after one of its pages is published. Laying out a whole tree
takes seconds of a worker, so each client may cause only so many layouts (rate limit `api.pdf`,
counted on cache misses only; api/v3.py): the apps expect the PDF in the answer, so a task queue
would need a protocol of polling they do not speak. Images inside are read
from storage and static files, never fetched over the network.
"""

import hashlib
import mimetypes
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from integreat_wagtail import languages

CACHE_SECONDS = 7 * 24 * 3600


class LocalFiles(URLFetcher):
    """WeasyPrint's URL fetcher: this site's media and static files from storage and disk, data: URLs,
    nothing else (no request to the network or to ourselves while a worker lays out a PDF)."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = urlsplit(url).path
        content_type = {"Content-Type": mimetypes.guess_type(path)[0] or "application/octet-stream"}
        if path.startswith(settings.MEDIA_URL):
            name = path[len(settings.MEDIA_URL):]
            if default_storage.exists(name):
                return URLFetcherResponse(url, default_storage.open(name, "rb"), content_type)
        if path.startswith(settings.STATIC_URL):
            found = finders.find(path[len(settings.STATIC_URL):])
            if found:
                return URLFetcherResponse(url, open(found, "rb"), content_type)  # noqa: SIM115 - closed by WeasyPrint
        raise ValueError(f"Not a file of this site: {url}")


def cache_key(municipality, code, infos):
    stamps = ",".join(f"{info.id}:{info.last_published_at.timestamp() if info.last_published_at else 0}" for info in infos)
    digest = hashlib.sha256(stamps.encode()).hexdigest()[:32]
    return f"integreat_pdf:v1:{municipality.pk}:{code}:{digest}"


def cached_pdf(content, code, infos):
    """The stored PDF of `infos` (visible pages of language `code`, tree order) while they are unchanged, else None."""
    return cache.get(cache_key(content.municipality, code, infos))


def render_and_store(content, code, infos, title, source_url):
    data = render(content, code, infos, title, source_url)
    cache.set(cache_key(content.municipality, code, infos), data, CACHE_SECONDS)
    return data


def render(content, code, infos, title, source_url):
    objects = content.pages(code, infos)
    rendered = content.rendered(objects)
    sections = [{"id": page.id, "title": page.title, "html": rendered[page.id][0]} for page in objects]
    language = languages.get(code)
    with translation.override(code):
        html = render_to_string(
            "api/pdf.html",
            {"language": language, "title": title, "municipality": content.municipality, "sections": sections,
             "source_url": source_url},
        )
    return html_to_pdf(html, source_url)


def html_to_pdf(html, base_url):
    """A4 PDF of an HTML document of this site (pages, impact reports), its files read locally."""
    return HTML(string=html, base_url=base_url, url_fetcher=LocalFiles()).write_pdf()
