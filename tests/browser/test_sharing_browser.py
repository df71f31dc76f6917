"""Real Chromium, as new users: a county editor shares a page, a town editor mirrors it from the content
library, the county edits it, and the town's readers see the change in two languages. Screenshots of
the library and of the mirrored page as a reader sees it go to var/screenshots/."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from home.models import ContentPage
from integreat_wagtail.sharing.models import Reuse, Share
from tests.browser.fixtures import admin_login, screenshot
from tests.factories import add_content_page, make_municipality, make_user, publish_change, root_page

pytestmark = pytest.mark.browser


@pytest.fixture
def region(live_db):
    county = make_municipality("Landkreis Linde", "linde", ["de", "en", "ar"], kind="county", publishing="direct")
    town = make_municipality("Stadt Erle", "erle", ["de", "en"], parent=county, publishing="direct")
    make_user("linde-editor", municipality=county, role="editors")
    make_user("erle-editor", municipality=town, role="editors")
    arrival = add_content_page(root_page(county), title="Ankommen", slug="ankommen", intro="Erste Schritte im Kreis.", icon="arrival")
    english = arrival.copy_for_translation(Locale.objects.get(language_code="en"))
    publish_change(english, title="Arrival", intro="First steps in the county.")
    return county, town, arrival


def test_county_shares_town_mirrors_readers_see_the_county_edit_in_two_languages(live_server, browser, phone, region):
    county, town, arrival = region
    base = live_server.url

    county_staff = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = admin_login(county_staff, base, "linde-editor")
    page.goto(f"{base}/admin/sharing/pages/{arrival.pk}/share/")
    page.check("input[name=audience][value=region]")
    page.locator("main form[method=post] button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/sharing/{county.pk}/")
    assert Share.objects.get().page_id == arrival.pk

    town_staff = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = admin_login(town_staff, base, "erle-editor")
    page.click("a[href='/admin/sharing/']")  # the menu item
    page.wait_for_url(f"{base}/admin/sharing/{town.pk}/")
    page.click(f"a[href='/admin/sharing/{town.pk}/library/']")
    row = page.locator(f"tr[data-library-page='{arrival.pk}']")
    assert "Landkreis Linde" in row.inner_text()
    screenshot(page, "sharing-library")
    row.locator("select[name=kind]").select_option("mirror")
    row.locator("select[name=parent]").select_option(str(root_page(town).pk))
    row.locator("button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/pages/{root_page(town).pk}/")
    assert Reuse.objects.get().kind == "mirror"

    # The county's editor changes the German page in the page editor and publishes it; its translator
    # updates the English one. The town's readers see both at once.
    page = county_staff.pages[0]
    page.goto(f"{base}/admin/pages/{arrival.pk}/edit/")
    page.fill("#id_intro", "Neu: Termine online buchen.")
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.locator('button[name="action-publish"]').click()
    assert ContentPage.objects.get(pk=arrival.pk).intro == "Neu: Termine online buchen."
    publish_change(arrival.get_translation(Locale.objects.get(language_code="en")), intro="New: book appointments online.")
    reader = phone.new_page()
    reader.goto(f"{base}/de/erle/ankommen/")
    assert "Neu: Termine online buchen." in reader.content()
    assert "Informationen von Landkreis Linde" in reader.locator(".shared-origin").inner_text()
    screenshot(reader, "sharing-mirrored-page-reader")
    reader.goto(f"{base}/en/erle/ankommen/")
    assert "New: book appointments online." in reader.content()
    assert "Landkreis Linde" in reader.locator(".shared-origin").inner_text()


def test_the_library_in_arabic_on_a_320_px_phone(live_server, browser, region):
    """An Arabic-speaking town editor on a small phone: the library reads right to left and nothing
    sticks out sideways (each page becomes a block of its own)."""
    county, town, arrival = region
    Share.objects.create(municipality=county, page=arrival, audience=Share.Audience.REGION)
    editor = get_user_model().objects.get(username="erle-editor")
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": "ar"})
    small = browser.new_context(viewport={"width": 320, "height": 640}, locale="ar")
    page = admin_login(small, live_server.url, "erle-editor")
    page.goto(f"{live_server.url}/admin/sharing/{town.pk}/library/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    row = page.locator(f"tr[data-library-page='{arrival.pk}']")
    assert "Landkreis Linde" in row.inner_text()
    sticking_out = page.evaluate("""() => [...document.querySelectorAll("main *")].filter(element => {
      const box = element.getBoundingClientRect();
      return box.width && box.height && (box.left < -1 || box.right > innerWidth + 1);
    }).map(element => element.tagName + " " + element.textContent.trim().slice(0, 30))""")
    assert sticking_out == []
    screenshot(page, "sharing-library-ar-320")
