"""Uploads are refused by size before they are read completely (issue 16, finding 9)."""

import io

import pytest
from django.core.exceptions import RequestDataTooBig
from django.test import Client, RequestFactory
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from plugins.housing.models import HousingOffer, HousingPhoto
from plugins.housing.tests.conftest import empty_cache, form_data, housing, index_de  # noqa: F401 - fixtures (rate-limit counters cleared)

MB = 1024 * 1024


class CountingStream(io.BytesIO):
    """The request body as a client sends it; counts what the server has read."""

    def __init__(self, data):
        super().__init__(data)
        self.read_bytes = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.read_bytes += len(chunk)
        return chunk

    def readline(self, size=-1):
        line = super().readline(size)
        self.read_bytes += len(line)
        return line


def streamed_upload(size):
    """A multipart request whose body is read from a counting stream, as from a socket."""
    body = encode_multipart(BOUNDARY, {"photo_1": _file("big.jpg", size), "title": "Wohnung"})
    stream = CountingStream(body)
    request = RequestFactory().post("/", data={}, content_type=MULTIPART_CONTENT)
    request.META["CONTENT_LENGTH"] = str(len(body))
    request._stream = stream
    return request, stream, len(body)


def _file(name, size):
    upload = io.BytesIO(b"\xff\xd8" + b"\0" * (size - 2))
    upload.name = name
    return upload


def test_a_file_over_the_limit_stops_while_it_streams(settings):
    settings.INTEGREAT_MAX_UPLOAD_FILE_BYTES = 2 * MB
    request, stream, total = streamed_upload(20 * MB)
    with pytest.raises(RequestDataTooBig):
        request.POST  # noqa: B018 - parsing is what is tested
    assert stream.read_bytes < 3 * MB < total  # stopped after the limit, long before the end


def test_a_file_under_the_limit_is_read():
    request, stream, total = streamed_upload(1 * MB)
    assert request.FILES["photo_1"].size == 1 * MB and stream.read_bytes == total


@pytest.mark.django_db
def test_an_announced_body_over_the_limit_is_refused_unread(settings, index_de):
    settings.INTEGREAT_MAX_REQUEST_BYTES = 1 * MB
    client = Client(raise_request_exception=False)
    response = client.post(index_de.url + "submit/", {**form_data(), "photo_1": _file("big.jpg", 2 * MB),
                                                        "photo_1_alt": "Küche"})
    assert response.status_code == 413 and "MB" in response.content.decode()
    assert not HousingOffer.objects.exists()


@pytest.mark.django_db
def test_a_housing_photo_over_the_file_limit_is_a_400_and_stores_nothing(settings, index_de):
    settings.INTEGREAT_MAX_UPLOAD_FILE_BYTES = 1 * MB
    client = Client(raise_request_exception=False)
    response = client.post(index_de.url + "submit/", {**form_data(), "photo_1": _file("big.jpg", 3 * MB),
                                                        "photo_1_alt": "Küche"})
    assert response.status_code == 400
    assert not HousingOffer.objects.exists() and not HousingPhoto.objects.exists()
