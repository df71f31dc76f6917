"""What every API view shares: allowed methods, JSON errors (never an HTML page), body parsing.

CORS (django-cors-headers, for /api/ only), ETags and 304s (ConditionalGetMiddleware) and gzip
(core.middleware.PublicGZipMiddleware) are middleware: see MIDDLEWARE in settings/base.py.
"""

import json
import logging
from functools import wraps

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, JsonResponse
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from integreat_wagtail.core.outage import database_unavailable, is_database_outage
from integreat_wagtail.core.params import contains_nul

logger = logging.getLogger(__name__)

# Bodies of write requests (feedback) are tiny; anything bigger is refused with 413.
MAX_BODY_BYTES = getattr(settings, "INTEGREAT_API_MAX_BODY_BYTES", 16 * 1024)
PUBLIC_CACHE_CONTROL = "public, max-age=60"  # apps revalidate with the ETag after a minute


class ApiError(Exception):
    """Raised inside API views for a clean 4xx JSON answer."""

    def __init__(self, message, status=400, **extra):
        super().__init__(message)
        self.status = status
        self.extra = extra


def json_error(message, status, **extra):
    """The API's error body; a `retry_after` (seconds) is also sent as the Retry-After header."""
    response = JsonResponse({"error": str(message), "status": status, **extra}, status=status)
    if "retry_after" in extra:
        response["Retry-After"] = str(extra["retry_after"])
    return response


def json_response(data, *, last_modified=None, status=200):
    """A JSON answer (lists allowed); `last_modified` (datetime) becomes the Last-Modified header."""
    response = JsonResponse(data, safe=False, status=status, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False})
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


def publicly_cacheable(request, response):
    """Successful reads may be kept for a minute by the apps and shared caches."""
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        response.setdefault("Cache-Control", PUBLIC_CACHE_CONTROL)
    return response


def api_view(methods=("GET",)):
    """Decorate an API view: allowed methods, JSON errors (never an HTML page), public caching."""
    allowed = {method.upper() for method in methods} | ({"HEAD"} if "GET" in methods else set())

    def decorator(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                response["Allow"] = ", ".join(sorted(allowed | {"OPTIONS"}))
                return response
            if request.method not in allowed:
                response = json_error("Method not allowed.", 405, allowed=sorted(allowed))
                response["Allow"] = ", ".join(sorted(allowed | {"OPTIONS"}))
                return response
            return publicly_cacheable(request, call_safely(view, request, *args, **kwargs))

        return wrapper

    return decorator


def call_safely(view, request, *args, **kwargs):
    """Run a view and turn every failure into a JSON error with the right status."""
    try:
        return view(request, *args, **kwargs)
    except ApiError as error:
        return json_error(error, error.status, **error.extra)
    except Http404 as error:
        return json_error(str(error) or "Not found.", 404)
    except PermissionDenied:
        return json_error("Forbidden.", 403)
    except RequestDataTooBig:
        return json_error("Request body too large.", 413)
    except ValidationError as error:
        details = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        return json_error("Invalid input.", 400, details=details)
    except Exception as error:  # noqa: BLE001 - the API answers JSON even when it breaks
        if is_database_outage(error):
            return database_unavailable(request)
        logger.exception("API error on %s", request.path)
        if settings.DEBUG and not getattr(settings, "INTEGREAT_API_HIDE_ERRORS", False):
            raise
        return json_error("Internal error.", 500)


def read_body(request):
    """The request body as a dict (JSON or form), refusing oversized or malformed input."""
    length = request.META.get("CONTENT_LENGTH") or "0"
    try:
        declared = int(length)
    except ValueError:
        raise ApiError("Invalid Content-Length.", 400) from None
    if declared > MAX_BODY_BYTES:
        raise ApiError("Request body too large.", 413, max_bytes=MAX_BODY_BYTES)
    body = request.body
    if len(body) > MAX_BODY_BYTES:
        raise ApiError("Request body too large.", 413, max_bytes=MAX_BODY_BYTES)
    content_type = request.content_type or ""
    if content_type == "application/json":
        try:
            data = json.loads(body.decode("utf-8") or "{}")
        except (UnicodeDecodeError, ValueError):
            raise ApiError("Malformed JSON body.", 400) from None
        if not isinstance(data, dict):
            raise ApiError("The JSON body must be an object.", 400)
    else:
        try:
            data = {key: request.POST.get(key) for key in request.POST}
        except Exception:  # noqa: BLE001 - multipart parser errors of every kind
            raise ApiError("Malformed form body.", 400) from None
    if contains_nul(data):
        raise ApiError("Text must not contain NUL characters.", 400)
    return data


def not_found(request, *args, **kwargs):
    """Catch-all for unknown /api/ URLs: a JSON 404 instead of the site's HTML page."""
    return json_error("Unknown API endpoint.", 404)
