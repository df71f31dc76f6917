"""The review workflow in a real browser: an editor submits a page, the municipality's moderator
approves it from the dashboard. Screenshots of the moderator's queue go to var/screenshots/
(git-ignored)."""

import pytest
from wagtail.models import Page, WorkflowState

from tests.browser.fixtures import admin_login, screenshot
from tests.factories import add_content_page, make_municipality, make_user, root_page

pytestmark = pytest.mark.browser

TITLE = "Sprachkurse im Herbst"


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    yield context
    context.close()


def test_editor_submits_and_moderator_approves_from_the_dashboard(live_db, browser, desktop, live_server):
    town = make_municipality("Aachtal", "aachtal", ["de", "en"])
    make_user("aachtal-editor", municipality=town, role="editors")
    make_user("aachtal-moderator", municipality=town, role="moderators")
    topic = add_content_page(root_page(town), slug="sprachkurse", title="Sprachkurse")

    editor = admin_login(desktop, live_server.url, "aachtal-editor")
    editor.goto(f"{live_server.url}/admin/pages/{topic.pk}/edit/")
    editor.fill("#id_title", TITLE)
    assert editor.locator('button[name="action-publish"]').count() == 0
    editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
    editor.locator('button[name="action-submit"]').click()
    editor.wait_for_load_state()
    state = WorkflowState.objects.get(status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow == town.workflow
    desktop.clear_cookies()

    moderator_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    try:
        moderator = admin_login(moderator_context, live_server.url, "aachtal-moderator")
        queue = moderator.locator("#awaiting-review-section")
        assert TITLE in queue.inner_text()
        screenshot(moderator, "moderator-queue")
        row = queue.locator("tr", has_text=TITLE)
        row.locator(".actions-container [data-w-dropdown-target='toggle']").click()
        approve = row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])")
        with moderator.expect_navigation():
            approve.click()
        screenshot(moderator, "moderator-queue-after-approval")
        assert moderator.locator("#awaiting-review-section").count() == 0
    finally:
        moderator_context.close()

    page = Page.objects.get(pk=topic.pk)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.live and page.title == TITLE and not page.has_unpublished_changes
