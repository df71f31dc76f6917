"""Real Chromium: an editor opens "Broken links" from the menu and sees their own municipality's,
in German and in Arabic (right to left). Screenshots go to var/screenshots/."""

import pytest
from django.core.management import call_command
from wagtail.users.models import UserProfile

from tests.browser.fixtures import admin_login, screenshot
from tests.factories import add_content_page, make_municipality, make_user, root_page

from .conftest import page_with_links

pytestmark = pytest.mark.browser


def test_editor_reads_the_report_from_the_menu(live_server, live_db, browser, server, settings):
    settings.INTEGREAT_LINKCHECK_ALLOW_PRIVATE_NETWORKS = True
    base, _requests = server
    aachtal = make_municipality("Aachtal", "aachtal", ["de", "ar"])
    birkenau = make_municipality("Birkenau", "birkenau", ["de", "uk"])
    root = root_page(aachtal)
    gone = add_content_page(root, title="Entwurf")
    gone.unpublish()
    page_with_links(root, "Wohnen", [f"{base}/wohnungsamt-alt", f"{base}/ok"], page=gone)
    page_with_links(root, "Arbeit", [f"{base}/wohnungsamt-alt", f"{base}/jobcenter/termine-2019"])
    page_with_links(root_page(birkenau), "Birkenau", [f"{base}/birkenau-kaputt"])
    call_command("check_links", "--rate", "50")
    editor = make_user("aachtal-editor", municipality=aachtal, role="editors")

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = admin_login(context, live_server.url, "aachtal-editor")
    page.click("a[href='/admin/links/']")
    page.wait_for_url(f"{live_server.url}/admin/links/{aachtal.pk}/")
    text = page.locator("main").inner_text()
    assert "wohnungsamt-alt" in text and "termine-2019" in text and "birkenau" not in text.lower()
    assert f"Seite #{gone.pk}: Entwurf" in text  # the unpublished page the link chooses
    assert page.locator("main a[href$='/edit/']").count() == 4  # Wohnen twice (two links), Arbeit twice
    screenshot(page, "linkcheck-report-de")

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    page.reload()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "الروابط المعطلة" in page.locator("main").inner_text()
    screenshot(page, "linkcheck-report-ar")
    context.close()
