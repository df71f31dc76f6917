"""The public site in a real browser at phone width: navigation, languages, search, feedback, RTL,
keyboard, offline reading, accessibility (axe-core) and screenshots."""

import json

import pytest

from integreat_wagtail.feedback.models import Feedback
from tests.browser.fixtures import AXE, PHONE, screenshot

pytestmark = pytest.mark.browser


def test_navigation_from_home_through_topic_to_content_and_back(site, open_page):
    page = open_page(site["home"].url)
    assert page.locator("h1").inner_text() == "Aachtal"
    tiles = page.locator(".tiles.topics a")
    assert tiles.count() == 4
    box = tiles.first.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44  # large touch targets
    page.get_by_role("link", name="Ankommen und Anmelden").click()
    page.wait_for_url("**/ankommen/")
    page.get_by_role("link", name="Wohnsitz anmelden").click()
    page.wait_for_url("**/wohnsitz-anmelden/")
    crumbs = page.locator(".breadcrumbs li")
    assert [crumbs.nth(i).inner_text() for i in range(crumbs.count())] == [
        "Aachtal", "Ankommen und Anmelden", "Wohnsitz anmelden"]
    page.locator(".back-link").click()
    page.wait_for_url("**/ankommen/")
    page.locator(".emergency-link").click()
    assert page.evaluate("location.hash") == "#emergency"
    assert page.locator("#emergency a[href='tel:112']").is_visible()


