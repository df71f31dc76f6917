"""A local web server whose paths answer like the links editors put on pages, and pages linking to it."""

import http.server
import json
import threading
import time
import uuid
from urllib.parse import urlsplit

import pytest

from tests.factories import add_content_page, root_page


class Handler(http.server.BaseHTTPRequestHandler):
    """/ok 200; /gone 404; /no-head 405 to HEAD, 200 to GET; /moved → /ok; /slow answers after 2 s;
    /to-metadata redirects to the cloud metadata address. Every request is recorded (time, method, path)."""

    requests = None

    def log_message(self, *args):
        pass

    def do_HEAD(self):
        self.answer("HEAD")

    def do_GET(self):
        self.answer("GET")

    def answer(self, method):
        self.requests.append((time.monotonic(), method, self.path))
        if urlsplit(self.path).path == "/slow":
            time.sleep(2)
        status, headers = {
            "/ok": (200, {}),
            "/no-head": (405 if method == "HEAD" else 200, {}),
            "/moved": (301, {"Location": "/ok"}),
            "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}),
            "/slow": (200, {}),
        }.get(urlsplit(self.path).path, (404, {}))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def server():
    """(base URL, list of requests received)."""
    requests = []
    handler = type("RecordingHandler", (Handler,), {"requests": requests})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def private_allowed(settings):
    """The test server listens on 127.0.0.1, which the checker refuses unless configured."""
    settings.INTEGREAT_LINKCHECK_ALLOW_PRIVATE_NETWORKS = True


def page_with_links(parent, title, urls, *, page=None, paragraph=""):
    """A live topic page whose body has a link list (external `urls`, a chosen `page`) and a paragraph."""
    links = [{"title": url, "page": None, "url": url} for url in urls]
    if page is not None:
        links.append({"title": page.title, "page": page.pk, "url": ""})
    body = [{"type": "links", "value": [{"type": "item", "id": str(uuid.uuid4()), "value": link} for link in links]}]
    if paragraph:
        body.append({"type": "paragraph", "value": paragraph})
    return add_content_page(parent, title=title, body=json.dumps(body))


@pytest.fixture
def root(municipality):
    return root_page(municipality)
