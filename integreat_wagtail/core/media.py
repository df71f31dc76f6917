"""Uploads served by Django itself (the demo and single-machine setups; behind S3 never reached)."""

from django.conf import settings
from django.http import Http404
from django.views.static import serve


def serve_media(request, path):
    """Django's static file view; a path the file system refuses to look up (a name longer than
    it allows, ENAMETOOLONG) is a 404 like any other missing file, not a 500."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError:
        raise Http404 from None
