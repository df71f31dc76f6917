"""HTTP caching and compression for the public site: shared caches and phones may keep anonymous
pages briefly, and get them gzipped.

ConditionalGetMiddleware (above this one in MIDDLEWARE) adds a content ETag and answers 304s;
this middleware adds Cache-Control and, for Wagtail pages, Last-Modified. Nothing personal is
ever cached publicly: admin, previews, logged-in readers, responses setting cookies, non-GET.
Also: the Content-Security-Policy middleware (see the "Security" section of docs/architecture.md).
"""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponseBadRequest
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

NEVER_CACHED_PREFIXES = ("/admin/", "/django-admin/", "/healthz", "/readyz")
UNPREFIXED_PATHS = ("/admin/", "/django-admin/", "/api/", "/documents/", "/media/", "/static/", "/healthz", "/readyz")


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.max_age = getattr(settings, "PUBLIC_PAGE_MAX_AGE", 300)

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(NEVER_CACHED_PREFIXES) or getattr(request, "is_preview", False):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            return response
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.has_header("Cache-Control"):
            return response
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or response.cookies:
            patch_cache_control(response, private=True, no_cache=True)
            return response
        patch_cache_control(response, public=True, max_age=self.max_age, stale_while_revalidate=86400)
        patch_vary_headers(response, ("Cookie",))  # a logged-in editor must not get the anonymous copy
        return response

    def process_template_response(self, request, response):
        """Last-Modified of a Wagtail page: when it was last published (the ETag stays authoritative)."""
        page = (response.context_data or {}).get("page") if hasattr(response, "context_data") else None
        published = getattr(page, "last_published_at", None)
        if published and request.method in ("GET", "HEAD") and not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(published.timestamp())
        return response


class PublicGZipMiddleware(GZipMiddleware):
    """Django's gzip for what anonymous readers get (HTML pages, the API's JSON), not for staff.

    BREACH reads a secret out of compressed sizes when the secret sits next to text the attacker
    controls. Staff pages (the admin, anything for a logged-in user) hold such secrets — their
    data, their session's CSRF token — so they stay uncompressed. What anonymous readers get has
    no secret but the CSRF token of a public form, which Django masks anew for every response,
    and Django's gzip pads each response with random bytes on top.
    """

    def process_response(self, request, response):
        user = getattr(request, "user", None)
        if request.path_info.startswith(NEVER_CACHED_PREFIXES) or (user is not None and user.is_authenticated):
            return response
        return super().process_response(request, response)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its "retry with a language prefix" redirect for paths
    that are not language-prefixed by design: the site's catch-all makes /de/admin/… look valid,
    so a 404 in the admin or the API would otherwise become a redirect to another 404."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)


class RejectNulBytesMiddleware:
    """PostgreSQL cannot store or compare strings with NUL characters; refuse them with a 400
    (in the path, the query string and form fields; the API checks its JSON bodies itself)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        form = request.POST if request.content_type == "application/x-www-form-urlencoded" else {}
        if "\x00" in request.path or _has_nul(request.GET) or (form and _has_nul(form)):
            return HttpResponseBadRequest("Request contains a NUL character.", content_type="text/plain")
        return self.get_response(request)


def _has_nul(query_dict):
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in query_dict.lists())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the one exception the Wagtail admin needs: its date pickers,
    inline panels and wagtail-localize's editor run inline scripts, so the admin (and previews
    rendered there) may run inline scripts; the public site may not."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(("/admin/", "/django-admin/")):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
        return parts
