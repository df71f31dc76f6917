"""Request ids: one id per request in its response header (`X-Request-ID`) and in every log record
written while it is served, so the lines of one request can be found together across workers and
matched with the reverse proxy's access log.

Behind INTEGREAT_TRUSTED_PROXY_COUNT proxies the id the proxy sent is kept (nginx: `proxy_set_header
X-Request-ID $request_id;`); without a trusted proxy, or when the id has another shape (it lands in
log lines and headers, so only letters, digits and `._:-`, 8–128 characters), a new one is made.
"""

import contextvars
import logging
import re
import time
import uuid

from django.conf import settings
from django.core.signals import request_finished
from django.dispatch import receiver

HEADER = "X-Request-ID"
VALID_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")
PROBES = {"/healthz", "/readyz"}  # asked every few seconds by the load balancer: logged at DEBUG only
current_request_id = contextvars.ContextVar("request_id", default=None)
logger = logging.getLogger("integreat_wagtail.requests")


def request_id_for(request):
    """The proxy's id where a trusted proxy sent one of the accepted shape, else a new one."""
    sent = request.headers.get(HEADER, "")
    if settings.INTEGREAT_TRUSTED_PROXY_COUNT > 0 and VALID_ID.fullmatch(sent):
        return sent
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Sets the request's id for its log records, returns it in the header, logs one line per request
    (method, path, status, duration)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = request_id_for(request)
        current_request_id.set(request.id)  # until the response is closed: Django logs errors after us
        started = time.monotonic()
        response = self.get_response(request)
        response[HEADER] = request.id
        logger.log(
            logging.DEBUG if request.path in PROBES else logging.INFO, "%s %s %s",
            request.method, request.path, response.status_code,
            extra={
                "method": request.method, "path": request.path, "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
            },
        )
        return response


@receiver(request_finished, dispatch_uid="integreat_wagtail.forget_request_id")
def forget_request_id(**kwargs):
    """The response is closed: what the worker logs next belongs to no request."""
    current_request_id.set(None)


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record (None outside a request: commands, the task worker)."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
