"""Readers of an outdated or machine-translated page see a note in their language, linking to the original."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail_localize.models import StringTranslation

from tests.factories import add_content_page, root_page

from .helpers import publish_change, translate_strings, write_translation

OUTDATED_NOTE = 'data-translation-state="outdated"'
MACHINE_NOTE = 'data-translation-state="machine"'


@pytest.fixture
def page(municipality):
    return add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")


def test_an_up_to_date_translation_has_no_note(client, page):
    translate_strings(page, "ar")
    write_translation(page, "ar", publish=True)
    html = client.get("/ar/aachtal/anmeldung/").content.decode()
    assert "[ar] Melden Sie sich an." in html
    assert "data-translation-state" not in html


def test_readers_of_an_outdated_translation_see_that_the_original_is_newer(client, page):
    translate_strings(page, "ar")
    write_translation(page, "ar", publish=True)
    publish_change(page, intro="Bitte melden Sie sich im Rathaus an.")
    response = client.get("/ar/aachtal/anmeldung/")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("ar"):
        note = translation.gettext("The original (%(language)s) was updated after this translation.") % {"language": "Deutsch"}
        link = translation.gettext("Read the original")
    assert note != "The original (Deutsch) was updated after this translation."  # the reader's language
    assert OUTDATED_NOTE in html and note in html
    assert f'<a href="/de/aachtal/anmeldung/" hreflang="de">{link}</a>' in html
    assert "data-translation-state" not in client.get("/de/aachtal/anmeldung/").content.decode()


def test_readers_of_an_unreviewed_machine_translation_are_told(client, page):
    translate_strings(page, "en", StringTranslation.TRANSLATION_TYPE_MACHINE)
    write_translation(page, "en", publish=True)
    html = client.get("/en/aachtal/anmeldung/").content.decode()
    assert MACHINE_NOTE in html and OUTDATED_NOTE not in html
    assert "translated by machine" in html


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_note_costs_the_same_queries_in_a_bigger_tree(client, municipality, page):
    translate_strings(page, "ar")
    write_translation(page, "ar", publish=True)
    publish_change(page, intro="Neu")
    query_count(client, "/ar/aachtal/anmeldung/")  # warm caches (site root paths, locales)
    small = query_count(client, "/ar/aachtal/anmeldung/")
    for number in range(8):
        sibling = add_content_page(root_page(municipality), title=f"Seite {number}", slug=f"seite-{number}")
        write_translation(sibling, "ar", publish=True)
        publish_change(sibling, intro="Neu")
    assert query_count(client, "/ar/aachtal/anmeldung/") == small
