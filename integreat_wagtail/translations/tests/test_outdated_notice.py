"""Whoever publishes a source change is told which translations it makes outdated."""

from django.contrib.messages import get_messages

from tests.factories import add_content_page, root_page

from .helpers import write_translation
from .test_minor_changes import edit_form


def publish_messages(client, page, **changes):
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, **changes))
    assert response.status_code == 302, response.content.decode()[:2000]
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_publishing_a_source_change_names_the_languages_now_outdated(client, moderator, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Alt")
    write_translation(page, "ar", publish=True)
    write_translation(page, "en", publish=True)
    client.force_login(moderator)
    notes = publish_messages(client, page, intro="Neue Öffnungszeiten.")
    assert "Die Übersetzungen in diese Sprachen sind jetzt veraltet: Arabisch, Englisch." in notes


def test_a_draft_translation_is_not_named(client, moderator, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Alt")
    write_translation(page, "ar", publish=True)
    write_translation(page, "en", publish=False)  # still in translation, not outdated
    client.force_login(moderator)
    notes = publish_messages(client, page, intro="Neue Öffnungszeiten.")
    assert "Die Übersetzungen in diese Sprachen sind jetzt veraltet: Arabisch." in notes


def test_a_minor_change_names_no_outdated_translation_the_next_change_does(client, moderator, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Alt")
    write_translation(page, "ar", publish=True)
    client.force_login(moderator)
    notes = publish_messages(client, page, intro="Alt.", minor_change="1")
    assert notes and not [note for note in notes if "veraltet" in note]  # only Wagtail's "published"
    page.refresh_from_db()
    notes = publish_messages(client, page, intro="Neu.")
    assert "Die Übersetzungen in diese Sprachen sind jetzt veraltet: Arabisch." in notes
