"""Counting reads of pages and API answers, cache hits included, with no SQL per request.

What a response shows is named by the view that rendered it (`mark_read`: Wagtail's
`before_serve_page` hook for pages, the API v3 for the apps). `ReadMarkerMiddleware`, right below
the page cache, writes that name into a response header, so the page cache stores it with the
page; `ReadCountingMiddleware`, right above the page cache, takes the header off every response —
rendered or from the cache — and counts it when a reader got it: a GET answered 200, not a
preview, not a logged-in user, not a robot (`counting.is_bot`).
"""

from .counting import is_bot, record_read

MARKER_HEADER = "X-Impact-Read"


def mark_read(request, municipality_id, language, page_id=None, resource=""):
    """Say what this request reads: a page of the site (`resource` "") or an API resource."""
    request.impact_read = f"{municipality_id}:{page_id or ''}:{language}:{resource}"


def mark_page(request, page_id):
    """Name the page an API answer shows, once the view has found it."""
    marker = getattr(request, "impact_read", None)
    if marker is not None:
        municipality_id, _page_id, language, resource = marker.split(":", 3)
        request.impact_read = f"{municipality_id}:{page_id}:{language}:{resource}"


class ReadMarkerMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        marker = getattr(request, "impact_read", None)
        if marker is not None:
            response[MARKER_HEADER] = marker
        return response


def is_counted(request, response):
    user = getattr(request, "user", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
        and not is_bot(request.META.get("HTTP_USER_AGENT", ""))
    )


class ReadCountingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        marker = response.get(MARKER_HEADER)
        if marker is None:
            return response
        del response[MARKER_HEADER]
        if is_counted(request, response):
            municipality_id, page_id, language, resource = marker.split(":", 3)
            record_read(int(municipality_id), language, int(page_id) if page_id else None, resource)
        return response
