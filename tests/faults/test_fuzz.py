"""Bounded fuzzing of every public endpoint: a few hundred bad inputs, no server error.

The endpoints come from the URL resolver (every pattern outside the admins, its parameters filled
with real values of a small site) and from the page tree (Wagtail's pages and their routes); the
query parameters from the API's OpenAPI schema plus those the site's views and API v3 document.
Inputs are drawn with a fixed seed, so a failure is reproducible.
"""

import json
import random
import re

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

SEED = 16
REQUESTS_PER_ENDPOINT = 6
NOT_PUBLIC = ("admin/", "django-admin/", "static/", "readyz")  # readyz reads no input

BAD_VALUES = [
    "", " ", "²", "٣", "9" * 5000, "-1", "0", "1e309", "NaN", "-0", "18446744073709551616",
    "9999-12-31", "0001-01-01", "2026-02-30", "2026-13-01", "9999-12-31T23:59:59+14:00",
    "../../../etc/passwd", "%", "%00", "'\"><script>alert(1)</script>", "x" * 3000, "true", "[]", "{}",
    "null", "a\x00b", "\u202e\u0645\u0631\u062d\u0628\u0627", "🙂" * 50, "\\", "*", "?", "#", "de-DE", "zz",
]
# Parameters the site's views and API v3 read (docs/api; the own API's come from its schema).
KNOWN_PARAMS = [
    "q", "query", "page", "per_page", "start", "end", "when", "category", "location", "free", "combine_recurring",
    "url", "id", "depth", "on_map", "since", "language", "municipality", "rating", "comment", "slug", "sent",
    "done", "format", "state", "limit", "offset", "size", "sort", "region", "postal_code", "lat", "lng",
]
BAD_BODIES = [
    {"rating": "sideways", "comment": "x" * 5000}, {"page": "²", "rating": "up"}, {"page": "9" * 5000},
    {"comment": "a\x00b", "slug": "a\x00b"}, {"slug": ["a"], "query": {"b": 1}}, {"rating": None},
]


@pytest.fixture
def site(municipality):
    enable_plugin(municipality, "events")
    enable_plugin(municipality, "housing")
    index = make_index(municipality)
    make_event(index)
    ensure_index_pages(municipality)
    topic = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    return {"municipality": municipality, "page": topic}


def openapi_params(client):
    schema = client.get("/api/schema/").json()
    return sorted({
        parameter["name"]
        for methods in schema.get("paths", {}).values()
        for operation in methods.values() if isinstance(operation, dict)
        for parameter in operation.get("parameters", [])
    })


def pattern_urls(site):
    """A concrete URL for every public pattern of the resolver whose parameters can be filled."""
    municipality, page = site["municipality"], site["page"]
    location = Location.objects.first()
    values = {
        "slug": municipality.slug, "region": municipality.slug, "section": municipality.slug,
        "municipality_slug": municipality.slug, "language": "de", "language_code": "de", "plugin": "events",
        "segment": "events", "kind": "page", "page_id": str(page.pk), "pk": str(location.pk if location else 1),
        "id": "1", "document_id": "1", "document_filename": "a.pdf", "path": "a.png", "uidb64": "MQ", "token": "x",
    }
    urls = set()

    def walk(patterns, prefix):
        for pattern in patterns:
            part = "de/" if isinstance(pattern.pattern, LocalePrefixPattern) else str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + part)
            elif isinstance(pattern, URLPattern):
                urls.add(fill(prefix + part, values))

    walk(get_resolver().url_patterns, "")
    result = []
    for url in sorted(url for url in urls if url is not None):
        if url.startswith(NOT_PUBLIC):
            continue
        try:
            resolve("/" + url)
        except Resolver404:
            continue
        result.append("/" + url)
    return result


def fill(template, values):
    """The route or regex with its named parameters replaced, or None when something is left open."""
    text = re.sub(r"<(?:\w+:)?(\w+)>", lambda match: values.get(match.group(1), "1"), template)
    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda match: values.get(match.group(1), "1"), text)
    text = text.replace("^", "").replace("$", "").replace("\\Z", "").replace("/?", "/")
    return None if re.search(r"[()\[\]*+?|\\]", text) else text


def page_urls():
    urls = []
    for page in Page.objects.live().specific():
        url = page.get_url()
        if url:
            urls.append(url)
            for route in ("submit/", "feed.ics", "rss/", "atom/", "2026-05-01/"):
                urls.append(url + route)
    return urls


def test_no_bad_input_gives_a_server_error(site):
    client = Client(raise_request_exception=False)
    params = sorted(set(KNOWN_PARAMS) | set(openapi_params(client)))
    endpoints = sorted(set(pattern_urls(site) + page_urls()))
    assert len(endpoints) > 30, endpoints
    rng = random.Random(SEED)
    failures, count = [], 0
    for url in endpoints:
        for _ in range(REQUESTS_PER_ENDPOINT):
            query = {rng.choice(params): rng.choice(BAD_VALUES) for _ in range(rng.randint(1, 3))}
            if rng.random() < 0.7:
                response = client.get(url, query)
            elif rng.random() < 0.5:
                response = client.post(url, {**query, **{k: v for k, v in rng.choice(BAD_BODIES).items() if isinstance(v, str)}})
            else:
                response = client.post(url, json.dumps({**query, **rng.choice(BAD_BODIES)}), content_type="application/json")
            count += 1
            if response.status_code >= 500:
                failures.append((response.status_code, response.request["REQUEST_METHOD"], url, query))
    assert count >= 300
    assert not failures, f"{len(failures)} of {count} requests failed: {failures[:10]}"