def test_language_switch_keeps_the_page_or_says_it_is_not_translated(site, open_page):
    page = open_page(site["registration"].url)
    page.locator(".languages a[hreflang='ar']").click()
    page.wait_for_url("**/ar/aachtal/ankommen/wohnsitz-anmelden/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "تسجيل السكن"
    page.locator(".languages a[hreflang='en']").click()
    page.wait_for_url("**/en/aachtal/not-translated/**")
    assert page.locator("html").get_attribute("lang") == "en"
    offered = page.locator(".available-languages a")
    assert offered.count() == 2
    offered.first.click()
    page.wait_for_url("**/de/aachtal/ankommen/wohnsitz-anmelden/")


def test_search_with_highlights_and_friendly_no_results(site, open_page):
    page = open_page(site["home"].url)
    page.locator("#site-search").fill("anmelden")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=anmelden")
    assert page.locator(".results li").count() == 2
    assert page.locator(".results mark").first.inner_text().lower() == "anmelden"
    page.locator("#site-search").fill("Kindergeld")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=Kindergeld")
    assert page.locator(".no-results .tiles a").count() == 4


def test_helpful_widget_with_and_without_javascript(site, open_page, browser, live_server):
    page = open_page(site["registration"].url)
    page.locator("#feedback button[value='up']").click()
    page.locator(".feedback-status").wait_for(state="visible")
    assert page.locator(".feedback-status").inner_text() == "Danke! Ihre Antwort hilft uns, diese Seite zu verbessern."
    assert Feedback.objects.filter(rating="up", page_id=site["registration"].pk).count() == 1

    no_js = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        plain = no_js.new_page()
        plain.goto(live_server.url + site["registration"].url)
        plain.locator("#feedback summary").click()
        plain.locator("#feedback-comment").fill("Die Adresse des Bürgeramts fehlt")
        plain.locator(".feedback-send").click()
        plain.wait_for_url("**?feedback=thanks#feedback")
        assert plain.locator(".feedback-thanks").is_visible()
    finally:
        no_js.close()
    assert Feedback.objects.filter(comment="Die Adresse des Bürgeramts fehlt").exists()


def runs(boxes, direction):
    """True when each box follows the previous one in reading order (same row further on, or a new row)."""
    for before, after in zip(boxes, boxes[1:]):
        if abs(before["y"] - after["y"]) > 5:
            assert after["y"] > before["y"]
            continue
        if direction == "rtl" and not after["x"] + after["width"] <= before["x"] + 1:
            return False
        if direction == "ltr" and not after["x"] >= before["x"] + before["width"] - 1:
            return False
    return True


def test_breadcrumbs_run_right_to_left_in_arabic(site, open_page):
    page = open_page(site["registration_ar"].url)
    boxes = [page.locator(".breadcrumbs li").nth(i).bounding_box() for i in range(3)]
    width = page.evaluate("document.documentElement.clientWidth")
    assert boxes[0]["x"] + boxes[0]["width"] > width - 40  # the first crumb starts at the right edge
    assert runs(boxes, "rtl")
    # The separator chevron and back arrow are mirrored; the skip link sits on the right.
    transform = page.evaluate(
        "getComputedStyle(document.querySelector('.back-link svg')).transform")
    assert transform.startswith("matrix(-1")
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > width / 2  # the brand starts on the right
    german = open_page(site["registration"].url)
    boxes = [german.locator(".breadcrumbs li").nth(i).bounding_box() for i in range(3)]
    assert boxes[0]["x"] < 40 and runs(boxes, "ltr")


def test_keyboard_only_navigation(site, open_page):
    page = open_page(site["home"].url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    assert page.locator(".skip-link").bounding_box()["y"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    # Tab from main reaches the search field, then topics; every focus is visibly outlined.
    seen = []
    for _ in range(8):
        page.keyboard.press("Tab")
        info = page.evaluate(
            "(() => { const e = document.activeElement, s = getComputedStyle(e);"
            " return {tag: e.tagName, text: e.innerText || e.name || '', outline: s.outlineStyle, width: s.outlineWidth}; })()")
        seen.append(info)
        assert info["outline"] != "none" and info["width"] != "0px", info
    assert any(item["text"].strip() == "Ankommen und Anmelden" for item in seen), seen
    while page.evaluate("document.activeElement.innerText.trim()") != "Ankommen und Anmelden":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ankommen/")


def test_offline_reading_after_going_offline(site, open_page, phone, live_server):
    page = open_page(site["home"].url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # now controlled by the worker
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    page.goto(live_server.url + site["registration"].url)
    page.wait_for_load_state("networkidle")
    phone.set_offline(True)
    try:
        page.goto(live_server.url + site["registration"].url)
        assert page.locator("h1").inner_text() == "Wohnsitz anmelden"  # read before: from the phone
        page.goto(live_server.url + site["health"].url)
        assert page.locator("h1").inner_text() == "Gesundheit"  # top-level topic: saved at install
        page.goto(live_server.url + site["school"].url + "nie-gelesen/")
        assert "offline" in page.locator("h1").inner_text().lower()  # never read: the offline page
    finally:
        phone.set_offline(False)


AUDITED = [
    ("home", "home"), ("topic", "arrival"), ("content", "registration"),
]


def run_axe(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")], result["violations"]


def test_accessibility_audit_german_and_arabic(site, browser, live_server):
    if not AXE.exists():
        pytest.fail("axe-core missing: run `npm ci` in the project folder")
    urls = {}
    for language, suffix in (("de", ""), ("ar", "_ar")):
        for name, key in AUDITED:
            page_key = key + suffix if key + suffix in site else key
            urls[f"{name}-{language}"] = site[page_key].url
        urls[f"search-{language}"] = f"/{language}/aachtal/search/?q=" + ("anmelden" if language == "de" else "تسجيل")
        urls[f"no-results-{language}"] = f"/{language}/aachtal/search/?q=kindergeld"
        urls[f"offline-{language}"] = f"/{language}/aachtal/offline/"
    urls["not-translated-en"] = f"/en/aachtal/not-translated/{site['registration'].pk}/"
    urls["platform-de"] = "/de/"
    failures = {}
    # axe-core is injected as an inline script, which the site's CSP forbids; the CSP itself is
    # checked in test_admin_browser.py.
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, locale="de-DE", bypass_csp=True)
    for name, url in urls.items():
        page = context.new_page()
        assert page.goto(live_server.url + url).status == (404 if name == "not-translated-en" else 200), url
        serious, _ = run_axe(page)
        if serious:
            failures[name] = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
        page.close()
    context.close()
    assert not failures, json.dumps(failures, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_phone_screenshots(site, open_page, language):
    suffix = "" if language == "de" else "_ar"
    shots = {
        "home": site["home" + suffix].url,
        "topic": site["arrival" + suffix].url,
        "content": site["registration" + suffix].url,
        "search": f"/{language}/aachtal/search/?q=" + ("anmelden" if language == "de" else "تسجيل"),
        "no-results": f"/{language}/aachtal/search/?q=kindergeld",
    }
    for name, url in shots.items():
        page = open_page(url)
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name}-{language} scrolls sideways by {overflow}px"
        screenshot(page, f"site-{name}-{'rtl' if language == 'ar' else 'ltr'}-{language}")
        page.close()
