"""Arabic and Persian readers pay little for their script (issue 14, finding 6): one weight of a
subset font, after the phone's own font, never blocking text."""

import re
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "home" / "static" / "home"
FACES = re.findall(r"@font-face\s*{([^}]*)}", (STATIC / "site.css").read_text())


def test_each_script_has_one_face_that_tries_local_fonts_first_and_swaps():
    families = [re.search(r'font-family:\s*"([^"]+)"', face).group(1) for face in FACES]
    assert sorted(families) == ["Integreat Arabic", "Integreat Ethiopic"]  # one weight each
    for face in FACES:
        assert "font-display: swap" in face
        src = re.search(r"src:([^;]*);", face).group(1)
        assert src.strip().startswith("local(") and src.count("url(") == 1


def test_the_arabic_font_is_at_most_25_kb():
    arabic = next(face for face in FACES if "Integreat Arabic" in face)
    path = STATIC / re.search(r'url\("([^"]+)"\)', arabic).group(1)
    assert path.stat().st_size <= 25 * 1024
