"""The whole demo on a cheap 320-px phone, in every language (issue 14): every page a reader can
reach from the landing pages and the sitemap fits the screen on both sides, and reference
screenshots of the pages the audit found broken."""


import pytest

from tests.browser.fixtures import screenshot
from tests.browser.page_fit import NARROW_PHONE, followable, misfits

pytestmark = [pytest.mark.browser, pytest.mark.whole_demo]

LANGUAGES = ("de", "en", "ar", "fa", "uk")
# Where a newcomer starts: the front door, each landing page, a language nobody offers, a
# municipality without the reader's language; the sitemaps add every published page.
START_PATHS = ["/", *(f"/{code}/" for code in LANGUAGES), "/ru/", "/fa/erlenhausen/", "/ar/?q=Erlenhausn"]
# The audit's worst cases, photographed at both widths after the crawl (names as in var/screenshots/).
PHOTOGRAPHED = {
    "de-home": ("/de/lindenau-county/", None),
    "ar-home": ("/ar/lindenau-county/", None),
    "ar-imprint": ("/ar/lindenau-county/", "#imprint"),
    "fa-imprint": ("/fa/lindenau-county/", "#imprint"),
    "uk-imprint": ("/uk/lindenau-county/", "#imprint"),
    "de-emergency": ("/de/lindenau-county/", "#emergency"),
    "ar-emergency": ("/ar/almhofen/", "#emergency"),
    "fa-emergency": ("/fa/almhofen/", "#emergency"),
    "uk-emergency": ("/uk/almhofen/", "#emergency"),
    "ar-counselling": ("/ar/erlenhausen/arbeit-und-anerkennung/counselling/", None),
    "de-counselling": ("/de/erlenhausen/arbeit-und-anerkennung/counselling/", None),
}


@pytest.fixture
def demo(whole_demo):
    """The whole demo, loaded once per run (tests/whole_demo.py)."""


def sitemap_pages(page, origin):
    page.goto(origin + "/sitemap.xml")
    sections = page.eval_on_selector_all("loc", "locs => locs.map(loc => loc.textContent)")
    urls = []
    for section in sections:
        page.goto(section)
        urls += page.eval_on_selector_all("loc", "locs => locs.map(loc => loc.textContent)")
    return urls


def test_every_demo_page_fits_a_320px_screen_in_every_language(demo, browser, live_server):
    origin = live_server.url
    # Without the service worker: its precache would fetch pages in the background of every visit,
    # through the live server that answers one request at a time (offline reading has its own test).
    context = browser.new_context(viewport=NARROW_PHONE, device_scale_factor=1, service_workers="block")
    try:
        page = context.new_page()
        queue = [origin + path for path in START_PATHS]
        queue += [url for url in (followable(url, origin) for url in sitemap_pages(page, origin)) if url]
        seen, misfitting, visited = set(queue), {}, 0
        while queue:
            url = queue.pop(0)
            response = page.goto(url, wait_until="domcontentloaded")
            assert response.status < 500, url
            if "text/html" not in response.headers.get("content-type", ""):
                continue
            visited += 1
            problem = misfits(page)
            if problem:
                misfitting[url] = problem
            for link in page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)"):
                target = followable(link, origin)
                if target and target not in seen:
                    seen.add(target)
                    queue.append(target)
        # Every kind of page was reached, in every language (the audit crawled 1,098).
        assert visited > 1000
        for part in ("/counselling/", "/jobs/", "/housing/", "/locations/", "/search/", "/not-translated/"):
            assert any(part in url for url in seen), part
        assert not misfitting, f"{len(misfitting)} of {visited} pages do not fit 320 px: {list(misfitting.items())[:5]}"

        for width in (320, 390):
            page.set_viewport_size({"width": width, "height": 720})
            for name, (path, anchor) in PHOTOGRAPHED.items():
                assert page.goto(origin + path).status == 200, path
                screenshot(page.locator(anchor) if anchor else page, f"reader-{name}-{width}")
    finally:
        context.close()
