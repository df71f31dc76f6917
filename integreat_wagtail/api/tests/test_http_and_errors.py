"""Bad input never gives a 500 or an HTML page; CORS, ETag/304 and gzip on every read."""

import gzip
import json

ORIGIN = {"HTTP_ORIGIN": "https://app.example"}  # what browsers send with every cross-origin request

from integreat_wagtail.feedback.models import Feedback

BAD_REQUESTS = [
    ("/api/v3/nowhere/de/pages/", 404),
    ("/api/v3/regions/nowhere/", 404),
    ("/api/v3/nowhere/languages/", 404),
    ("/api/v3/aachtal/xx/pages/", 404),
    ("/api/v3/aachtal/ar/pages/", 404),
    ("/api/v3/aachtal/de/page/?id=999999", 404),
    ("/api/v3/aachtal/de/page/?id=abc", 400),
    ("/api/v3/aachtal/de/page/?id=99999999999999999999999", 404),
    ("/api/v3/aachtal/de/page/?url=/aachtal/de/gibt-es-nicht/", 404),
    ("/api/v3/aachtal/de/children/?depth=-1", 400),
    ("/api/v3/aachtal/de/children/?depth=abc", 400),
    ("/api/v3/aachtal/de/children/?depth=100000", 400),
    ("/api/v3/aachtal/de/parents/", 400),
    ("/api/v3/aachtal/de/news/?page=abc", 400),
    ("/api/v3/aachtal/de/news/?size=100000000", 400),
    ("/api/v3/aachtal/de/news/?page=0", 400),
    ("/api/v3/aachtal/de/search/?q=" + "x" * 500, 400),
    ("/api/v3/aachtal/de/events/", 404),  # events plugin is off here
    ("/api/v3/aachtal/de/housing/", 404),
    ("/api/v3/aachtal/de/labour/jobs/", 404),
    ("/api/v3/aachtal/de/nonsense/", 404),
    ("/api/v3/aachtal/de/nonsense/deeper/", 404),
    ("/api/nothing/here/", 404),
    ("/api/v3/", 404),
    ("/api/municipalities/nowhere/", 404),
    ("/api/municipalities/aachtal/xx/pages/", 404),
    ("/api/municipalities/aachtal/de/pages/?limit=0", 400),
    ("/api/municipalities/aachtal/de/pages/?limit=501", 400),
    ("/api/municipalities/aachtal/de/pages/?limit=abc", 400),
    ("/api/municipalities/aachtal/de/pages/?offset=-1", 400),
    ("/api/municipalities/aachtal/de/pages/?fields=id,password", 400),
    ("/api/municipalities/aachtal/de/pages/999999/", 404),
    ("/api/municipalities/aachtal/de/pages/abc/", 400),
    ("/api/municipalities/aachtal/de/tree/?depth=-1", 400),
    ("/api/municipalities/aachtal/de/search/", 400),
    ("/api/municipalities/aachtal/de/news/?limit=100000", 400),
    ("/api/municipalities/aachtal/de/plugins/housing/housing/", 404),
    ("/api/municipalities/aachtal/de/plugins/nonsense/x/", 404),
]


def test_bad_requests_answer_json_errors(client, site):
    for url, status in BAD_REQUESTS:
        response = client.get(url, **ORIGIN)
        assert response.status_code == status, (url, response.status_code, response.content[:300])
        assert response["Content-Type"].startswith("application/json"), url
        body = response.json()
        assert body["error"] and body["status"] == status, (url, body)
        assert response["Access-Control-Allow-Origin"] == "*"


def test_wrong_methods_and_bad_bodies(client, site):
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)("/api/v3/aachtal/de/pages/")
        assert response.status_code == 405, method
        assert response.json()["error"] == "Method not allowed."
        assert "GET" in response["Allow"]
    response = client.post("/api/municipalities/")
    assert response.status_code == 405 and response.json()["status"] == 405
    url = "/api/v3/aachtal/de/feedback/page/"
    response = client.post(url, "{not json", content_type="application/json")
    assert response.status_code == 400 and response.json()["error"] == "Malformed JSON body."
    response = client.post(url, "[1, 2]", content_type="application/json")
    assert response.status_code == 400
    response = client.post(url, json.dumps({"rating": "up", "slug": "anmeldung", "comment": ["a"]}), content_type="application/json")
    assert response.status_code == 400
    response = client.post(url, json.dumps({"comment": "x" * 20_000}), content_type="application/json")
    assert response.status_code == 413 and response.json()["error"] == "Request body too large."
    assert Feedback.objects.count() == 0


