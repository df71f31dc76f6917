"""The site's and admin's own strings ship translated into the languages the issue names.

Every app with a gettext catalogue (and every plugin of this repository) is complete in German,
Arabic, Farsi and Ukrainian: an untranslated string would fall back to German (LANGUAGE_CODE) in
the middle of an Arabic page.
"""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["de", "ar", "fa", "uk"]
CATALOGUE_DIRS = sorted(
    path for pattern in ("locale", "home/locale", "integreat_wagtail/*/locale", "plugins/*/locale")
    for path in ROOT.glob(pattern)
)


def test_every_plugin_of_the_repository_ships_a_catalogue():
    plugins = [path for path in (ROOT / "plugins").iterdir() if (path / "apps.py").exists()]
    assert plugins and all((plugin / "locale").is_dir() for plugin in plugins), plugins


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("directory", CATALOGUE_DIRS, ids=lambda path: str(path.relative_to(ROOT)))
def test_catalogue_is_complete(directory, language):
    catalogue = polib.pofile(str(directory / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in catalogue if not entry.obsolete and (not entry.translated() or entry.fuzzy)]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:3]}"
