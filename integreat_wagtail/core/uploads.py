"""Uploads refused by size before they are read, not after (100 MB used to be written to disk
before a 5 MB limit was checked).

Three limits, outermost first: the reverse proxy's (docs: `client_max_body_size`), this
middleware's (a body announced bigger than INTEGREAT_MAX_REQUEST_BYTES is answered 413 without
reading a byte), and the upload handler's while the body streams in (a file bigger than
INTEGREAT_MAX_UPLOAD_FILE_BYTES, or a body bigger than announced, stops the upload before the
next chunk reaches the temporary file). Django's DATA_UPLOAD_MAX_MEMORY_SIZE covers the rest of a
form.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext as _

from .outage import reader_language


def max_request_bytes():
    return settings.INTEGREAT_MAX_REQUEST_BYTES


def max_file_bytes():
    return settings.INTEGREAT_MAX_UPLOAD_FILE_BYTES


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            announced = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            announced = 0  # Django reads nothing of a body without a valid length
        if announced > max_request_bytes():
            with translation.override(reader_language(request)):
                message = _("The upload is too large: at most %(size)s can be sent at once.") % {
                    "size": filesizeformat(max_request_bytes())}
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class UploadSizeLimitHandler(FileUploadHandler):
    """First of FILE_UPLOAD_HANDLERS: counts every chunk before the next handler stores it."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.request_bytes = 0
        if content_length > max_request_bytes():
            raise RequestDataTooBig("Upload larger than INTEGREAT_MAX_REQUEST_BYTES.")

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.file_bytes = 0

    def receive_data_chunk(self, raw_data, start):
        self.file_bytes += len(raw_data)
        self.request_bytes += len(raw_data)
        if self.file_bytes > max_file_bytes() or self.request_bytes > max_request_bytes():
            raise RequestDataTooBig("Uploaded file larger than INTEGREAT_MAX_UPLOAD_FILE_BYTES.")
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handler makes the file
