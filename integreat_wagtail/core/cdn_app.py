"""wagtail.contrib.frontend_cache without its own signal handlers.

Wagtail's handlers purge a page's URL on publish and unpublish, but inside the transaction (a CDN
that refetches before the commit stores the old page again) and by queueing a task even when no
CDN is configured (a row per publish in the database queue). `core/cdn.py` purges after the commit,
only when WAGTAILFRONTENDCACHE is set, and everything a change makes stale, the page included.
"""

from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    default = False

    def ready(self):
        pass  # handlers: integreat_wagtail.core.page_cache_invalidation → core.cdn
