"""Publishing from the page editor with "Minor change" ticked keeps translations up to date."""

from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from integreat_wagtail.translations.minor_changes import MINOR_CHANGE_ACTION
from integreat_wagtail.translations.states import TranslationState, municipality_translation_states
from tests.factories import add_content_page, root_page

from .helpers import write_translation


def edit_form(page, **changes):
    data = {
        "title": page.title, "slug": page.slug, "intro": page.intro, "icon": page.icon, "body": streamfield([]),
        "contact_name": page.contact_name, "contact_role": "", "contact_email": "", "contact_phone": "",
        "last_reviewed_on": page.last_reviewed_on.isoformat(), "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(changes)
    return nested_form_data(data)


def arabic_state(municipality, page):
    [row] = [row for row in municipality_translation_states(municipality) if row.source["id"] == page.pk]
    return row.states["ar"]


def test_the_publish_menu_offers_the_minor_change_checkbox_where_there_are_translations(client, moderator, editor, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    untranslated = add_content_page(root_page(municipality), title="Neu", slug="neu")
    write_translation(page, "ar", publish=True)
    client.force_login(moderator)
    assert 'type="checkbox" name="minor_change"' in client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="minor_change"' not in client.get(f"/admin/pages/{untranslated.pk}/edit/").content.decode()
    client.force_login(editor)  # may not publish
    assert 'name="minor_change"' not in client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


def test_minor_change_ticked_when_publishing_keeps_translations_up_to_date(client, moderator, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an")
    write_translation(page, "ar", publish=True)
    client.force_login(moderator)
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, intro="Melden Sie sich an.", minor_change="1"))
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.intro == "Melden Sie sich an."
    entry = PageLogEntry.objects.get(page=page, action=MINOR_CHANGE_ACTION)
    assert entry.revision_id == page.live_revision_id and entry.user == moderator
    assert arabic_state(municipality, page) == TranslationState.UP_TO_DATE


def test_publishing_without_the_checkbox_makes_translations_outdated(client, moderator, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an")
    write_translation(page, "ar", publish=True)
    client.force_login(moderator)
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, intro="Neue Öffnungszeiten."))
    assert response.status_code == 302
    assert not PageLogEntry.objects.filter(page=page, action=MINOR_CHANGE_ACTION).exists()
    assert arabic_state(municipality, page) == TranslationState.OUTDATED
