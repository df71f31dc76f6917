"""Editors without publish rights finish a translation: submit it for review, the municipality's moderators approve."""

import pytest
from wagtail.models import Page, WorkflowState

from integreat_wagtail.translations.states import TranslationState, municipality_translation_states
from tests.factories import add_content_page, assert_refused, make_user, root_page

from .helpers import translate_strings, write_translation


@pytest.fixture
def draft(municipality):
    """A German page, its Arabic translation started as a draft, every string translated in the editor."""
    page = add_content_page(root_page(municipality), title="Sprachcafé", slug="sprachcafe", intro="Jeden Dienstag")
    arabic = write_translation(page, "ar", publish=False)
    translate_strings(page, "ar")
    return arabic


def submit(client, arabic):
    return client.post(f"/admin/translations/{_translation_id(arabic)}/submit-for-review/")


def _translation_id(arabic):
    from wagtail_localize.models import Translation

    return Translation.objects.get(source__object_id=arabic.translation_key, target_locale=arabic.locale).pk


def approve(client, arabic):
    state = arabic.current_workflow_state
    return client.post(
        f"/admin/pages/workflow/action/{arabic.pk}/approve/{state.current_task_state.pk}/", {"comment": ""}
    )


def test_the_translation_editor_offers_submit_for_review_to_editors_only(client, draft, editor, moderator):
    client.force_login(editor)
    assert 'id="integreat-submit-for-review"' in client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    client.force_login(moderator)  # may publish: wagtail-localize's own "Publish" button
    assert 'id="integreat-submit-for-review"' not in client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()


def test_editor_submits_the_translation_and_the_moderator_publishes_it(client, municipality, draft, editor, moderator):
    client.force_login(editor)
    response = submit(client, draft)
    assert response.status_code == 302 and response.url == f"/admin/pages/{draft.pk}/edit/"
    draft = Page.objects.get(pk=draft.pk).specific
    assert not draft.live
    state = draft.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.workflow == municipality.workflow
    assert state.requested_by == editor
    assert state.current_task_state.revision.as_object().intro == "[ar] Jeden Dienstag"

    client.force_login(moderator)
    response = approve(client, draft)
    assert response.status_code == 302, response.content.decode()[:500]
    draft = Page.objects.get(pk=draft.pk).specific
    assert draft.live and draft.intro == "[ar] Jeden Dienstag" and draft.title == "[ar] Sprachcafé"
    [row] = [row for row in municipality_translation_states(municipality) if row.source["title"] == "Sprachcafé"]
    assert row.states["ar"] == TranslationState.UP_TO_DATE


def test_a_foreign_moderator_cannot_approve(client, municipality, other_municipality, draft, editor):
    client.force_login(editor)
    submit(client, draft)
    draft = Page.objects.get(pk=draft.pk).specific
    client.force_login(make_user("birkenau-moderator", municipality=other_municipality, role="moderators"))
    assert_refused(approve(client, draft))
    draft = Page.objects.get(pk=draft.pk).specific
    assert not draft.live and draft.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_foreign_editor_cannot_submit(client, other_municipality, draft, other_editor):
    client.force_login(other_editor)
    response = submit(client, draft)
    assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's answer to PermissionDenied
    assert Page.objects.get(pk=draft.pk).specific.current_workflow_state is None


def test_submitting_twice_is_refused_while_the_review_runs(client, draft, editor):
    client.force_login(editor)
    submit(client, draft)
    response = client.post(f"/admin/translations/{_translation_id(draft)}/submit-for-review/", follow=True)
    assert "wartet bereits auf die Prüfung" in response.content.decode()
    assert WorkflowState.objects.filter(object_id=str(draft.pk)).count() == 1


def test_where_editors_publish_directly_there_is_no_review(client, municipality, draft, editor):
    from integreat_wagtail.municipalities.services import set_publishing

    set_publishing(municipality, "direct")
    client.force_login(editor)
    response = client.post(f"/admin/translations/{_translation_id(draft)}/submit-for-review/", follow=True)
    assert "Für diese Seite gibt es keine Prüfung" in response.content.decode()
    assert Page.objects.get(pk=draft.pk).specific.current_workflow_state is None
