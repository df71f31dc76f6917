"""Browser tests write screenshots only into a git-ignored folder, so a test run never rewrites the
reference pictures committed under screenshots/ (those are copied there on purpose)."""

import re
from pathlib import Path

from tests.browser import fixtures

ROOT = Path(__file__).resolve().parents[1]
TEST_CODE = ("tests", "integreat_wagtail", "home", "plugins")


def test_the_screenshot_folder_is_git_ignored():
    folder = fixtures.SCREENSHOTS.resolve()
    if folder.is_relative_to(ROOT):  # SCREENSHOTS_DIR may point outside the checkout
        ignored = {line.strip().strip("/") for line in (ROOT / ".gitignore").read_text().splitlines()}
        assert folder.relative_to(ROOT).parts[0] in ignored, folder


def test_only_the_screenshot_helper_takes_screenshots():
    """Playwright writes a screenshot wherever its path says; `fixtures.screenshot` writes to SCREENSHOTS."""
    helper = Path(fixtures.__file__).resolve()
    writers = sorted(
        str(path.relative_to(ROOT))
        for folder in TEST_CODE for path in (ROOT / folder).rglob("*.py")
        if path.resolve() != helper and re.search(r"(?<!fixtures)\.screenshot\(", path.read_text(encoding="utf-8"))
    )
    assert writers == []
