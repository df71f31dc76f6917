"""Publishing per municipality: its own review workflow (its moderators and admins approve), or
publishing directly; switching in the settings changes rights and workflow together."""

import importlib

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowState

from integreat_wagtail.municipalities.models import Municipality
from tests.admin_forms import admin_form_data, client_for
from tests.factories import add_content_page, assert_refused, make_municipality, make_user, root_page

TITLE = "Neue Öffnungszeiten der Ausländerbehörde"


def submit_for_moderation(client, page):
    url = f"/admin/pages/{page.pk}/edit/"
    response = client.post(url, admin_form_data(client, url, type(page), title=TITLE, **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    return page.current_workflow_state


def approve_url(page, workflow_state):
    return reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", workflow_state.current_task_state.pk)
    )


def test_editor_submits_and_the_municipalitys_moderator_approves_from_the_dashboard(
    client, municipality, other_municipality, editor, moderator, municipality_admin
):
    page = add_content_page(root_page(municipality), slug="oeffnungszeiten")
    client.force_login(editor)
    state = submit_for_moderation(client, page)
    assert state is not None and state.workflow == municipality.workflow
    assert not Page.objects.get(pk=page.pk).title == TITLE  # not live yet

    foreign_moderator = make_user("birkenau-moderator", municipality=other_municipality, role="moderators")
    client = client_for(foreign_moderator)
    dashboard = client.get("/admin/").content.decode()
    assert TITLE not in dashboard
    assert_refused(client.post(approve_url(page, state)))
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    for reviewer in (municipality_admin, moderator):
        client = client_for(reviewer)
        dashboard = client.get("/admin/").content.decode()
        assert 'id="awaiting-review-section"' in dashboard and TITLE in dashboard
        assert approve_url(page, state) in dashboard and f'href="/admin/pages/{page.pk}/edit/"' in dashboard
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200

    response = client.post(approve_url(page, state))
    assert response.status_code == 302
    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.live and page.title == TITLE and not page.has_unpublished_changes


def test_moderator_requests_changes_and_the_page_stays_unpublished(client, municipality, editor, moderator):
    page = add_content_page(root_page(municipality), slug="oeffnungszeiten", title="Öffnungszeiten")
    client.force_login(editor)
    state = submit_for_moderation(client, page)
    reject_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "reject", state.current_task_state.pk)
    )
    response = client_for(moderator).post(reject_url, {"comment": "Bitte die Samstagszeiten ergänzen."})
    assert response.status_code == 302
    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert page.title == "Öffnungszeiten" and page.has_unpublished_changes


