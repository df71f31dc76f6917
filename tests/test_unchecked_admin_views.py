"""Wagtail admin views without a permission check of their own, guarded in core/admin_guards.py."""

import pytest
from wagtail.models import GroupApprovalTask

from tests.factories import add_content_page, assert_refused, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def foreign_workflow(other_municipality, other_editor):
    """Birkenau's own review workflow (from onboarding), running on one of its pages."""
    workflow = other_municipality.workflow
    workflow.name = "Birkenau review"
    workflow.save()
    task = workflow.workflow_tasks.get().task.specific
    task.name = "Birkenau review task"
    task.save()
    page = add_content_page(root_page(other_municipality), slug="in-review")
    page.save_revision(user=other_editor)
    workflow.start(page, other_editor)
    return task, page


def test_task_chooser_is_only_for_workflow_managers(client, editor, municipality_admin, platform_admin, foreign_workflow):
    task, _page = foreign_workflow
    urls = ["/admin/workflows/task_chooser/", "/admin/workflows/task_chooser/results/",
            "/admin/workflows/task_chooser/create/", f"/admin/workflows/task_chooser/{task.pk}/"]
    for user in (editor, municipality_admin):
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert_refused(response)
            assert "Birkenau" not in response.content.decode(), url
        assert_refused(client.post("/admin/workflows/task_chooser/create/", {"create-task-name": "Sneaky"}))
    assert not GroupApprovalTask.objects.filter(name="Sneaky").exists()
    client.force_login(platform_admin)
    assert "Birkenau review task" in client.get("/admin/workflows/task_chooser/").content.decode()


def test_workflow_cancellation_confirmation_only_for_pages_the_user_may_edit(client, editor, other_editor, foreign_workflow):
    _task, page = foreign_workflow
    url = f"/admin/pages/workflow/confirm_cancellation/{page.pk}/"
    client.force_login(editor)
    response = client.get(url)
    assert_refused(response)
    assert "Birkenau" not in response.content.decode()
    client.force_login(other_editor)
    response = client.get(url)
    assert response.status_code == 200 and "Birkenau review" in response.content.decode()


def test_external_link_chooser_without_a_url_shows_the_form_again(client, editor):
    client.force_login(editor)
    response = client.post("/admin/choose-external-link/", {"external-link-chooser-link_text": "Rathaus"})
    assert response.status_code == 200
    assert response.json()["step"] == "external_link"
    response = client.post("/admin/choose-external-link/", {"external-link-chooser-url": "https://example.org/"})
    assert response.json()["step"] == "external_link_chosen"
