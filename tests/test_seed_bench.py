"""manage.py seed_bench at a tiny size: the shape bench/run relies on, progress, idempotence, bad input."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from home.models import ContentPage
from integreat_wagtail.municipalities.models import Municipality
from plugins.events.models import EventPage
from plugins.labour.models import JobOffer

pytestmark = pytest.mark.django_db


def test_seeds_translated_trees_and_plugin_data_once(client):
    out = StringIO()
    call_command("seed_bench", municipalities=2, pages=6, languages=3, stdout=out)
    assert "2/2 municipalities, 36 pages" in out.getvalue()
    municipalities = Municipality.objects.filter(slug__startswith="bench-").order_by("slug")
    assert [m.language_codes for m in municipalities] == [["de", "en", "ar"]] * 2
    for municipality in municipalities:
        by_language = {
            code: ContentPage.objects.live().descendant_of(municipality.page_for_language(code)) for code in ("de", "en", "ar")
        }
        assert {code: found.count() for code, found in by_language.items()} == {"de": 6, "en": 6, "ar": 6}
        keys = {code: set(found.values_list("translation_key", flat=True)) for code, found in by_language.items()}
        assert keys["de"] == keys["en"] == keys["ar"]
        assert EventPage.objects.filter(path__startswith=municipality.page_for_language("de").path).exists()
        assert JobOffer.objects.filter(municipality=municipality).exists()
    assert client.get("/de/bench-001/topic-1/").status_code == 200
    assert client.get("/ar/bench-002/topic-1/topic-3/").status_code == 200  # 1 topic, 5 subtopics
    assert client.get("/api/v3/bench-001/ar/pages/").json()

    again = StringIO()
    call_command("seed_bench", municipalities=2, pages=6, languages=3, stdout=again)
    assert "Seeded: 0 new pages" in again.getvalue()


@pytest.mark.parametrize("option", [{"municipalities": 0}, {"pages": 0}, {"languages": 99}])
def test_refuses_sizes_out_of_range(option):
    with pytest.raises(CommandError):
        call_command("seed_bench", stdout=StringIO(), **option)
