"""After sending an offer the reader lands on the host they used (issue 15, finding 7), also when
Wagtail's page URLs are absolute (a municipality with its own domain makes a second Site) and the
default Site says localhost:80."""

from urllib.parse import urlsplit

from tests.factories import make_municipality

from .conftest import form_data

HOST = "127.0.0.1:8123"


def test_the_thank_you_redirect_stays_on_the_readers_host(client, index_de):
    make_municipality("Birkenau", "birkenau", ["de"], hostname="www.birkenau.example")
    assert index_de.full_url.startswith("http://localhost/")  # the Site row's URL, without a request
    path = urlsplit(index_de.full_url).path
    response = client.post(path + "submit/", form_data(), HTTP_HOST=HOST)
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(("/", f"http://{HOST}/")) and location.endswith("submit/?sent=1"), location
    assert "localhost" not in location
