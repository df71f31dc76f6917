"""Real Chromium: the translation status dashboard and the Arabic reader's "original is newer" note."""

import pytest

from tests.browser.fixtures import admin_login, screenshot
from tests.factories import make_municipality, make_user

from .helpers import one_page_per_state

pytestmark = pytest.mark.browser


def test_dashboard_and_reader_note(live_db, live_server, browser):
    town = make_municipality("Aachtal", "aachtal", ["de", "en", "ar"])
    one_page_per_state(town)
    make_user("aachtal-moderator", municipality=town, role="moderators")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    try:
        page = admin_login(context, live_server.url, "aachtal-moderator")
        page.goto(f"{live_server.url}/admin/translations/status/")
        assert page.locator(".translation-status__matrix").is_visible()
        arabic = page.locator(".translation-status__counts tbody tr", has_text="العربية")
        assert arabic.locator('td[data-state="outdated"]').inner_text() == "1"
        assert page.locator(".translation-status__outdated li").count() == 1
        screenshot(page, "admin-translation-status")

        page.locator(".translation-status__matrix a", has_text="Veraltet").first.click()
        page.locator(".w-dropdown-button .w-dropdown__toggle").last.click()
        checkbox = page.locator('input[name="minor_change"]')
        assert checkbox.is_visible()
        screenshot(page, "admin-publish-minor-change")

        reader = context.new_page()
        reader.goto(f"{live_server.url}/ar/aachtal/veraltet/")
        note = reader.locator('[data-translation-state="outdated"]')
        assert note.is_visible()
        assert note.locator("a").get_attribute("href") == "/de/aachtal/veraltet/"
        screenshot(reader, "reader-ar-outdated-note")
        reader.goto(f"{live_server.url}/ar/aachtal/maschine/")
        assert reader.locator('[data-translation-state="machine"]').is_visible()
        screenshot(reader, "reader-ar-machine-note")
    finally:
        context.close()
