"""Absolute URLs on the host readers really use, not the Site row's (the default Site says
`localhost:80` wherever the demo is served): INTEGREAT_PUBLIC_BASE_URL when set, else the
scheme, host and port of the request. A municipality's own domain keeps its Site's URL."""

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Site


def public_base(request):
    """Scheme and host (no trailing slash): the configured public base URL, else the request's; outside
    a request (tasks) the default Site's; "" without any."""
    configured = getattr(settings, "INTEGREAT_PUBLIC_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url.rstrip("/") if site else ""


def public_root_url(site_id, root_url, request=None):
    """The root URL to put in front of a page path of Site `site_id` (whose own is `root_url`).
    `request` may also be Wagtail's plain cache object (frontend_cache's PurgeBatch): then as without one."""
    if not isinstance(request, HttpRequest):
        request = None
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and site.pk == site_id:
        if site.is_default_site or not getattr(settings, "INTEGREAT_PUBLIC_BASE_URL", ""):
            return public_base(request)
        return request.build_absolute_uri("/").rstrip("/")  # a municipality's own domain, as reached
    if getattr(settings, "INTEGREAT_PUBLIC_BASE_URL", "") and Site.objects.filter(pk=site_id, is_default_site=True).exists():
        return public_base(None)
    return root_url


class PublicUrlPageMixin:
    """Pages whose `full_url`/`get_full_url()` (canonical, hreflang, og:url, sitemaps, feeds, redirects)
    use `public_root_url`."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if not parts or parts[1] is None:
            return parts
        site_id, root_url, page_path = parts
        return site_id, public_root_url(site_id, root_url, request), page_path
