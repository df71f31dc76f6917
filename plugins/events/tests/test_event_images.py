"""An event's picture on its page, and the demo calendar's pictures (the site demo's illustrations)."""

import pytest

from plugins.events import demo
from plugins.events.models import EventPage
from tests.factories import make_image, make_municipality

from .helpers import make_event, make_index


@pytest.fixture
def town(db):
    return make_municipality("Ebental", "ebental", ["de", "ar"], plugins=["events"])


def test_the_event_page_shows_its_picture_with_its_description(client, town):
    event = make_event(make_index(town), "Sprachcafé", image=make_image("Tee"), image_alt="Menschen am Tisch mit Tee")
    html = client.get(event.url).content.decode()
    assert 'alt="Menschen am Tisch mit Tee"' in html and ".fill-640x360.format-webp" in html


def test_demo_events_get_the_illustration_of_their_topic_where_the_demo_drew_one(client, town):
    language = make_image("Illustration: language", collection=town.collection)
    make_image("Illustration: language", collection=make_municipality("Birkenau", "birkenau", ["de"]).collection)
    demo.load_demo(town)
    events = {page.slug: page for page in EventPage.objects.filter(locale__language_code="de")}
    assert events["sprachcafe"].image == language
    assert events["migrationsberatung"].image is None  # no counselling illustration in this collection
    arabic = EventPage.objects.get(locale__language_code="ar", translation_key=events["sprachcafe"].translation_key)
    assert arabic.image == language  # the translation keeps the picture
    feed = client.get("/api/v3/ebental/ar/events/?combine_recurring=True").json()
    featured = {item["id"]: item["featured_image"] for item in feed}
    assert featured[arabic.pk]["thumbnail"][0]["width"] == 150
    assert "/media/images/" in client.get(arabic.url).content.decode()
