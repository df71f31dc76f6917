"""The full-page cache and pages that change because another page changed (issue 17): a translation
wagtail-localize syncs from its source, and a mirror that follows its source in another municipality.
Each cached reader URL is served fresh on the next request."""

import pytest
from django.test import TestCase
from wagtail.models import Locale

from home.models import ContentPage
from integreat_wagtail.sharing import services as sharing
from integreat_wagtail.sharing.models import Reuse
from integreat_wagtail.translations.services import translate_and_publish
from tests.factories import add_content_page, make_municipality, publish_change, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300  # the test settings' in-memory cache stands for the shared one


def cached(client, url):
    first, second = client.get(url), client.get(url)
    assert (first.status_code, second["X-Cache"]) == (200, "HIT"), url
    return second


def test_a_translation_synced_from_its_source_is_fresh_on_the_next_request(client):
    town = make_municipality("Aachtal", "aachtal", ["de", "en"])
    source = add_content_page(root_page(town), title="Anmeldung", slug="anmeldung", intro="Alte Zeiten")
    english = translate_and_publish(source, Locale.objects.get(language_code="en"))
    cached(client, english.url)

    publish_change(source, intro="Neue Zeiten")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_and_publish(ContentPage.objects.get(pk=source.pk), Locale.objects.get(language_code="en"))

    response = client.get(english.url)
    assert response["X-Cache"] == "MISS"
    assert "Neue Zeiten" in response.content.decode()  # synced untranslated text falls back to the source


def test_a_mirror_is_fresh_in_its_municipality_when_its_source_publishes(client):
    county = make_municipality("Landkreis Linde", "linde", ["de", "en"], kind="county", publishing="direct")
    town = make_municipality("Stadt Erle", "erle", ["de", "en"], parent=county, publishing="direct")
    source = add_content_page(root_page(county), title="Ankommen", slug="ankommen", intro="Erste Schritte.")
    sharing.share_page(source, "region")
    with TestCase.captureOnCommitCallbacks(execute=True):
        reuse, mirror = sharing.take(source, root_page(town), Reuse.Kind.MIRROR)
    cached(client, mirror.url)
    assert mirror.url.startswith("/de/erle/")

    publish_change(source, intro="Neue erste Schritte.")

    response = client.get(mirror.url)
    assert response["X-Cache"] == "MISS"
    assert "Neue erste Schritte." in response.content.decode()
