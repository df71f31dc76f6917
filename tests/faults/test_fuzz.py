"""Bounded fuzzing of every public endpoint: a few hundred bad inputs, no server error.

Endpoints come from the URL resolver (every pattern outside the admins, its parameters filled
with real values of a small site) and the page tree (Wagtail's pages and their routes). Inputs go
where the endpoints read them: the fields of the forms each page shows (search, filters, feedback),
the parameters of the API's OpenAPI schema and those API v3 documents, and the URL path itself.
Each input gets the bad values of its kind (dates, numbers, text), one at a time, so an error
hidden behind another refused field is still reached.
"""

import json
import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import LocalePrefixPattern
from wagtail.models import Page

from integreat_wagtail.locations.models import Location
from integreat_wagtail.plugins.services import enable_plugin
from plugins.events.tests.helpers import make_event, make_index
from plugins.housing.demo import ensure_index_pages
from tests.factories import add_content_page, root_page

pytestmark = pytest.mark.django_db

NOT_PUBLIC = ("/admin/", "/django-admin/", "/static/", "/readyz")  # readyz reads no input
BAD = {
    "date": ["9999-12-31", "0001-01-01", "2026-02-30", "9999-12-31T23:59:59+14:00"],
    "number": ["²", "9" * 5000, "-1", "18446744073709551616"],
    "text": ["a\x00b", "x" * 3000, "'\"><script>", "\u202e\u0645\u0631\u062d\u0628\u0627🙂"],
    "path": ["a" * 300],
}
DATE_NAMES = {"start", "end", "since", "date", "available_from", "available_until"}
NUMBER_NAMES = {"page", "id", "depth", "category", "location", "per_page", "limit", "size", "rooms", "lat", "lng"}
# API v3's query parameters per endpoint (the last part of its URL).
V3_PARAMS = {
    "children": ["url", "id", "depth"], "parents": ["url", "id"], "page": ["url", "id"], "post": ["url", "id"],
    "events": ["start", "end", "combine_recurring"], "search": ["q", "query", "limit"], "news": ["page", "size"],
    "locations": ["on_map"], "fcm": ["channel", "all"],
}
V3_FEEDBACK_FIELDS = ["rating", "comment", "slug", "query"]


def kind_of(name, input_type=""):
    if input_type == "date" or name in DATE_NAMES:
        return "date"
    if input_type == "number" or name in NUMBER_NAMES or name.endswith("_id"):
        return "number"
    return "text"


@pytest.fixture
def site(municipality):
    enable_plugin(municipality, "events")
    enable_plugin(municipality, "housing")
    index = make_index(municipality)
    make_event(index)
    ensure_index_pages(municipality)
    topic = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    return {"municipality": municipality, "page": topic}