def test_publishing_directly_lets_editors_publish_without_a_workflow(client, db):
    town = make_municipality("Direktheim", "direktheim", ["de", "en"], publishing="direct")
    editor = make_user("direktheim-editor", municipality=town, role="editors")
    page = add_content_page(root_page(town), slug="aktuell")
    assert page.get_workflow() is None
    assert WorkflowPage.objects.filter(page__in=town.pages.all()).count() == 0
    assert town.workflow is not None  # ready for switching to review
    client.force_login(editor)
    url = f"/admin/pages/{page.pk}/edit/"
    assert 'name="action-publish"' in client.get(url).content.decode()
    response = client.post(url, admin_form_data(client, url, type(page), title=TITLE, **{"action-publish": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == TITLE and page.live and not page.has_unpublished_changes


def _editors_publish_on(municipality):
    return GroupPagePermission.objects.filter(
        group=municipality.editors_group, permission__codename="publish_page", page__in=municipality.pages.all()
    ).count()


def test_review_assigns_the_municipalitys_workflow_in_every_language(municipality, other_municipality):
    for code in municipality.language_codes:
        assert root_page(municipality, code).get_workflow() == municipality.workflow
    task = municipality.workflow.tasks.get().specific
    assert set(task.groups.all()) == {municipality.moderators_group, municipality.admins_group}
    assert municipality.workflow != other_municipality.workflow
    assert _editors_publish_on(municipality) == 0


def settings_form(municipality, **changes):
    return {
        "name": municipality.name, "kind": municipality.kind, "language_codes": municipality.language_codes,
        "default_language": municipality.default_language, "time_zone": municipality.time_zone,
        "postal_codes": municipality.postal_codes, "publishing": municipality.publishing, **changes,
    }


def test_admin_switches_publishing_both_ways_rights_workflow_and_audit_log_follow(client, municipality, municipality_admin):
    from wagtail.models import ModelLogEntry

    client.force_login(municipality_admin)
    url = f"/admin/municipalities/edit/{municipality.pk}/"
    assert 'name="publishing"' in client.get(url).content.decode()

    response = client.post(url, settings_form(municipality, publishing="direct"))
    assert response.status_code == 302, response.content.decode()[:2000]
    municipality.refresh_from_db()
    assert municipality.publishes_directly
    assert _editors_publish_on(municipality) == len(municipality.language_codes)
    assert all(root_page(municipality, code).get_workflow() is None for code in municipality.language_codes)

    response = client.post(url, settings_form(municipality, publishing="review", language_codes=["de", "en", "ar", "fa"]))
    assert response.status_code == 302, response.content.decode()[:2000]
    municipality.refresh_from_db()
    assert _editors_publish_on(municipality) == 0
    assert all(root_page(municipality, code).get_workflow() == municipality.workflow for code in ["de", "en", "ar", "fa"])

    entries = ModelLogEntry.objects.filter(action="integreat.publishing_changed", object_id=str(municipality.pk))
    assert [(entry.data["from"], entry.data["to"], entry.user) for entry in entries.order_by("timestamp")] == [
        ("review", "direct", municipality_admin), ("direct", "review", municipality_admin)
    ]


def test_a_language_added_later_publishes_directly_too(client, municipality, municipality_admin):
    client.force_login(municipality_admin)
    url = f"/admin/municipalities/edit/{municipality.pk}/"
    client.post(url, settings_form(municipality, publishing="direct"))
    response = client.post(url, settings_form(municipality, publishing="direct", language_codes=["de", "en", "ar", "uk"]))
    assert response.status_code == 302
    assert _editors_publish_on(municipality) == 4
    assert root_page(municipality, "uk").get_workflow() is None


def test_municipal_staff_cannot_edit_workflows_or_tasks(client, municipality, moderator, municipality_admin, platform_admin):
    workflow = municipality.workflow
    task = workflow.tasks.get()
    for user in (moderator, municipality_admin):
        client.force_login(user)
        for path in ("/admin/workflows/list/", f"/admin/workflows/edit/{workflow.pk}/", "/admin/workflows/tasks/index/",
                     f"/admin/workflows/tasks/edit/{task.pk}/"):
            assert_refused(client.get(path))
        assert_refused(client.post(f"/admin/workflows/edit/{workflow.pk}/", {"name": "Hijacked"}))
        assert_refused(client.post(f"/admin/workflows/disable/{workflow.pk}/"))
    workflow.refresh_from_db()
    assert workflow.name == "Aachtal (aachtal): Review" and workflow.active
    client.force_login(platform_admin)
    assert client.get(f"/admin/workflows/edit/{workflow.pk}/").status_code == 200


def test_create_municipality_command_takes_publishing(db):
    call_command("create_municipality", "--name", "Direktdorf", "--slug", "direktdorf", "--languages", "de,en",
                 "--publishing", "direct")
    assert Municipality.objects.get(slug="direktdorf").publishes_directly
    with pytest.raises(CommandError, match="publishing"):
        call_command("create_municipality", "--name", "Falsch", "--slug", "falsch", "--languages", "de",
                     "--publishing", "sometimes")
    assert not Municipality.objects.filter(slug="falsch").exists()


def test_migration_gives_existing_municipalities_their_workflow_and_frees_the_tree_root(municipality):
    """Databases from before: no municipal workflows, Wagtail's default on the tree root."""
    migration = importlib.import_module("integreat_wagtail.municipalities.migrations.0003_publishing_workflows")
    default = Workflow.objects.create(name="Moderators approval")
    WorkflowPage.objects.filter(page__in=municipality.pages.all()).delete()
    WorkflowPage.objects.update_or_create(page=Page.get_first_root_node(), defaults={"workflow": default})
    Municipality.objects.filter(pk=municipality.pk).update(workflow=None)

    migration.create_municipal_workflows(apps, None)

    municipality.refresh_from_db()
    assert municipality.workflow is not None and municipality.workflow.name == "Aachtal (aachtal): Review"
    for code in municipality.language_codes:
        assert root_page(municipality, code).get_workflow() == municipality.workflow
    assert not WorkflowPage.objects.filter(page__depth=1).exists()
