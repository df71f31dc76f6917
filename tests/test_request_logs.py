"""Structured logs: one JSON line per request with its id, path, status and duration; the id in the
X-Request-ID header and in every record logged while the request is served."""

import io
import json
import logging
import logging.config

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.urls import path

from integreat_wagtail.settings.log_config import logging_config


def view_that_logs(request):
    logging.getLogger("integreat_wagtail.example").warning("Something worth a look")
    return HttpResponse("ok", status=202)


def missing(request):
    return HttpResponse("gone", status=404)


urlpatterns = [path("logs/", view_that_logs), path("missing/", missing)]


def configure(log_format):
    """The settings' logging in `log_format`, its console handler writing to a buffer that is returned."""
    logging.config.dictConfig(logging_config({"LOG_FORMAT": log_format}))
    stream = io.StringIO()
    logging.getLogger().handlers[0].setStream(stream)
    return stream


@pytest.fixture
def json_logs():
    """A function returning the records logged so far as JSON lines, parsed."""
    stream = configure("json")
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    logging.config.dictConfig(settings.LOGGING)


@pytest.mark.urls(__name__)
def test_a_request_logs_a_json_line_with_its_id_path_status_and_duration(client, json_logs):
    response = client.get("/logs/?q=1")
    request_id = response["X-Request-ID"]
    assert len(request_id) == 32
    warning, request_line = json_logs()
    assert warning == {
        "time": warning["time"], "level": "WARNING", "logger": "integreat_wagtail.example",
        "message": "Something worth a look", "request_id": request_id,
    }
    assert warning["time"].endswith("+00:00")
    assert request_line["request_id"] == request_id
    assert (request_line["method"], request_line["path"], request_line["status"]) == ("GET", "/logs/", 202)
    assert request_line["level"] == "INFO" and request_line["logger"] == "integreat_wagtail.requests"
    assert 0 < request_line["duration_ms"] < 10_000


@pytest.mark.urls(__name__)
def test_every_request_gets_its_own_id_and_records_outside_requests_have_none(client, json_logs):
    first, second = client.get("/logs/")["X-Request-ID"], client.get("/logs/")["X-Request-ID"]
    logging.getLogger("integreat_wagtail.example").warning("From a command")
    records = json_logs()
    assert first != second
    assert [record["request_id"] for record in records] == [first, first, second, second, None]


@pytest.mark.urls(__name__)
def test_djangos_own_error_record_after_the_response_carries_the_id_too(client, db, json_logs):
    request_id = client.get("/missing/")["X-Request-ID"]
    logging.getLogger("integreat_wagtail.example").warning("After the request")
    request_line, not_found, after = json_logs()
    assert (not_found["logger"], not_found["message"]) == ("django.request", "Not Found: /missing/")
    assert [request_line["request_id"], not_found["request_id"], after["request_id"]] == [request_id, request_id, None]


@pytest.mark.urls(__name__)
def test_the_id_of_a_trusted_proxy_round_trips(client, settings, json_logs):
    settings.INTEGREAT_TRUSTED_PROXY_COUNT = 1
    response = client.get("/logs/", HTTP_X_REQUEST_ID="7f3c9a0e-proxy:42")
    assert response["X-Request-ID"] == "7f3c9a0e-proxy:42"
    assert {record["request_id"] for record in json_logs()} == {"7f3c9a0e-proxy:42"}


@pytest.mark.urls(__name__)
def test_without_a_trusted_proxy_a_sent_id_is_not_believed(client, json_logs):
    response = client.get("/logs/", HTTP_X_REQUEST_ID="7f3c9a0e-chosen-by-the-client")
    assert response["X-Request-ID"] != "7f3c9a0e-chosen-by-the-client" and len(response["X-Request-ID"]) == 32


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("sent", ["short", "x" * 129, "abc def ghi", "abcdefgh\u00e9", '{"json":"injection"}', ""])
def test_a_request_id_of_bad_shape_is_replaced(client, settings, json_logs, sent):
    settings.INTEGREAT_TRUSTED_PROXY_COUNT = 1
    response = client.get("/logs/", HTTP_X_REQUEST_ID=sent)
    assert response["X-Request-ID"] != sent and len(response["X-Request-ID"]) == 32
    assert {record["request_id"] for record in json_logs()} == {response["X-Request-ID"]}


@pytest.mark.urls(__name__)
def test_the_text_format_carries_the_id_too(client):
    stream = configure("text")
    try:
        request_id = client.get("/logs/")["X-Request-ID"]
        lines = stream.getvalue().splitlines()
    finally:
        logging.config.dictConfig(settings.LOGGING)
    assert f"WARNING integreat_wagtail.example [{request_id}] Something worth a look" in lines[0]
    assert lines[1].endswith(f"[{request_id}] GET /logs/ 202")


def test_production_logs_json_by_default_and_an_unknown_format_is_refused():
    assert logging_config({}, default_format="json")["handlers"]["console"]["formatter"] == "json"
    assert logging_config({"LOG_FORMAT": "text"}, default_format="json")["handlers"]["console"]["formatter"] == "text"
    with pytest.raises(ImproperlyConfigured, match="LOG_FORMAT"):
        logging_config({"LOG_FORMAT": "xml"})