def test_feedback_is_rate_limited_per_client(client, site, settings):
    url = "/api/v3/aachtal/de/feedback/categories/"
    statuses = [client.post(url, {"rating": "up"}, REMOTE_ADDR="10.0.0.1").status_code for _ in range(22)]
    assert statuses[:20] == [201] * 20
    assert statuses[20:] == [429, 429]
    limited = client.post(url, {"rating": "up"}, REMOTE_ADDR="10.0.0.1")
    assert limited.json()["error"].startswith("Too many requests")
    # Another client is not affected; nothing about the clients is stored.
    assert client.post(url, {"rating": "up"}, REMOTE_ADDR="10.0.0.2").status_code == 201
    assert Feedback.objects.count() == 21


def test_feedback_rate_limit_counts_the_client_behind_trusted_proxies(client, site, settings):
    settings.INTEGREAT_TRUSTED_PROXY_COUNT = 1
    url = "/api/v3/aachtal/de/feedback/categories/"

    def post(forwarded):
        return client.post(url, {"rating": "up"}, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded).status_code

    assert [post("198.51.100.1") for _ in range(21)][-1] == 429
    assert post("198.51.100.2") == 201  # another reader behind the same proxy
    assert post("203.0.113.66, 198.51.100.1") == 429  # a forged left-most address changes nothing


def test_cors_etag_304_and_gzip(client, site):
    url = "/api/v3/aachtal/de/pages/"
    first = client.get(url, **ORIGIN)
    assert first["Access-Control-Allow-Origin"] == "*"
    assert set(first["Access-Control-Expose-Headers"].split(", ")) == {"ETag", "Last-Modified"}
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200
    zipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(zipped.content)) == first.json()
    # The gzip answer's (weak) ETag still gives a 304.
    assert client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=zipped["ETag"]).status_code == 304
    own = client.get("/api/municipalities/aachtal/de/pages/", HTTP_ACCEPT_ENCODING="gzip", **ORIGIN)
    assert own["Content-Encoding"] == "gzip" and own["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/municipalities/aachtal/de/pages/", HTTP_IF_NONE_MATCH=own["ETag"]).status_code == 304


def test_preflights_are_answered_for_every_api_url(client, site):
    for url in ("/api/v3/aachtal/de/pages/", "/api/v3/aachtal/de/feedback/page/", "/api/municipalities/"):
        preflight = client.options(url, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
                                   HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type", **ORIGIN)
        assert preflight.status_code == 200, url
        assert preflight["Access-Control-Allow-Origin"] == "*"
        assert "POST" in preflight["Access-Control-Allow-Methods"]
        assert "content-type" in preflight["Access-Control-Allow-Headers"]
        assert preflight["Access-Control-Max-Age"] == "86400"


def test_redirects_of_the_api_carry_cors_headers(client, site):
    response = client.get("/api/v3/aachtal/de/pages", **ORIGIN)
    assert response.status_code == 301 and response["Location"] == "/api/v3/aachtal/de/pages/"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_cors_stays_off_the_public_site(client, site):
    response = client.get("/", **ORIGIN)
    assert "Access-Control-Allow-Origin" not in response


def test_publishing_changes_the_etag(client, site):
    url = "/api/v3/aachtal/de/pages/"
    etag = client.get(url)["ETag"]
    page = site["bank"]
    page.title = "Girokonto"
    page.save_revision().publish()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Girokonto" in {item["title"] for item in response.json()}


def test_feedback_rate_limit_is_configured_like_every_other_public_write(client, site, settings):
    settings.INTEGREAT_RATE_LIMITS = {**settings.INTEGREAT_RATE_LIMITS, "api.feedback": (2, 60)}
    url = "/api/v3/aachtal/de/feedback/categories/"
    responses = [client.post(url, {"rating": "up"}, REMOTE_ADDR="10.0.0.3") for _ in range(3)]
    assert [response.status_code for response in responses] == [201, 201, 429]
    assert responses[-1]["Retry-After"] == "60"