class FormParser(HTMLParser):
    """Forms of a page: (method, action, {field: (type, default value)})."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append((attrs.get("method", "get").upper(), attrs.get("action") or "", {}))
        elif tag in ("input", "select", "textarea") and self.forms and attrs.get("name"):
            if attrs.get("type") in ("submit", "checkbox", "radio", "file") and attrs["name"] in self.forms[-1][2]:
                return
            self.forms[-1][2][attrs["name"]] = (attrs.get("type", ""), attrs.get("value") or "")


def resolver_urls(site):
    """A concrete URL for every pattern of the resolver whose parameters can be filled."""
    municipality, page = site["municipality"], site["page"]
    values = {
        "slug": municipality.slug, "region": municipality.slug, "section": municipality.slug,
        "municipality_slug": municipality.slug, "language": "de", "language_code": "de", "plugin": "events",
        "segment": "events", "kind": "page", "page_id": str(page.pk), "path": "a.png",
    }
    urls = set()

    def walk(patterns, prefix):
        for pattern in patterns:
            part = "de/" if isinstance(pattern.pattern, LocalePrefixPattern) else str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + part)
            elif isinstance(pattern, URLPattern):
                urls.add(fill(prefix + part, values))

    walk(get_resolver().url_patterns, "/")
    return sorted(url for url in urls if url and resolvable(url))


def fill(template, values):
    """The route or regex with its named parameters replaced, or None when something is left open."""
    text = re.sub(r"<(?:\w+:)?(\w+)>", lambda match: values.get(match.group(1), "1"), template)
    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda match: values.get(match.group(1), "1"), text)
    text = text.replace("^", "").replace("$", "").replace("\\Z", "").replace("/?", "/")
    return None if re.search(r"[()\[\]*+?|\\]", text) else text


def resolvable(url):
    try:
        resolve(url)
    except Resolver404:
        return False
    return True


def page_urls():
    urls = []
    for page in Page.objects.live().specific():
        url = page.get_url()
        if url:
            urls += [url, url + "submit/", url + "feed.ics", url + "2026-05-01/"]
    return urls


def targets(client, endpoints, routes):
    """(method, url, base data, field, kind) for every input an endpoint reads (a form shown on many
    pages, such as the feedback form, once)."""
    found, forms = set(), {}
    found |= {("GET", url, (), "", "path") for url in routes}  # the page tree's catch-all once, not per page
    for url in endpoints:
        if url.startswith("/api/v3/"):
            found |= {("GET", url, (), name, kind_of(name)) for name in V3_PARAMS.get(url.rstrip("/").split("/")[-1], [])}
            if "/feedback/" in url:
                found |= {("JSON", url, (("rating", "up"),), name, kind_of(name)) for name in V3_FEEDBACK_FIELDS}
            continue
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = FormParser()
        parser.feed(response.content.decode())
        for method, action, fields in parser.forms:
            target = action or url
            if target.startswith(("http", "/admin/")):
                continue
            base = tuple(sorted((name, value) for name, (_, value) in fields.items()))
            for name, (input_type, _) in fields.items():
                if name != "csrfmiddlewaretoken":
                    forms.setdefault((method, target, name), (base, kind_of(name, input_type)))
    schema = client.get("/api/schema/").json()
    for route, methods in schema["paths"].items():
        url = fill("/api" + route.replace("{", "<").replace("}", ">"), {
            "slug": "aachtal", "municipality": "aachtal", "language": "de", "plugin": "events", "kind": "events",
        })
        for operation in methods.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    fmt = parameter.get("schema", {}).get("format", "")
                    kind = "date" if "date" in fmt else "number" if parameter.get("schema", {}).get("type") == "integer" else kind_of(parameter["name"])
                    found.add(("GET", url, (), parameter["name"], kind))
    found |= {(method, target, base, name, kind) for (method, target, name), (base, kind) in forms.items()}
    return sorted(found)


def send(client, method, url, base, field, value):
    if method == "GET" and not field:
        return client.get(url.rstrip("/") + "/" + value + "/")
    data = {**dict(base), field: value}
    if method == "JSON":
        return client.post(url, json.dumps(data), content_type="application/json")
    return client.post(url, data) if method == "POST" else client.get(url, data)


def test_no_bad_input_gives_a_server_error(site):
    client = Client(raise_request_exception=False)
    routes = [url for url in resolver_urls(site) if not url.startswith(NOT_PUBLIC)]
    endpoints = sorted(set(routes + page_urls()))
    found = targets(client, endpoints, routes)
    assert len(endpoints) > 30 and len(found) > 100
    failures, count = [], 0
    for method, url, base, field, kind in found:
        for value in BAD[kind]:
            response = send(client, method, url, base, field, value)
            count += 1
            if response.status_code >= 500:
                failures.append((response.status_code, method, url, field, value[:40]))
    assert count >= 300
    assert not failures, f"{len(failures)} of {count} requests failed: {failures[:10]}"


# Endpoints added since the crawl above was written, with the inputs they read, crafted for them:
# PDFs (API v3 and the apps' legacy WordPress path), icons, places (API and the public list and
# detail pages) and, logged in as an editor, the sharing and broken-links areas of the admin.
ICON_NAMES = ["a" * 300, "nonexistent", "-", "..", "x-" * 40, "ٱلعربية"]


def crafted_requests(site, other):
    """(method, url, data) of every crafted request."""
    municipality, page = site["municipality"], site["page"]
    m, slug = municipality.pk, municipality.slug
    location = site["location"]
    requests = []
    for url in (f"/api/v3/{slug}/de/pdf/", f"/api/v3/{slug}/de/pdf", f"/{slug}/de/wp-json/ig-mpdf/v1/pdf"):
        requests += [("GET", url, {name: value}) for name in ("id", "url") for value in BAD["number"] + BAD["text"]]
    requests += [("GET", f"/icons/{name}.svg", {}) for name in ICON_NAMES]
    requests += [("GET", f"/api/v3/{slug}/de/locations/", {"on_map": value}) for value in BAD["text"] + BAD["number"]]
    requests += [("GET", f"/api/v3/{slug}/de/location-categories/", {"on_map": value}) for value in BAD["text"]]
    requests += [("GET", f"/de/{slug}/locations/", {"category": value}) for value in BAD["number"] + BAD["text"]]
    requests += [("GET", f"/{code}/{slug}/locations/{pk}/", {}) for code in ("de", "ar", "uk", "xx") for pk in (location.pk, 9 * 10**18, 2**63)]
    admin = [
        ("GET", "/admin/sharing/", "municipality", BAD["number"] + BAD["text"] + [str(other.pk)]),
        ("GET", f"/admin/sharing/{m}/library/", "q", BAD["text"]),
        ("GET", f"/admin/sharing/{m}/library/", "topic", BAD["text"]),
        ("GET", f"/admin/sharing/{m}/library/", "language", BAD["text"]),
        ("GET", f"/admin/sharing/{m}/library/", "p", BAD["number"] + BAD["text"]),
        ("GET", f"/admin/sharing/{m}/library/{page.pk}/", "language", BAD["text"]),
        ("POST", f"/admin/sharing/{m}/library/{page.pk}/take/", "parent", BAD["number"] + BAD["text"]),
        ("POST", f"/admin/sharing/{m}/library/{page.pk}/take/", "kind", BAD["text"]),
        ("POST", f"/admin/sharing/pages/{page.pk}/share/", "audience", BAD["text"]),
        ("POST", f"/admin/sharing/pages/{page.pk}/share/", "recipients", BAD["number"] + BAD["text"]),
        ("GET", "/admin/links/", "municipality", BAD["number"] + BAD["text"]),
        ("GET", f"/admin/links/{m}/", "p", BAD["number"] + BAD["text"]),
    ]
    for method, url, field, values in admin:
        base = {"kind": "copy", "parent": root_page(municipality).pk, "audience": "chosen"} if method == "POST" else {}
        requests += [(method, url, {**base, field: value}) for value in values]
    requests += [("GET", f"/admin/sharing/{m}/library/{pk}/", {}) for pk in (9 * 10**18, 2**63)]
    requests += [("POST", f"/admin/sharing/{m}/shares/{pk}/stop/", {}) for pk in (9 * 10**18, 2**63)]
    requests += [("GET", f"/admin/sharing/{m}/reuses/{pk}/changes/", {"language": "xx"}) for pk in (9 * 10**18, 2**63)]
    requests += [("GET", f"/admin/links/{pk}/", {}) for pk in (9 * 10**18, 2**63, other.pk)]
    return requests


def test_new_endpoints_answer_crafted_input_without_a_server_error(site, editor, other_municipality):
    site["location"] = Location.objects.create(municipality=site["municipality"], name="Rathaus", locale=root_page(site["municipality"]).locale)
    client = Client(raise_request_exception=False)
    client.force_login(editor)
    failures = []
    requests = crafted_requests(site, other_municipality)
    for method, url, data in requests:
        response = client.post(url, data) if method == "POST" else client.get(url, data)
        if response.status_code >= 500:
            failures.append((response.status_code, method, url, {key: str(value)[:40] for key, value in data.items()}))
    assert len(requests) > 150
    assert not failures, f"{len(failures)} of {len(requests)} requests failed: {failures[:10]}"
