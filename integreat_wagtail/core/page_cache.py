"""Full-page cache: anonymous readers get public pages and API answers from the shared cache.

`PageCacheMiddleware` sits high in MIDDLEWARE (below CORS, above gzip, ETags and sessions), so a
hit runs no session, locale, URL resolution or SQL: two cache reads (the generations, the entry).
Entries are keyed by host, path, the query string without tracking parameters, the language the
page is served in (the URL prefix, else the reader's languages from the cookie and Accept-Language),
the compressed variant, and the generations of what the page belongs to:

- `all`: bumped when a platform-wide object changes (a plugin's global rows, sites);
- the page's scope: its municipality's slug (`/<lang>/<slug>/…`, `/api/v3/<slug>/…`,
  `/sitemap-<slug>.xml`…) or `landing` for the platform's own pages (landing, region list);
- the host: a municipality with its own domain is also invalidated through it.

Invalidation (`page_cache_invalidation.py`) sets a new random generation; old entries are never
found again and expire. A missing generation (evicted, fresh cache) is created, never assumed 0,
so an eviction cannot resurrect stale entries. Never cached: anything but GET/HEAD, requests with
a session cookie or credentials, the admin, previews, responses that are not 200, set cookies,
used the CSRF token, or say `private`/`no-store`/`no-cache`. When the cache is down (core/cache.py)
the generations cannot be read and every request is rendered as if there were no cache.
"""

import hashlib
import re
import secrets
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe
from integreat_wagtail.core.middleware import NEVER_CACHED_PREFIXES
from integreat_wagtail.core.negotiation import reader_preferences

ALL = "all"
LANDING = "landing"
UNCACHED_PREFIXES = NEVER_CACHED_PREFIXES + ("/static/", "/media/", "/documents/")
UNCACHEABLE_DIRECTIVES = re.compile(r"\b(private|no-store|no-cache)\b")
TRACKING_PARAMETERS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+)$")
GENERATION_PREFIX = "pagecache:gen:"
# Raised when what a stored entry holds changes (v2: with the Content-Security-Policy header), so
# entries written by the previous release are never served after an upgrade.
ENTRY_PREFIX = "pagecache:page:v2:"


def generation_key(scope):
    return f"{GENERATION_PREFIX}{scope}"


def host_scope(hostname):
    return f"host:{hostname.lower()}"


def bump(*scopes):
    """Invalidate every cached page of these scopes (a municipality's slug, `landing`, `all`…)."""
    cache.set_many({generation_key(scope): secrets.token_hex(6) for scope in scopes}, timeout=None)


def generations(scopes):
    """The current generation of each scope, created where missing; None when the cache is down."""
    keys = [generation_key(scope) for scope in scopes]
    found = cache.get_many(keys)
    values = [found.get(key) for key in keys]
    for number, key in enumerate(keys):
        if values[number] is None:
            cache.add(key, secrets.token_hex(6), timeout=None)
            values[number] = cache.get(key)
            if values[number] is None:
                return None  # the cache did not keep it: down, or refusing writes
    return values


def scope_of(path):
    """The municipality slug a path belongs to, or `landing` for the platform's own pages."""
    parts = [part for part in path.split("/") if part]
    if not parts:
        return LANDING
    if parts[0] == "api":
        if len(parts) > 2 and parts[1] == "v3":
            if parts[2] == "regions":
                return parts[3] if len(parts) > 3 else LANDING
            return parts[2]
        if len(parts) > 2 and parts[1] == "municipalities":
            return parts[2]
        return LANDING
    if parts[0].startswith("sitemap-") and parts[0].endswith(".xml"):
        return parts[0][len("sitemap-") : -len(".xml")]
    if parts[0] in _language_codes() and len(parts) > 1:
        return parts[1]
    return LANDING


def _language_codes():
    return {code for code, _name in settings.LANGUAGES}


def served_language(request):
    """The language the page is rendered in: the URL's prefix, else the reader's languages in order
    (cookie, then Accept-Language: what the project's own negotiation, core/negotiation.py, chooses from)."""
    prefix = request.path_info.split("/", 2)[1] if request.path_info.count("/") >= 2 else ""
    if prefix in _language_codes():
        return prefix
    return ",".join(reader_preferences(request))


def normalized_query(request):
    """The query string without tracking parameters, in a stable order."""
    if not request.META.get("QUERY_STRING"):
        return ""
    pairs = parse_qsl(request.META["QUERY_STRING"], keep_blank_values=True)
    return urlencode(sorted(pair for pair in pairs if not TRACKING_PARAMETERS.match(pair[0])))


def cache_key(request, host):
    gzip = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
    scopes = (ALL, scope_of(request.path_info), host_scope(host.split(":")[0]))
    current = generations(scopes)
    if current is None:
        return None
    parts = [host, request.path_info, normalized_query(request), served_language(request), str(gzip), *current]
    return ENTRY_PREFIX + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def is_cacheable_request(request):
    if request.method not in ("GET", "HEAD") or request.path_info.startswith(UNCACHED_PREFIXES):
        return False
    if any(re.search(pattern, request.path_info) for pattern in settings.PAGE_CACHE_SKIP_PATHS):
        return False
    return settings.SESSION_COOKIE_NAME not in request.COOKIES and "HTTP_AUTHORIZATION" not in request.META


def is_cacheable_response(request, response):
    user = getattr(request, "user", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
        and not UNCACHEABLE_DIRECTIVES.search(response.get("Cache-Control", ""))
    )


def freeze(response):
    return (response.status_code, list(response.items()), response.content)


def thaw(request, stored):
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    response = get_conditional_response(request, etag=response.get("ETag"), last_modified=last_modified, response=response)
    response["X-Cache"] = "HIT"
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self.key_for(request)
        if key is not None:
            stored = cache.get(key)
            if stored is not None:
                return thaw(request, stored)
        response = self.get_response(request)
        if key is None:
            return response
        if is_cacheable_response(request, response):
            cache.set(key, freeze(response), settings.PAGE_CACHE_SECONDS)
        response["X-Cache"] = "MISS"
        return response

    def key_for(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_cacheable_request(request):
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None  # answered 400 further down
        return cache_key(request, host)
