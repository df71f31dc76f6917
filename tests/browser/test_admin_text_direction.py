"""Real Chromium: in the admin, content fields take the direction of their text, not of the UI."""

import pytest
from wagtail.users.models import UserProfile

from tests.browser.fixtures import admin_login, screenshot
from tests.factories import add_content_page, make_municipality, make_user, root_page

pytestmark = pytest.mark.browser


def direction(page, selector):
    return page.locator(selector).first.evaluate("field => getComputedStyle(field).direction")


def test_german_title_reads_left_to_right_in_the_arabic_admin(live_db, live_server, browser):
    town = make_municipality("Aachtal", "aachtal", ["de", "ar"])
    german = add_content_page(root_page(town, "de"), title="Ankommen in Aachtal", slug="ankommen")
    arabic = add_content_page(root_page(town, "ar"), title="الوصول إلى آختال", slug="wusul")
    editor = make_user("aachtal-editor", municipality=town)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = admin_login(context, live_server.url, "aachtal-editor")
        page.goto(f"{live_server.url}/admin/pages/{german.pk}/edit/")
        assert page.locator("html").get_attribute("dir") == "rtl"  # the UI is Arabic
        assert direction(page, "#id_title") == "ltr"  # the German title is not
        screenshot(page, "admin-editor-ar-ui-de-page")
        page.goto(f"{live_server.url}/admin/pages/{arabic.pk}/edit/")
        assert direction(page, "#id_title") == "rtl"
        profile.preferred_language = "de"
        profile.save()
        page.goto(f"{live_server.url}/admin/pages/{arabic.pk}/edit/")
        assert page.locator("html").get_attribute("dir") == "ltr"
        assert direction(page, "#id_title") == "rtl"  # Arabic text stays right-to-left in the German UI
    finally:
        context.close()
