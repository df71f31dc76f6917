"""A database outage answers 503 ("try again shortly"), in the reader's language, instead of 500.

Django hands every uncaught exception (from a view or a middleware) to `handler500` while it is
being handled, so `server_error` sees it and can tell an unreachable or hung database (connection
refused or lost, connect or statement timeout) from a bug. The 503 page needs no database: a plain
template, the language taken from the URL or the browser, never from a municipality.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def is_database_outage(error):
    return isinstance(error, (OperationalError, InterfaceError))


def reader_language(request):
    return translation.get_language_from_path(request.path_info) or translation.get_language_from_request(request)


def database_unavailable(request):
    """The 503 answer: JSON under /api/, else the page in the reader's language."""
    logger.error("Database unavailable on %s: %s", request.path, sys.exc_info()[1])
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"error": "Temporarily unavailable, please try again shortly.", "status": 503}, status=503)
    else:
        with translation.override(reader_language(request)):
            response = render(request, "core/503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    if is_database_outage(sys.exc_info()[1]):
        return database_unavailable(request)
    return render(request, "500.html", status=500)
