"""Job offers, counselling, housing offers and locations are pages of their own for search engines
(issue 14, finding 9): canonical to themselves, alternates in the same place, and in the sitemap;
and they say who is responsible and how fresh they are (finding 11)."""

import re

import pytest

from integreat_wagtail.plugins.services import disable_plugin, enable_plugin
from plugins.events.demo import load_demo as load_events_demo
from plugins.events.models import EventPage
from plugins.housing.demo import load_demo as load_housing_demo
from plugins.labour.demo import load_demo as load_labour_demo
from integreat_wagtail.locations.models import Location
from tests.factories import make_municipality, root_page


@pytest.fixture
def town(db):
    town = make_municipality("Aachtal", "aachtal", ["de", "en", "ar"])
    for key, load in (("labour", load_labour_demo), ("housing", load_housing_demo), ("events", load_events_demo)):
        enable_plugin(town, key)
        load(town)
    Location.objects.create(municipality=town, locale=root_page(town).locale, name="Rathaus")
    return town


def _sub_pages(client):
    """One URL of each sub-route kind, found as a reader would (following links)."""
    start = client.get("/de/aachtal/").content.decode()
    labour = re.search(r'href="(/de/aachtal/[^"]+/)counselling/"', start).group(1)
    jobs = client.get(labour + "jobs/").content.decode()
    housing = [url for url in re.findall(r'href="(/de/aachtal/[^"/]+/)"', start) if url != labour]
    offers = [re.findall(r'href="(%s\d+/)"' % re.escape(url), client.get(url).content.decode()) for url in housing]
    locations = client.get("/de/aachtal/locations/").content.decode()
    return {
        "counselling": labour + "counselling/",
        "job": re.search(r'href="(%sjobs/\d+/)"' % re.escape(labour), jobs).group(1),
        "housing offer": next(found[0] for found in offers if found),
        "location": re.search(r'href="(/de/aachtal/locations/\d+/)"', locations).group(1),
    }


def test_sub_pages_are_canonical_to_themselves_with_alternates_in_the_same_place(client, town):
    for kind, url in _sub_pages(client).items():
        html = client.get(url, {"topic": "recognition"} if kind == "counselling" else {}).content.decode()
        assert re.search(r'<link rel="canonical" href="http://[^/"]+%s">' % re.escape(url), html), kind
        assert re.search(r'<meta property="og:url" content="http://[^/"]+%s">' % re.escape(url), html), kind
        alternate = re.search(r'<link rel="alternate" hreflang="ar" href="http://[^/"]+(/[^"]*)">', html)
        if kind == "location":  # the place is German only: no alternate in a language it lacks
            assert alternate is None
            continue
        alternate = alternate.group(1)
        sub_route = url.split("/", 4)[4]  # below /de/aachtal/<section>/
        assert alternate.startswith("/ar/aachtal/") and alternate.endswith(sub_route), (kind, alternate)


def test_sub_pages_are_in_the_sitemap_with_their_translations(client, town):
    xml = client.get("/sitemap-aachtal.xml").content.decode()
    locations = set(re.findall(r"<loc>http://[^/<]+([^<]*)</loc>", xml))
    for kind, url in _sub_pages(client).items():
        assert url in locations, kind
    job_id = _sub_pages(client)["job"].split("/")[-2]
    assert re.search(r'hreflang="ar"\s+href="http://[^/"]+/ar/aachtal/[^"]+/jobs/%s/"' % job_id, xml)


def test_a_plugin_switched_off_leaves_its_sub_pages_out_of_the_sitemap(client, town):
    job = _sub_pages(client)["job"]
    disable_plugin(town, "labour")
    assert job not in client.get("/sitemap-aachtal.xml").content.decode()


def test_offers_counselling_events_and_locations_say_who_is_responsible_and_when_updated(client, town):
    pages = _sub_pages(client)
    pages["event"] = EventPage.objects.live().filter(locale__language_code="de").first().url
    for kind, url in pages.items():
        html = client.get(url).content.decode()
        trust = re.search(r'<aside class="trust.*?</aside>|<p class="trust.*?</p>', html, re.S)
        assert trust, kind
        assert "Verantwortlich:" in trust.group(0) or (kind == "event" and "<dt>Veranstalter" in html), kind
        assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}', trust.group(0)), kind
