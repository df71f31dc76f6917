"""WAGTAILFRONTENDCACHE from the environment: the CDN or reverse proxy in front of the site that is
told to drop changed pages (core/cdn.py). Nothing by default: then nothing is purged or queued.

- FRONTEND_CACHE_PURGE_URL: Varnish, nginx or Squid, sent an HTTP PURGE of each URL (Wagtail's
  HTTPBackend, with a time limit: core/cdn_backends.py), e.g. `http://varnish:6081`;
- CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID: Cloudflare's purge API (a token allowed "Cache Purge");
- CLOUDFRONT_DISTRIBUTION_ID: an AWS CloudFront invalidation (credentials from boto3's usual chain).
Several may be set at once; each then gets every purge.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def frontend_cache_backends(environ):
    """The WAGTAILFRONTENDCACHE setting for the variables set; {} without any, a clear error for half a setup."""
    backends = {}
    purge_url = environ.get("FRONTEND_CACHE_PURGE_URL", "").strip()
    if purge_url:
        parts = urlsplit(purge_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ImproperlyConfigured(
                f"FRONTEND_CACHE_PURGE_URL must be an http(s) URL such as http://varnish:6081, not “{purge_url}”."
            )
        backends["proxy"] = {"BACKEND": "integreat_wagtail.core.cdn_backends.TimedHTTPBackend", "LOCATION": purge_url}
    token, zone = environ.get("CLOUDFLARE_API_TOKEN", "").strip(), environ.get("CLOUDFLARE_ZONE_ID", "").strip()
    if bool(token) != bool(zone):
        raise ImproperlyConfigured("Cloudflare needs both CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID.")
    if token:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": token,
            "ZONEID": zone,
        }
    distribution = environ.get("CLOUDFRONT_DISTRIBUTION_ID", "").strip()
    if distribution:
        if not distribution.isalnum():
            raise ImproperlyConfigured(f"CLOUDFRONT_DISTRIBUTION_ID must be letters and digits, not “{distribution}”.")
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends
