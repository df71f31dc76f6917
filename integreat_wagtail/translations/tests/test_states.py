"""Every page × language is in exactly one of five states, computed in a fixed number of queries."""

import pytest
from wagtail.log_actions import log
from wagtail_localize.models import StringTranslation

from integreat_wagtail.translations.minor_changes import MINOR_CHANGE_ACTION
from integreat_wagtail.translations.states import (
    TranslationState,
    municipality_translation_states,
    page_translation_state,
)
from tests.factories import add_content_page, root_page

from .helpers import publish_change, sync_source, translate_strings, write_translation

S = TranslationState


def states_of(page, municipality):
    [row] = [row for row in municipality_translation_states(municipality) if row.source["id"] == page.pk]
    return row.states


@pytest.fixture
def page(municipality):
    return add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")


def test_a_new_page_is_missing_in_every_other_language(municipality, page):
    assert states_of(page, municipality) == {"en": S.MISSING, "ar": S.MISSING}


def test_the_source_language_is_not_a_target(municipality, page):
    assert page_translation_state(page, municipality) is None


def test_missing_then_in_translation_then_up_to_date(municipality, page):
    draft = write_translation(page, "ar", publish=False)
    assert not draft.live
    assert states_of(page, municipality) == {"en": S.MISSING, "ar": S.IN_TRANSLATION}
    assert page_translation_state(draft, municipality)[0] == S.IN_TRANSLATION

    translate_strings(page, "ar")
    translated = write_translation(page, "ar", publish=True)
    assert translated.live and translated.intro == "[ar] Melden Sie sich an."
    assert states_of(page, municipality) == {"en": S.MISSING, "ar": S.UP_TO_DATE}
    assert page_translation_state(translated, municipality)[0] == S.UP_TO_DATE


def test_a_published_source_change_makes_the_translation_outdated(municipality, page):
    translated = write_translation(page, "ar", publish=True)
    publish_change(page, intro="Bitte melden Sie sich im Rathaus an.")
    assert states_of(page, municipality)["ar"] == S.OUTDATED
    assert page_translation_state(translated, municipality)[0] == S.OUTDATED


def test_a_draft_of_the_source_does_not_make_the_translation_outdated(municipality, page):
    write_translation(page, "ar", publish=True)
    page.intro = "Entwurf"
    page.save_revision()
    assert states_of(page, municipality)["ar"] == S.UP_TO_DATE


def test_syncing_without_rewriting_the_translation_keeps_it_outdated(municipality, page):
    """The translation editor then shows the new text, but readers still see the old one."""
    write_translation(page, "ar", publish=True)
    publish_change(page, intro="Neu")
    sync_source(page)
    assert states_of(page, municipality)["ar"] == S.OUTDATED


def test_rewriting_the_translation_after_a_sync_brings_it_up_to_date(municipality, page):
    write_translation(page, "ar", publish=True)
    publish_change(page, intro="Neu")
    translate_strings(page, "ar")
    write_translation(page, "ar", publish=True)
    assert states_of(page, municipality)["ar"] == S.UP_TO_DATE


def test_a_minor_change_leaves_translations_up_to_date(municipality, page):
    write_translation(page, "ar", publish=True)
    revision = publish_change(page, intro="Melden Sie sich an!")
    log(instance=page, action=MINOR_CHANGE_ACTION, revision=revision)
    assert states_of(page, municipality)["ar"] == S.UP_TO_DATE

    publish_change(page, intro="Ganz neuer Text.")  # a later, ordinary publish
    assert states_of(page, municipality)["ar"] == S.OUTDATED


def test_a_minor_change_synced_later_does_not_outdate_the_translation(municipality, page):
    write_translation(page, "ar", publish=True)
    revision = publish_change(page, intro="Melden Sie sich an!")
    log(instance=page, action=MINOR_CHANGE_ACTION, revision=revision)
    sync_source(page)
    assert states_of(page, municipality)["ar"] == S.UP_TO_DATE


def test_unreviewed_machine_translation_until_a_person_reviews_it(municipality, page):
    translate_strings(page, "en", StringTranslation.TRANSLATION_TYPE_MACHINE)
    translated = write_translation(page, "en", publish=True)
    assert states_of(page, municipality)["en"] == S.MACHINE
    assert page_translation_state(translated, municipality)[0] == S.MACHINE

    StringTranslation.objects.filter(locale__language_code="en").update(translation_type="manual")
    assert states_of(page, municipality)["en"] == S.UP_TO_DATE


def test_outdated_wins_over_machine(municipality, page):
    translate_strings(page, "en", StringTranslation.TRANSLATION_TYPE_MACHINE)
    write_translation(page, "en", publish=True)
    publish_change(page, intro="Neu")
    assert states_of(page, municipality)["en"] == S.OUTDATED


def test_unpublished_translation_is_in_translation_again(municipality, page):
    translated = write_translation(page, "ar", publish=True)
    translated.unpublish()
    assert states_of(page, municipality)["ar"] == S.IN_TRANSLATION


def test_only_live_source_pages_are_rows_and_other_municipalities_are_not(municipality, other_municipality, page):
    add_content_page(root_page(other_municipality), title="Fremd", slug="fremd")
    draft = add_content_page(root_page(municipality), title="Entwurf", slug="entwurf")
    draft.unpublish()
    rows = municipality_translation_states(municipality)
    assert [row.source["title"] for row in rows] == [root_page(municipality).title, "Anmeldung"]
    assert rows[0].states == {"en": S.UP_TO_DATE, "ar": S.UP_TO_DATE}  # onboarding translated the root page


def tree(municipality, size):
    parent = root_page(municipality)
    for number in range(size):
        page = add_content_page(parent, title=f"Seite {number}", slug=f"seite-{number}")
        if number % 3 == 0:
            write_translation(page, "ar", publish=True)
        if number % 3 == 1:
            translate_strings(page, "en", StringTranslation.TRANSLATION_TYPE_MACHINE)
            write_translation(page, "en", publish=True)
        if number % 4 == 0:
            publish_change(page, intro="Neu")


@pytest.mark.parametrize("size", [2, 12])
def test_a_constant_number_of_queries_for_any_tree(municipality, size, django_assert_max_num_queries):
    tree(municipality, size)
    with django_assert_max_num_queries(6):
        rows = municipality_translation_states(municipality)
    assert len(rows) == size + 1
    assert all(set(row.states) == {"en", "ar"} for row in rows)
    assert {state for row in rows for state in row.states.values()} == {S.MISSING, S.MACHINE, S.OUTDATED, S.UP_TO_DATE}


def test_a_language_without_a_root_page_yet_counts_as_missing(municipality, page):
    municipality.language_codes = ["de", "en", "ar", "uk"]
    municipality.save()
    assert states_of(page, municipality) == {"en": S.MISSING, "ar": S.MISSING, "uk": S.MISSING}
