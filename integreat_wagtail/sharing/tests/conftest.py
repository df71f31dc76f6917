"""A county with two towns and an outsider; the county's "Ankommen" page with a subpage, in four languages."""

import pytest
from django.test import TestCase
from django.utils import translation
from wagtail.models import Locale

from integreat_wagtail.sharing import services
from tests.factories import add_content_page, make_municipality, root_page


@pytest.fixture(autouse=True)
def english():
    """Messages in English, which the tests match (the platform's default language is German)."""
    translation.activate("en")


@pytest.fixture
def county(db):
    return make_municipality("Landkreis Linde", "linde", ["de", "en", "ar", "fa"], kind="county", publishing="direct")


@pytest.fixture
def town(county):
    return make_municipality("Stadt Erle", "erle", ["de", "en", "ar", "uk"], parent=county, publishing="direct")


@pytest.fixture
def outsider(db):
    return make_municipality("Stadt Fern", "fern", ["de", "en"])


def translate(page, code, **fields):
    """A live translation of `page` into `code`, under the parent's translation."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translated = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


@pytest.fixture
def arrival(county):
    """The county's "Ankommen" (de, en, ar) with a subpage "Anmeldung" (de, en)."""
    page = add_content_page(root_page(county), title="Ankommen", slug="ankommen", intro="Erste Schritte im Kreis.", icon="arrival")
    for code, title in (("en", "Arrival"), ("ar", "الوصول")):
        translate(page, code, title=title, intro=f"{title}: first steps")
    child = add_content_page(page, title="Anmeldung", slug="anmeldung", intro="Wohnsitz anmelden.")
    translate(child, "en", title="Registration", intro="Register your address.")
    return page


@pytest.fixture
def shared(arrival, county):
    return services.share_page(arrival, "region")


@pytest.fixture
def municipality(town):
    """The root conftest's role fixtures (`editor`, `moderator`, `municipality_admin`) act for the town."""
    return town


@pytest.fixture
def other_municipality(county):
    """…and `other_editor` for the county."""
    return county


@pytest.fixture
def town_editor(editor):
    return editor


@pytest.fixture
def county_editor(other_editor):
    return other_editor
