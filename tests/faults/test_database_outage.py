"""The database unreachable or hung: a 503 in the reader's language, health checks in time.

The tests through the TCP proxy need PostgreSQL (CI's PostgreSQL pass, DATABASE_URL=postgres://…):
requests then use a fresh connection to the test database that goes through the proxy.
"""

import time
from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection, connections
from django.test import Client

from tests.factories import root_page

from .conftest import POSTGRES_PORT
from .proxy import FaultProxy

pytestmark = pytest.mark.django_db

needs_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="cuts a PostgreSQL connection")


@pytest.fixture
def reader():
    """A client that gets the error page Django serves (the default client re-raises)."""
    return Client(raise_request_exception=False)


def failing_queries(execute, sql, params, many, context):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


def test_a_database_error_gives_503_in_the_readers_language(reader, municipality):
    url = root_page(municipality, "ar").url
    with connection.execute_wrapper(failing_queries):
        response = reader.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] and "no-store" in response["Cache-Control"]
    text = response.content.decode()
    assert 'lang="ar" dir="rtl"' in text and "غير متاح مؤقتًا" in text


def test_the_api_answers_503_as_json(reader, municipality):
    with connection.execute_wrapper(failing_queries):
        response = reader.get("/api/v3/aachtal/de/pages/")
    assert response.status_code == 503 and response.json()["status"] == 503


def test_other_errors_stay_500(reader, municipality, monkeypatch):
    monkeypatch.setattr("home.models.MunicipalityPage.serve", lambda *args, **kwargs: 1 / 0)
    response = reader.get(root_page(municipality).url)
    assert response.status_code == 500


@contextmanager
def database_through(proxy):
    """New connections (this thread's and every other thread's) go to the test database via `proxy`."""
    settings = connections.settings["default"]
    saved = settings["HOST"], settings["PORT"], settings["NAME"]
    original = connections["default"]
    settings.update(HOST="127.0.0.1", PORT=str(proxy.port), NAME=original.settings_dict["NAME"])
    fresh = connections.create_connection("default")
    connections["default"] = fresh
    try:
        yield
    finally:
        fresh.close()
        connections["default"] = original
        settings["HOST"], settings["PORT"], settings["NAME"] = saved


@pytest.fixture
def postgres_proxy():
    proxy = FaultProxy(POSTGRES_PORT)
    yield proxy
    proxy.close()


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


@needs_postgresql
def test_the_proxy_really_carries_the_database(reader, postgres_proxy, municipality):
    with database_through(postgres_proxy):
        assert reader.get("/readyz").status_code == 200
        with connection.cursor() as cursor:
            cursor.execute("SELECT inet_server_port()")  # the real server behind the proxy
            assert cursor.fetchone()[0] == POSTGRES_PORT


@needs_postgresql
@pytest.mark.parametrize("fault", ["drop", "stall"])
def test_database_cut_or_hung(reader, postgres_proxy, municipality, fault):
    url = root_page(municipality, "ar").url
    with database_through(postgres_proxy):
        getattr(postgres_proxy, fault)()
        response, seconds = timed_get(reader, "/healthz")
        assert response.status_code == 200 and seconds < 0.5
        response, seconds = timed_get(reader, "/readyz")
        assert response.status_code == 503 and seconds < 2
        assert response.json()["components"]["database"] in ("error", "timeout")
        response, seconds = timed_get(reader, url)
        assert response.status_code == 503 and "غير متاح مؤقتًا" in response.content.decode()
        assert seconds < (1 if fault == "drop" else 5)  # a hung server: the connect timeout (3 s)
