"""The admin in a real browser: the account page saves, the CSP holds on admin and public pages
(no violations), the admin requests nothing from any host but this one, and two-factor
authentication is switched on and then asked for after the password."""

from urllib.parse import urlsplit

import pytest

from home.demo.loader import DemoLoader
from plugins.events.tests.helpers import make_event, make_index
from tests.browser.fixtures import screenshot
from tests.factories import add_content_page, make_municipality, root_page

pytestmark = pytest.mark.browser


@pytest.fixture
def town(live_db):
    return make_municipality("Aachtal", "aachtal", ["de", "en", "ar"], plugins=["events"])


@pytest.fixture
def watched(browser, live_server):
    """A desktop browser page that records console errors, CSP violations and every requested host."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    page.errors, page.hosts = [], set()
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: page.hosts.add(urlsplit(request.url).netloc))
    page.add_init_script(
        "window.__violations = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.base = live_server.url
    yield page
    context.close()


def log_in(page, username, password="demo"):
    page.goto(page.base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form [type=submit]").click()
    page.wait_for_url(page.base + "/admin/")


def assert_clean(page):
    assert page.evaluate("window.__violations") == []
    assert page.errors == []


def test_demo_user_saves_the_account_page_and_every_time_zone_is_valid(town, watched):
    DemoLoader("demo").user("aachtal-editor", ("Aachtal", "Editor"), group=town.editors_group)
    log_in(watched, "aachtal-editor")
    watched.goto(watched.base + "/admin/account/")
    invalid = watched.evaluate("""() => [...document.querySelectorAll("select[name$='current_time_zone'] option")]
        .map(option => option.value).filter(Boolean).filter(zone => {
            try { new Intl.DateTimeFormat("en", {timeZone: zone}); return false; } catch (error) { return true; }
        })""")
    assert invalid == []
    watched.locator("main form [type=submit]").last.click()
    watched.wait_for_load_state()
    assert watched.locator(".messages .success").count() == 1, watched.content()[:3000]
    assert_clean(watched)


def test_admin_public_pages_and_api_docs_load_under_the_csp_without_third_party_requests(town, watched):
    topic = add_content_page(root_page(town), slug="wohnen", title="Wohnen")
    event = make_event(make_index(town), "Sprachcafé")
    DemoLoader("demo").user("aachtal-moderator", ("Aachtal", "Moderator"), group=town.moderators_group)
    log_in(watched, "aachtal-moderator")
    for path in ("/admin/", f"/admin/pages/{topic.pk}/edit/", f"/admin/pages/{event.pk}/edit/"):
        watched.goto(watched.base + path)
        watched.wait_for_load_state("networkidle")
        assert_clean(watched)

    watched.context.clear_cookies()
    for path in (root_page(town).url, topic.url, "/api/docs/"):
        watched.goto(watched.base + path)
        watched.wait_for_load_state("networkidle")
        assert_clean(watched)
    assert watched.hosts == {urlsplit(watched.base).netloc}


def test_staff_user_switches_on_two_factor_and_then_logs_in_with_a_code(town, watched):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def current_code(device, steps_ahead=0):
        return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead):06d}"

    editor = DemoLoader("demo").user("aachtal-editor", ("Aachtal", "Editor"), group=town.editors_group)
    log_in(watched, "aachtal-editor")
    watched.goto(watched.base + "/admin/account/")
    watched.locator("#tab-label-actions").click()  # "More actions"
    watched.locator("a[href='/admin/two-factor/setup/']").click()
    watched.locator("img[src^='data:image/svg+xml']").wait_for(state="visible", timeout=5000)  # the QR code, drawn here
    screenshot(watched, "admin-two-factor-setup")
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert watched.locator("[data-secret]").inner_text() == device.config_url.split("secret=")[1].split("&")[0]
    watched.fill("input[name=code]", current_code(device))
    watched.locator("main form [type=submit]").click()
    watched.wait_for_url(watched.base + "/admin/account/")
    assert TOTPDevice.objects.get(pk=device.pk).confirmed

    watched.context.clear_cookies()
    watched.goto(watched.base + "/admin/login/")
    watched.fill("input[name=username]", "aachtal-editor")
    watched.fill("input[name=password]", "demo")
    watched.locator("form [type=submit]").click()
    watched.wait_for_url("**/admin/two-factor/verify/**")
    watched.fill("input[name=code]", current_code(device, 1))
    watched.locator("main form [type=submit]").first.click()
    watched.wait_for_url(watched.base + "/admin/")
    assert_clean(watched)
