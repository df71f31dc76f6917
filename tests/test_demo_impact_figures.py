"""The demo's impact figures: plausible counters for the last months, written once, quickly."""

import time

import pytest
from django.utils import timezone

from home.demo.impact_figures import DAYS, load_impact_figures
from integreat_wagtail.impact import figures
from integreat_wagtail.impact.models import ReadCount, SearchCount
from tests.factories import add_content_page, root_page

pytestmark = pytest.mark.django_db


def test_demo_figures_fill_the_dashboard_once(municipality):
    for number in range(5):
        add_content_page(root_page(municipality), title=f"Thema {number}", slug=f"thema-{number}")
    today = timezone.localdate()
    started = time.monotonic()
    load_impact_figures(municipality, today)
    assert time.monotonic() - started < 10
    rows = ReadCount.objects.count()
    assert rows > DAYS and SearchCount.objects.exists()
    start = today - timezone.timedelta(days=DAYS - 1)
    languages = [code for code, _site, _app in figures.views_by_language([municipality], start, today)]
    assert languages[0] == "de" and set(languages) == {"de", "en", "ar"}
    assert figures.top_pages([municipality], start, today) and figures.top_queries([municipality], start, today)
    load_impact_figures(municipality, today)
    assert ReadCount.objects.count() == rows
