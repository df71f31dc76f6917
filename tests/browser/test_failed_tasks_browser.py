"""The failed background tasks panel on a platform admin's dashboard, in German and in Arabic
(screenshots in var/screenshots/failed-tasks-*.png)."""

import pytest
from wagtail.users.models import UserProfile

from tests.browser.fixtures import admin_login, screenshot
from tests.factories import make_user
from tests.test_failed_tasks import QUEUED, reindex_brochure, run_worker

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language, heading", [("de", "1 fehlgeschlagene Hintergrundaufgabe"),
                                               ("ar", "مهمة خلفية فاشلة واحدة")])
def test_platform_admin_sees_the_failed_task_in_their_language(live_db, browser, live_server, language, heading):
    admin = make_user("platform-admin", superuser=True)
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = language
    profile.save()
    with QUEUED:
        reindex_brochure.enqueue("aachtal-flyer")
        run_worker()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    try:
        page = admin_login(context, live_server.url, "platform-admin")
        panel = page.locator("#failed-tasks")
        assert panel.locator("h2").inner_text() == heading
        assert "ValueError: no brochure called aachtal-flyer" in panel.inner_text()
        assert panel.evaluate("element => getComputedStyle(element).direction") == ("rtl" if language == "ar" else "ltr")
        screenshot(panel, f"failed-tasks-{language}")
    finally:
        context.close()
