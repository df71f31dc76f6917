"""Real Chromium: wagtail-localize's translation editor shows the German source left-to-right and
the Arabic translation right-to-left, whatever the UI language."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.browser.fixtures import admin_login
from tests.factories import add_content_page, make_municipality, make_user, root_page

pytestmark = pytest.mark.browser


def test_source_left_to_right_translation_right_to_left(live_db, live_server, browser):
    town = make_municipality("Aachtal", "aachtal", ["de", "ar"])
    page = add_content_page(root_page(town), title="Ankommen in Aachtal", slug="ankommen", intro="Willkommen.")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="ar"))
    translation.save_target(publish=False)
    make_user("aachtal-editor", municipality=town)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        tab = admin_login(context, live_server.url, "aachtal-editor")
        tab.goto(f"{live_server.url}/admin/pages/{translation.get_target_instance().pk}/edit/")
        source_text = tab.locator(".js-translation-editor li > p", has_text="Willkommen.").first
        source_text.wait_for()
        assert source_text.get_attribute("lang") == "de"
        assert source_text.evaluate("element => getComputedStyle(element).direction") == "ltr"
        segment = source_text.locator("xpath=..")
        segment.get_by_role("button", name="Translate").click()
        field = segment.locator("textarea")
        field.fill("مرحباً.")
        assert field.get_attribute("lang") == "ar"
        assert field.evaluate("element => getComputedStyle(element).direction") == "rtl"
        segment.get_by_role("button", name="Save").click()
        saved = segment.locator(":scope > div p", has_text="مرحباً.")
        saved.wait_for()
        assert saved.evaluate("element => getComputedStyle(element).direction") == "rtl"
    finally:
        context.close()
