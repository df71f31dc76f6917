"""Purging the CDN or reverse proxy in front of the site (wagtail.contrib.frontend_cache).

Pages and API answers say `public, max-age=300, stale-while-revalidate=86400`, so a CDN would keep
a changed page for minutes and serve it stale for a day. Wherever the app's own page cache bumps a
scope (page_cache_invalidation.py), the same scopes are purged here, after the commit and in a
background task, so editors never wait for the CDN:

- a municipality (its slug): every live page URL in every language with the readable sub-routes the
  sitemap lists (locations, plugin offers), pages of plugins switched off included; its start URL
  `/<slug>/`, sitemap, and its API answers without query string, per language (v3 and /api/);
- `landing`: the landing page in every language, `/`, the sitemap index and the region lists;
- `all`: `landing` and, per municipality, its start pages and API answers, not every page (25,000
  URLs on a large platform). Pages below a start page then stay in the CDN up to their max-age.
- a page that leaves (unpublished, deleted, moved with its subtree) is not at its URLs after the
  commit: they are taken before, in the request, and purged with the rest.

Answers with a query string (`page/?url=…`, `children/?id=…`, searches) cannot be listed; they
expire by their max-age. Nothing is queued when WAGTAILFRONTENDCACHE is empty. A CDN that is down
or refuses is logged (Wagtail's backends log, the task logs anything else), never raised.
"""

import logging

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page

from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_municipality_page_model
from integreat_wagtail.plugins.registry import installed_plugins

from . import page_cache
from .public_urls import public_base
from .sitemaps import MunicipalitySitemap

logger = logging.getLogger(__name__)

# What the apps request below /api/v3/<slug>/<language>/ without a query string (api/urls.py).
# News is asked for with and without the slash, both are answered (and cached) apart.
V3_LANGUAGE_PATHS = (
    "pages/", "children/", "imprint/", "disclaimer/", "offers/", "extras/", "news", "news/", "news/local/",
    "locations/", "location-categories/", "feeds/news.rss", "feeds/news.atom", "pdf/", "pdf",
)
REST_LANGUAGE_PATHS = ("tree/", "imprint/", "news/", "locations/", "plugins/")


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_after_commit(scopes, urls=()):
    """Queue the purge of these page-cache scopes (and extra URLs) once the transaction commits."""
    if not is_configured():
        return
    scopes, urls = sorted(set(scopes)), sorted(set(urls))
    transaction.on_commit(lambda: purge_scopes_task.enqueue(scopes, urls))


def page_urls(page, subtree=False):
    """A page's own URLs now (its full URL and Wagtail's `get_cached_paths`), for a page about to leave;
    with `subtree`, its live descendants' too (a page about to move takes them along)."""
    if not is_configured():
        return []
    batch = PurgeBatch()
    batch.add_page(page)
    if subtree:
        batch.add_pages(page.get_descendants().live().specific())
    return sorted(batch.urls)


@task()
def purge_scopes_task(scopes, urls=()):
    """Purge every URL of these scopes; returns how many URLs were sent to the backends."""
    try:
        everything = set(urls)
        for scope in scopes:
            everything |= scope_urls(scope)
        purge_urls_from_cache(sorted(everything))
        return len(everything)
    except Exception:  # the CDN is an optimisation: a failure must never undo or block an edit
        logger.exception("Purging the frontend cache failed for %s", ", ".join(scopes))
        return 0


def scope_urls(scope):
    if scope == page_cache.ALL:
        urls = landing_urls()
        for municipality in Municipality.objects.order_by("slug"):
            urls |= entry_urls(municipality)
        # Every municipality's start page in each language, in one query.
        start_pages = get_municipality_page_model().objects.live().select_related("locale", "municipality")
        return urls | {url for url in (page.get_full_url() for page in start_pages) if url}
    if scope == page_cache.LANDING:
        return landing_urls()
    if scope.startswith("host:"):
        return set()  # always bumped with its municipality's slug, whose URLs include the domain's
    municipality = Municipality.objects.filter(slug=scope).first()
    return municipality_urls(municipality) if municipality else set()


def landing_urls():
    base = public_base(None)
    landing = {f"{base}/", f"{base}/sitemap.xml", f"{base}/api/v3/regions/", f"{base}/api/municipalities/"}
    for page in Page.objects.live().filter(depth=2).specific():  # the landing page in each language
        url = page.get_full_url()
        if url:
            landing.add(url)
    return landing


def municipality_urls(municipality):
    """Every URL readers and apps get from this municipality: its entry URLs and every page."""
    sitemap = MunicipalitySitemap(municipality, include_hidden=True)
    root = f"{sitemap.site_root.scheme}://{sitemap.site_root.netloc}" if sitemap.site_root.netloc else public_base(None)
    return entry_urls(municipality) | {root + path for item in sitemap.translated_pages for _page, path in item.values()}


def entry_urls(municipality):
    """Its start URL, sitemap and API answers without a query string (built without a database query)."""
    base = public_base(None)
    slug = municipality.slug
    urls = {f"{base}/{slug}/", f"{base}/sitemap-{slug}.xml", f"{base}/api/v3/regions/{slug}/",
            f"{base}/api/municipalities/{slug}/", f"{base}/api/municipalities/{slug}/languages/"}
    urls |= {f"{base}/api/v3/{slug}/{path}" for path in ("languages/", "offers/", "extras/")}
    v3_paths = V3_LANGUAGE_PATHS + plugin_feed_paths()
    plugin_paths = [f"plugins/{key}/{segment}/" for key, segment in plugin_feed_segments()]
    for code in municipality.language_codes:
        urls |= {f"{base}/api/v3/{slug}/{code}/{path}" for path in v3_paths}
        urls |= {f"{base}/api/municipalities/{slug}/{code}/{path}" for path in (*REST_LANGUAGE_PATHS, *plugin_paths)}
    return urls


def plugin_feed_segments():
    """(plugin key, segment) of every installed plugin's API content, switched on or not (off: now a 404)."""
    return [(config.plugin_key, segment) for config in installed_plugins() for segment in config.api_feeds]


def plugin_feed_paths():
    paths = []
    for key, segment in plugin_feed_segments():
        paths.append(f"{key}/{segment}/")
        if segment == key:
            paths.append(f"{key}/")
    return tuple(paths)
