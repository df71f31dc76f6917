"""The imprint and the emergency box of the demo county on a 320- and a 390-px phone in Arabic,
Farsi and Ukrainian (issue 14, findings 2 and 4): nothing sticks out, every phone number is a
tappable link that reads left to right and stays on one line, and screenshots of both sections
(reference copies in screenshots/)."""

import pytest

from home.demo import content
from home.demo.loader import DemoLoader
from tests.browser.fixtures import screenshot
from tests.browser.page_fit import misfits

pytestmark = pytest.mark.browser

LANGUAGES = ("ar", "fa", "uk")
SECTIONS = ("imprint", "emergency")

# Per phone number in a section: its direction, whether it is on one line, and whether it is on screen.
NUMBERS = """section => [...section.querySelectorAll('a[href^="tel:"]')].map(link => {
  const number = link.querySelector(".number") || link, box = number.getBoundingClientRect();
  return {
    text: number.textContent, direction: getComputedStyle(number).direction,
    oneLine: number.getClientRects().length === 1, onScreen: box.left >= 0 && box.right <= innerWidth,
  };
})"""


@pytest.fixture
def county(live_db):
    """Lindenau County as the demo has it (imprint, contact, emergency numbers), without its topics."""
    spec = next(spec for spec in content.municipalities() if spec["slug"] == "lindenau-county")
    return DemoLoader("pw").municipality({**spec, "languages": ["de", *LANGUAGES]}, {})


@pytest.mark.parametrize("width", [320, 390])
def test_imprint_and_emergency_numbers_fit_and_read_left_to_right(county, browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 720}, device_scale_factor=1)
    try:
        page = context.new_page()
        for code in LANGUAGES:
            assert page.goto(f"{live_server.url}/{code}/{county.slug}/").status == 200
            assert not misfits(page), (code, misfits(page))
            for section in SECTIONS:
                box = page.locator(f"#{section}")
                numbers = box.evaluate(NUMBERS)
                assert numbers, (code, section)
                for number in numbers:
                    assert number["direction"] == "ltr" and number["oneLine"] and number["onScreen"], (code, section, number)
                screenshot(box, f"reader-{section}-{code}-{width}")
    finally:
        context.close()
