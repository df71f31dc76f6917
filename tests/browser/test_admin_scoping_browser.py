"""In a real browser, an editor's page chooser offers only their own municipality."""

import pytest

from tests.browser.fixtures import admin_login
from tests.factories import ContentPageFactory, add_content_page, make_municipality, make_user, root_page

pytestmark = pytest.mark.browser


def test_copy_destination_chooser_offers_only_own_municipality(browser, live_server, live_db):
    aachtal = make_municipality("Aachtal", "aachtal", ["de", "en"])
    birkenau = make_municipality("Birkenau", "birkenau", ["de", "uk"])
    foreign_root = root_page(birkenau)
    draft = ContentPageFactory.build(title="Birkenau-Geheimentwurf", slug="geheim", locale=foreign_root.locale, live=False)
    foreign_root.add_child(instance=draft)
    draft.save_revision()
    own = add_content_page(root_page(aachtal), title="Aachtal-Sprachkurse", slug="sprachkurse")
    make_user("aachtal-editor", municipality=aachtal)

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = admin_login(context, live_server.url, "aachtal-editor")

    page.goto(live_server.url + f"/admin/pages/{own.pk}/copy/")
    chooser = page.locator("#id_new_parent_page-chooser")
    chooser.get_by_role("button").first.click()  # the chosen page's actions menu
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    modal.locator(".page-results").first.wait_for()
    # It opens at the platform's landing page, above the municipalities: only Aachtal is listed.
    assert "Aachtal" in modal.inner_text() and "Birkenau" not in modal.inner_text()

    modal.locator("input[name=q]").fill("Geheimentwurf")
    page.wait_for_timeout(1000)
    assert "Birkenau" not in modal.inner_text()
    context.close()
