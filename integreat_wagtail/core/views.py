"""Platform-level views: health check, bare municipality URLs and error pages."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation

from integreat_wagtail.municipalities.models import Municipality

logger = logging.getLogger(__name__)


def healthz(request):
    """For load balancers and Docker's HEALTHCHECK: 200 only when the database and cache answer."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as error:  # noqa: BLE001 - any failure means unhealthy
        logger.error("Health check: database failed: %s", error)
        checks["database"] = "error"
    try:
        cache.set("healthz", "ok", 10)
        checks["cache"] = "ok" if cache.get("healthz") == "ok" else "error"
    except Exception as error:  # noqa: BLE001
        logger.error("Health check: cache failed: %s", error)
        checks["cache"] = "error"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)


def municipality_redirect(request, slug):
    """/<slug>/ → the reader's language if the municipality offers it, else its default language."""
    municipality = Municipality.objects.filter(slug=slug).first()
    if municipality is None:
        raise Http404
    wanted = translation.get_language_from_request(request)
    code = wanted if municipality.offers_language(wanted) else municipality.default_language
    page = municipality.page_for_language(code)
    if page is None or not page.live:
        raise Http404
    return HttpResponseRedirect(page.get_url(request=request))


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
