"""One action translates a section (or a whole municipality) into one of its languages, as drafts."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from integreat_wagtail.translations.states import TranslationState, municipality_translation_states
from tests.factories import add_content_page, root_page

from .helpers import write_translation

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture
def section(municipality):
    """Ankommen › (Wohnen, Arbeit), plus an unrelated page beside it."""
    arrive = add_content_page(root_page(municipality), title="Ankommen", slug="ankommen")
    add_content_page(arrive, title="Wohnen", slug="wohnen")
    add_content_page(arrive, title="Arbeit", slug="arbeit")
    add_content_page(root_page(municipality), title="Anderes", slug="anderes")
    return arrive


def arabic(title):
    source = Page.objects.get(title=title, locale__language_code="de")
    return Page.objects.filter(translation_key=source.translation_key, locale__language_code="ar").first()


def states(municipality, code="ar"):
    return {row.source["title"]: row.states[code] for row in municipality_translation_states(municipality)}


def test_the_command_translates_one_section_as_drafts(municipality, section):
    call_command("translate_subtree", municipality="aachtal", language="ar", page=section.pk)
    assert {title: states(municipality)[title] for title in ("Ankommen", "Wohnen", "Arbeit", "Anderes")} == {
        "Ankommen": TranslationState.IN_TRANSLATION, "Wohnen": TranslationState.IN_TRANSLATION,
        "Arbeit": TranslationState.IN_TRANSLATION, "Anderes": TranslationState.MISSING,
    }
    assert arabic("Wohnen").get_parent().pk == arabic("Ankommen").pk
    assert not arabic("Wohnen").live


def test_the_command_translates_the_whole_municipality_and_leaves_existing_translations(municipality, section):
    done = write_translation(section, "ar", publish=True)
    call_command("translate_subtree", municipality="aachtal", language="ar")
    assert set(states(municipality).values()) == {TranslationState.IN_TRANSLATION, TranslationState.UP_TO_DATE}
    assert states(municipality)["Ankommen"] == TranslationState.UP_TO_DATE
    assert states(municipality)["Anderes"] == TranslationState.IN_TRANSLATION
    assert arabic("Ankommen").pk == done.pk and arabic("Ankommen").live


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"municipality": "nowhere", "language": "ar"}, "No municipality with the slug “nowhere”"),
        ({"municipality": "aachtal", "language": "uk"}, "Aachtal does not publish in “uk”"),
        ({"municipality": "aachtal", "language": "de"}, "Aachtal does not publish in “de”"),
        ({"municipality": "aachtal", "language": "ar", "page": 999999}, "Page 999999 is not a page of Aachtal"),
    ],
)
def test_the_command_refuses_bad_input_and_creates_nothing(municipality, section, options, message):
    before = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("translate_subtree", **options)
    assert Page.objects.count() == before


def test_a_page_of_another_municipality_is_refused(municipality, other_municipality, section):
    foreign = add_content_page(root_page(other_municipality), title="Fremd", slug="fremd")
    with pytest.raises(CommandError, match=f"Page {foreign.pk} is not a page of Aachtal"):
        call_command("translate_subtree", municipality="aachtal", language="ar", page=foreign.pk)


def test_a_section_whose_parent_is_untranslated_is_refused(municipality, section):
    with pytest.raises(CommandError, match="“Ankommen” has no Arabic version yet"):
        call_command("translate_subtree", municipality="aachtal", language="ar", page=section.get_children().first().pk)
    assert arabic("Wohnen") is None


def test_with_a_machine_translator_the_drafts_are_machine_translated(settings, municipality, section, editor):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_TRANSLATOR
    call_command("translate_subtree", municipality="aachtal", language="ar", page=section.pk, user=editor.username)
    draft = arabic("Wohnen")
    assert not draft.live
    # The factory's intro "What newcomers need to know." with its words reversed by the dummy translator:
    assert draft.get_latest_revision_as_object().intro == "know. to need newcomers What"
    assert StringTranslation.objects.filter(
        locale__language_code="ar", translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).exists()


def test_a_user_without_edit_rights_is_refused(municipality, section, other_editor):
    with pytest.raises(CommandError, match="may not edit"):
        call_command("translate_subtree", municipality="aachtal", language="ar", user=other_editor.username)
    assert arabic("Ankommen") is None


def test_the_admin_action_translates_the_section_for_an_editor(client, municipality, section, editor):
    client.force_login(editor)
    explorer = client.get(f"/admin/pages/{section.pk}/").content.decode()
    assert f'href="/admin/translations/subtree/{section.pk}/"' in explorer
    form = client.get(f"/admin/translations/subtree/{section.pk}/").content.decode()
    assert 'value="ar"' in form and 'value="en"' in form and 'value="uk"' not in form
    response = client.post(f"/admin/translations/subtree/{section.pk}/", {"language": "ar"})
    assert response.status_code == 302
    assert states(municipality)["Wohnen"] == TranslationState.IN_TRANSLATION


def test_the_admin_action_refuses_a_language_the_municipality_lacks(client, municipality, section, editor):
    client.force_login(editor)
    response = client.post(f"/admin/translations/subtree/{section.pk}/", {"language": "uk"})
    assert response.status_code == 200 and "uk" in response.context["form"].errors["language"][0]
    assert arabic("Ankommen") is None


def test_the_admin_action_is_refused_to_a_foreign_editor(client, municipality, section, other_editor):
    client.force_login(other_editor)
    for response in (
        client.get(f"/admin/translations/subtree/{section.pk}/"),
        client.post(f"/admin/translations/subtree/{section.pk}/", {"language": "ar"}),
    ):
        assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's answer to PermissionDenied
    assert arabic("Ankommen") is None
