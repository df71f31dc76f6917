"""Real Chromium: a municipality admin invites an editor, who sets a password from the e-mail and
logs in to their own municipality only. Screenshots (desktop and 320 px) go to var/screenshots/."""

import re

import pytest
from django.core import mail

from integreat_wagtail.staff import services
from tests.browser.fixtures import screenshot
from tests.factories import make_municipality, make_user, root_page

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
NARROW = {"width": 320, "height": 720}
PASSWORD = "Wiesen-Blume-2031"


@pytest.fixture
def towns(live_db):
    return make_municipality("Aachtal", "aachtal", ["de", "en"]), make_municipality("Birkenau", "birkenau", ["de", "uk"])


def log_in(page, base, username, password):
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/admin/")


def test_admin_invites_an_editor_who_sets_a_password_and_logs_in(live_server, towns, browser):
    aachtal, birkenau = towns
    make_user("aachtal-admin", municipality=aachtal, role="admins", password="pw")
    make_user("aachtal-moderator", municipality=aachtal, role="moderators", password="pw")
    make_user("birkenau-editor", municipality=birkenau, role="editors", password="pw")
    base = live_server.url

    admin = browser.new_context(viewport=DESKTOP, locale="de-DE")
    page = admin.new_page()
    log_in(page, base, "aachtal-admin", "pw")
    page.click("a[href='/admin/staff/']")  # the menu item
    page.wait_for_url(f"{base}/admin/staff/{aachtal.pk}/")
    assert "aachtal-moderator@example.org" in page.content()
    assert "birkenau-editor@example.org" not in page.content()
    screenshot(page, "staff-list-desktop")
    page.click(f"a[href='/admin/staff/{aachtal.pk}/invite/'] >> nth=0")
    page.wait_for_url(f"{base}/admin/staff/{aachtal.pk}/invite/")
    screenshot(page, "staff-invite-desktop")
    page.fill("input[name=email]", "eda.editor@example.org")
    page.fill("input[name=name]", "Eda Editor")
    page.check("input[name=roles][value=editors]")
    page.click("main form[method=post] button[type=submit]")
    page.wait_for_url(f"{base}/admin/staff/{aachtal.pk}/")
    assert "eda.editor@example.org" in page.content()

    for name, path in (("list", f"/admin/staff/{aachtal.pk}/"), ("invite", f"/admin/staff/{aachtal.pk}/invite/")):
        page.set_viewport_size(NARROW)
        page.goto(base + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], name
        screenshot(page, f"staff-{name}-320")
    admin.close()

    # The locmem backend is shared with the live server's thread (same process).
    [message] = mail.outbox
    link = re.search(r"https?://\S+/admin/welcome/\S+/", message.body).group(0)
    assert link.startswith(base)

    editor = browser.new_context(viewport=DESKTOP, locale="de-DE")
    page = editor.new_page()
    page.goto(link)
    screenshot(page, "staff-accept")
    page.fill("input[name=new_password1]", PASSWORD)
    page.fill("input[name=new_password2]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/admin/login/")
    log_in(page, base, "eda.editor@example.org", PASSWORD)
    assert "/admin/staff/" not in page.content()  # no menu item for editors
    own, foreign = root_page(aachtal), root_page(birkenau)
    assert page.goto(f"{base}/admin/pages/{own.pk}/edit/").status == 200
    page.goto(f"{base}/admin/pages/{foreign.pk}/edit/")
    assert page.url == base + "/admin/"  # refused: back to the dashboard
    assert page.goto(f"{base}/admin/staff/{aachtal.pk}/").status == 403
    editor.close()
    assert [person.email for person in services.members(aachtal) if person.email.startswith("eda")] == ["eda.editor@example.org"]
