import pytest

from integreat_wagtail.impact import counting

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"


@pytest.fixture(autouse=True)
def empty_buffer():
    """Each test counts from nothing (other tests' reads wait in the same process's buffer)."""
    counting.take()
    yield
    counting.take()


@pytest.fixture
def reader(client):
    """An anonymous reader's browser."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client
