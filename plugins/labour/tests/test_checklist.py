"""The arrival checklist block: a plain numbered list without JavaScript, tickable with it."""

import re
from pathlib import Path

import pytest

from plugins.labour.blocks import ArrivalChecklistBlock, step_key

SCRIPT = Path(__file__).resolve().parent.parent / "static" / "labour" / "checklist.js"


def _value():
    block = ArrivalChecklistBlock()
    return block, block.to_python({
        "title": "Erste Schritte",
        "intro": "Haken Sie ab.",
        "steps": [
            {"title": "Wohnsitz anmelden", "text": "<p>Im Bürgerbüro.</p>", "links": [{"title": "Termin", "page": None, "url": "https://example.org/termin"}]},
            {"title": "Konto eröffnen", "text": "", "links": []},
        ],
    })


@pytest.mark.django_db
def test_checklist_renders_as_an_ordered_list_with_links_and_stable_step_ids():
    block, value = _value()
    html = block.render(value)
    assert re.search(r'<ol class="checklist-steps">\s*<li data-step="%s">' % step_key("Wohnsitz anmelden"), html)
    assert html.index("Wohnsitz anmelden") < html.index("Konto eröffnen")
    assert 'href="https://example.org/termin"' in html
    assert "<input" not in html  # checkboxes come only with the script; without it a plain list
    assert 'src="/static/labour/checklist.js"' in html


def test_step_ids_do_not_depend_on_position():
    assert step_key("Konto eröffnen") == step_key(" Konto eröffnen ")
    assert step_key("Konto eröffnen") != step_key("Wohnsitz anmelden")


def test_block_requires_at_least_one_step():
    from wagtail.blocks import StructBlockValidationError

    block = ArrivalChecklistBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "Leer", "intro": "", "steps": []}))


def test_script_stays_in_the_browser():
    source = SCRIPT.read_text()
    assert "localStorage" in source
    for network in ("fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "import("):
        assert network not in source
