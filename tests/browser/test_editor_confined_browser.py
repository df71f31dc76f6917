"""Real Chromium, as a new editor would try it: another municipality's pages, choosers, reports and
translation views show nothing of it, and the own ones still work."""

import pytest

from tests.browser.fixtures import admin_login
from tests.factories import add_content_page, make_municipality, make_user, root_page

pytestmark = pytest.mark.browser

SECRET = "Geheimer Entwurf Birkenau"


def test_editor_sees_nothing_of_another_municipality(live_db, live_server, browser):
    own_town = make_municipality("Aachtal", "aachtal", ["de", "en"])
    other_town = make_municipality("Birkenau", "birkenau", ["de", "en"])
    own = add_content_page(root_page(own_town), title="Ankommen in Aachtal", slug="ankommen")
    foreign = add_content_page(root_page(other_town), title="Wohnen in Birkenau", slug="wohnen")
    draft = root_page(other_town).add_child(instance=type(foreign)(title=SECRET, slug="entwurf", live=False))
    draft.save_revision()
    make_user("aachtal-editor", municipality=own_town)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = admin_login(context, live_server.url, "aachtal-editor")
        foreign_root = root_page(other_town)
        for path in (
            f"/admin/pages/{foreign_root.pk}/",
            f"/admin/pages/{foreign.pk}/edit/",
            f"/admin/choose-page/{foreign_root.pk}/",
            "/admin/choose-page/search/?q=Birkenau",
            "/admin/pages/search/?q=Birkenau",
            "/admin/reports/page-types-usage/",
            "/admin/reports/site-history/",
            "/admin/reports/aging-pages/",
            "/admin/localize/reports/translations/",
            f"/admin/localize/submit/page/{foreign.pk}/",
        ):
            page.goto(live_server.url + path)
            body = page.locator("body").inner_text()
            assert SECRET not in body and "Wohnen in Birkenau" not in body, path
        page.goto(f"{live_server.url}/admin/choose-page/")
        assert "Birkenau" not in page.locator("body").inner_text()
        page.goto(f"{live_server.url}/admin/choose-page/search/?q=in")  # both towns have a page with "in"
        found = page.locator("body").inner_text()
        assert "Ankommen in Aachtal" in found and "Wohnen in Birkenau" not in found
        page.goto(f"{live_server.url}/admin/pages/{own.pk}/edit/")
        assert page.locator("#id_title").input_value() == "Ankommen in Aachtal"
    finally:
        context.close()
