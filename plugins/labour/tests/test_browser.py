"""Real Chromium: ticking survives a reload and works offline; screenshots of a guide (ar, en)."""

import pytest

from plugins.labour.demo import load_demo
from tests.browser.fixtures import SCREENSHOTS, screenshot

from .factories import section_in

pytestmark = pytest.mark.browser


@pytest.fixture
def section(labour_town):
    """The demo's labour section: its checklist and guides are what this test ticks and shows."""
    return load_demo(labour_town)


def test_checklist_ticks_persist_offline_and_screenshots(live_db, live_server, labour_town, section, phone):
    context, page = phone, phone.new_page()
    index_url = live_server.url + section_in(labour_town, "en").url
    page.goto(index_url)
    boxes = page.locator(".worker-checklist input[type=checkbox]")
    assert boxes.count() == 5
    boxes.nth(1).check()
    assert "1 of 5" in page.locator(".checklist-progress").inner_text()
    context.set_offline(True)  # ticking needs no server
    boxes.nth(2).check()
    context.set_offline(False)
    page.reload()
    assert page.locator(".worker-checklist input[type=checkbox]").nth(1).is_checked()
    assert page.locator(".worker-checklist input[type=checkbox]").nth(2).is_checked()
    assert not page.locator(".worker-checklist input[type=checkbox]").nth(0).is_checked()

    for code in ("ar", "en"):
        page.goto(live_server.url + section_in(labour_town, code).url + "nurse/")
        assert page.locator("html").get_attribute("lang") == code
        screenshot(page, f"labour-guide-{code}")
    page.goto(live_server.url + section_in(labour_town, "ar").url)
    screenshot(page, "labour-index-ar")
    assert (SCREENSHOTS / "labour-guide-ar.png").stat().st_size > 10_000
