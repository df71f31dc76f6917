"""The core's link checker reads a plugin page's own fields without knowing the plugin: an event's
registration and online links (URL fields) and its description (rich text)."""

from integreat_wagtail.linkcheck.checks import store_links
from tests.factories import make_municipality

from .helpers import make_event, make_index


def test_event_links_are_collected(db):
    town = make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"])
    event = make_event(
        make_index(town), registration_url="https://anmeldung.example.org/cafe", online_url="https://meet.example.org/r",
        description='<p><a href="https://verein.example.org/">Verein</a></p>',
    )

    links = {link.url: list(link.pages.all()) for link in store_links(town)}

    assert links == {
        "https://anmeldung.example.org/cafe": [event.page_ptr],
        "https://meet.example.org/r": [event.page_ptr],
        "https://verein.example.org/": [event.page_ptr],
    }
