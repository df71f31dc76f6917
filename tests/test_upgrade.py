"""Upgrades (issue 16): a database made by an earlier release migrates to this one with its content intact.

`tests/fixtures/release-8af3d5f.sqlite3.gz` was made by commit 8af3d5f (the first integration in which
the core, the site and the events, housing and labour plugins stood together): its `migrate` on
SQLite, then a small load — the municipality Altdorf (de, en, ar; all three plugins on), a content page
"Wohnen" published and translated into English through wagtail-localize, an events index with one
event, an events feed and a published housing offer. To make a fixture for a newer release: check
the release out in a temporary worktree (`git worktree add --detach /tmp/old <commit>`), run its
`manage.py migrate` with `DATABASE_URL=sqlite:////tmp/old.sqlite3`, load content through its services,
`VACUUM`, gzip it here.
"""

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.own_database  # its own database: the same whatever DATABASE_URL the run has
ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "release-8af3d5f.sqlite3.gz"

READ = """
import django, json; django.setup()
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from integreat_wagtail.core.models import PageSearchTerms
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.translations.states import municipality_translation_states
from plugins.events.models import EventFeed, EventPage
from plugins.housing.models import HousingOffer
m = Municipality.objects.get(slug="altdorf")
pages = {root.locale.language_code: sorted((p.title, p.live) for p in Page.objects.descendant_of(root, inclusive=True))
         for root in m.pages.select_related("locale")}
print(json.dumps({
    "municipality": [m.name, m.language_codes, m.default_language, sorted(m.enabled_plugins)],
    "groups": sorted(g.name for g in (m.editors_group, m.moderators_group, m.admins_group)),
    "pages": pages,
    "intro": m.pages.get(locale__language_code="de").specific.intro,
    "translated": Page.objects.get(slug="wohnen", locale__language_code="en").specific.intro,
    "sources": TranslationSource.objects.count(), "translations": Translation.objects.count(),
    "states": {row.source["title"]: row.states for row in municipality_translation_states(m)},
    "event": [str(e.start_date) for e in EventPage.objects.filter(slug="sprachcafe")],
    "feeds": list(EventFeed.objects.filter(municipality=m).values_list("name", flat=True)),
    "offers": list(HousingOffer.objects.filter(municipality=m).values_list("title", "status")),
    "unsearchable": list(Page.objects.live().filter(depth__gt=1, search_terms__isnull=True).values_list("title", flat=True)),
    "search_terms": PageSearchTerms.objects.count(),
}, default=str))
"""


def manage(database, *args):
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="integreat_wagtail.settings.test")
    env.pop("REDIS_URL", None)
    env.pop("CACHE_URL", None)
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_a_database_of_the_first_release_migrates_with_its_content(tmp_path):
    database = tmp_path / "release.sqlite3"
    with gzip.open(FIXTURE) as source, open(database, "wb") as target:
        shutil.copyfileobj(source, target)

    manage(database, "manage.py", "migrate", "--noinput", "-v", "0")
    content = json.loads(manage(database, "-c", READ).splitlines()[-1])

    assert "[ ]" not in manage(database, "manage.py", "showmigrations", "--plan")  # nothing left unapplied
    assert content["municipality"] == ["Altdorf", ["de", "en", "ar"], "de", ["events", "housing", "labour"]]
    assert len(content["groups"]) == 3 and all("altdorf" in name for name in content["groups"])
    assert content["pages"] == {
        "de": [["Altdorf", True], ["Sprachcafé", True], ["Termine", True], ["Wohnen", True]],
        "en": [["Altdorf", True], ["Wohnen", True]],
        "ar": [["Altdorf", True]],
    }
    assert content["intro"] == "Willkommen in Altdorf" and content["translated"] == "Eine Wohnung finden"
    assert content["sources"] >= 2 and content["translations"] >= 3
    assert content["states"]["Wohnen"] == {"en": "up_to_date", "ar": "missing"}
    assert content["event"] == ["2027-01-15"] and content["feeds"] == ["Stadtkalender"]
    assert content["offers"] == [["Zwei Zimmer am Markt", "published"]]
    # Pages published before the forgiving search stored words get them after `migrate`.
    assert content["unsearchable"] == [] and content["search_terms"] == 10
