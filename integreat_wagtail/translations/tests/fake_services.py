"""Fake DeepL and LibreTranslate servers on 127.0.0.1, speaking the real APIs' request and response formats.

Each "translates" by tagging the text with the target language: "[EN-GB] Hallo" (DeepL), "[en] Hallo"
(LibreTranslate). They record what they receive, so tests can check what reached the service.
"""

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class FakeService(BaseHTTPRequestHandler):
    received = None  # per server: the decoded translate requests
    fail = False  # answer translate requests with 500

    def reply(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_body(self):
        return self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()

    def log_message(self, *args):
        pass


class FakeDeepL(FakeService):
    """https://developers.deepl.com/docs/api-reference: /v2/languages and form-encoded /v2/translate."""

    auth_key = "secret:fx"
    sources = ("DE", "EN", "AR", "UK")
    targets = ("DE", "EN-GB", "EN-US", "AR", "UK")

    def authorised(self):
        if self.headers.get("Authorization") != f"DeepL-Auth-Key {self.auth_key}":
            self.reply(403, {"message": "Wrong endpoint. Use https://api-free.deepl.com"})
            return False
        return True

    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/v2/languages":
            return self.reply(404, {"message": "Not found"})
        if not self.authorised():
            return None
        kind = parse_qs(url.query).get("type", ["source"])[0]
        codes = self.targets if kind == "target" else self.sources
        return self.reply(200, [{"language": code, "name": code} for code in codes])

    def do_POST(self):
        form = parse_qs(self.read_body())
        if urlparse(self.path).path != "/v2/translate":
            return self.reply(404, {"message": "Not found"})
        if not self.authorised():
            return None
        self.received.append(form)
        if self.fail:
            return self.reply(500, {"message": "Internal error"})
        target = form["target_lang"][0]
        source = form["source_lang"][0]
        return self.reply(
            200, {"translations": [{"detected_source_language": source, "text": f"[{target}] {text}"} for text in form["text"]]}
        )


class FakeLibreTranslate(FakeService):
    """https://libretranslate.com/docs: GET /languages, JSON POST /translate with a list in "q"."""

    pairs = {"de": ("en", "ar", "ti")}

    def do_GET(self):
        if self.path != "/languages":
            return self.reply(404, {"error": "Not found"})
        return self.reply(200, [{"code": code, "name": code, "targets": list(targets)} for code, targets in self.pairs.items()])

    def do_POST(self):
        body = json.loads(self.read_body())
        self.received.append(body)
        if self.fail:
            return self.reply(500, {"error": "Internal error"})
        return self.reply(200, {"translatedText": [f"[{body['target']}] {text}" for text in body["q"]]})


@contextmanager
def serve(handler, **attributes):
    """Run a fresh subclass of `handler` (its own `received` list) in a thread; yields (base URL, handler class)."""
    cls = type(handler.__name__, (handler,), {"received": [], **attributes})
    server = HTTPServer(("127.0.0.1", 0), cls)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", cls
    finally:
        server.shutdown()
        server.server_close()
