"""The impact dashboard, its CSV exports and the yearly report: figures of one's own municipality
only, every role, bad input as a 400, the k-anonymity threshold, formula-safe CSV, German and Arabic."""

import csv
import datetime
import io
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader
from wagtail.users.models import UserProfile

from integreat_wagtail.feedback.models import Feedback
from integreat_wagtail.impact import figures
from integreat_wagtail.impact.models import ImpactNarrative, ReadCount, SearchCount
from integreat_wagtail.linkcheck.models import Link
from integreat_wagtail.municipalities import roles
from integreat_wagtail.sharing.models import Reuse, Share
from tests.factories import add_content_page, log_in, make_user, root_page

pytestmark = pytest.mark.django_db

@pytest.fixture
def figures_of_both(municipality, other_municipality):
    """Counters of both municipalities; the other one's carry names that must never leak."""
    own = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    foreign = add_content_page(root_page(other_municipality), title="Birkenau geheim", slug="geheim")
    today = timezone.localdate()
    ReadCount.objects.bulk_create([
        ReadCount(municipality=municipality, day=today, language="de", channel="site", page=own, views=7),
        ReadCount(municipality=municipality, day=today, language="ar", channel="app", resource="pages", views=3),
        ReadCount(municipality=other_municipality, day=today, language="uk", channel="site", page=foreign, views=99),
    ])
    SearchCount.objects.bulk_create([
        SearchCount(municipality=municipality, day=today, language="de", query="kita", searches=3, without_results=3),
        SearchCount(municipality=municipality, day=today - datetime.timedelta(days=1), language="de", query="kita", searches=2, without_results=2),
        SearchCount(municipality=municipality, day=today, language="de", query="=hyperlink(\"x\")", searches=6),
        SearchCount(municipality=municipality, day=today, language="de", query="seltene frage", searches=4, without_results=4),
        SearchCount(municipality=other_municipality, day=today, language="uk", query="birkenau suche", searches=50),
    ])
    return own, foreign


def urls(municipality):
    year = timezone.localdate().year
    return [
        reverse("impact:dashboard", args=[municipality.pk]),
        reverse("impact:csv", args=[municipality.pk, "top-pages"]),
        reverse("impact:report", args=[municipality.pk, year]),
    ]


@pytest.mark.parametrize("role", roles.ALL_ROLES)
def test_every_role_sees_its_own_figures_only(client, municipality, other_municipality, figures_of_both, role):
    make_user("person", municipality=municipality, role=role)
    log_in(client, "person", "pw")
    allowed = role != "event_managers"
    for url in urls(municipality):
        response = client.get(url)
        assert response.status_code == (200 if allowed else 403), (url, response.status_code)
        assert "Birkenau geheim" not in response.content.decode()
    for url in urls(other_municipality) + [reverse("impact:platform_dashboard")]:
        assert client.get(url).status_code == 403, url
    narrative = reverse("impact:narrative", args=[municipality.pk, timezone.localdate().year])
    assert client.get(narrative).status_code == (200 if role == "admins" else 403)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert ("/admin/impact/" in menu) is allowed  # the sidebar's menu data


def test_platform_admins_see_every_municipality_and_the_platform(client, platform_admin, municipality, figures_of_both):
    log_in(client, "platform-admin", "pw")
    assert client.get(reverse("impact:home")).url == reverse("impact:platform_dashboard")
    platform = client.get(reverse("impact:platform_dashboard")).content.decode()
    assert "Birkenau geheim" in platform and "Anmeldung" in platform
    assert client.get(reverse("impact:dashboard", args=[municipality.pk])).status_code == 200


def test_dashboard_draws_charts_and_tables(client, municipality_admin, figures_of_both):
    log_in(client, "aachtal-admin", "pw")
    response = client.get(reverse("impact:home"), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<svg class=\"impact-chart\"") >= 3 and "<polyline" in html
    assert "Anmeldung" in html and "العربية" in html and "kita" in html
    assert "cdn" not in html.lower().replace("cdnjs", "")


@pytest.mark.parametrize("query", [
    {"start": "2026-13-01", "end": "2026-12-31"}, {"start": "2026-05-02", "end": "2026-05-01"},
    {"start": "1850-01-01", "end": "1850-01-02"}, {"start": "2020-01-01", "end": "2026-01-01"},
    {"start": "x"}, {"end": "99999-01-01"},
])
def test_bad_dates_are_a_message_and_400(client, municipality_admin, municipality, query):
    log_in(client, "aachtal-admin", "pw")
    response = client.get(reverse("impact:dashboard", args=[municipality.pk]), query)
    assert response.status_code == 400 and 'role="alert"' in response.content.decode()
    assert client.get(reverse("impact:csv", args=[municipality.pk, "feedback"]), query).status_code == 400


def test_unknown_tables_and_years_are_404(client, municipality_admin, municipality):
    log_in(client, "aachtal-admin", "pw")
    assert client.get(reverse("impact:csv", args=[municipality.pk, "passwords"])).status_code == 404
    assert client.get(reverse("impact:report", args=[municipality.pk, 1999])).status_code == 404
    assert client.get(reverse("impact:report", args=[municipality.pk, 10**30])).status_code == 404
    assert client.get(reverse("impact:dashboard", args=[10**30])).status_code == 404


def test_search_words_are_shown_from_the_minimum_count_on(municipality, figures_of_both, settings):
    today = timezone.localdate()
    start = today - datetime.timedelta(days=7)
    assert figures.top_queries([municipality], start, today) == [('=hyperlink("x")', "de", 6), ("kita", "de", 5)]
    assert figures.top_queries([municipality], start, today, without_results=True) == [("kita", "de", 5)]
    assert figures.top_queries([municipality], today, today, without_results=True) == []  # 3 on the day: too few
    settings.IMPACT_MIN_COUNT = 4
    assert ("seltene frage", "de", 4) in figures.top_queries([municipality], start, today, without_results=True)


def test_csv_is_formula_safe_and_follows_the_range(client, municipality_admin, municipality, figures_of_both):
    log_in(client, "aachtal-admin", "pw")
    today = timezone.localdate()
    url = reverse("impact:csv", args=[municipality.pk, "top-searches"])
    response = client.get(url, {"start": (today - datetime.timedelta(days=7)).isoformat(), "end": today.isoformat()})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [["Suchbegriffe", "Sprache", "Suchen"], ["'=hyperlink(\"x\")", "Deutsch", "6"], ["kita", "Deutsch", "5"]]
    response = client.get(url, {"start": today.isoformat(), "end": today.isoformat()})
    assert [row[0] for row in csv.reader(io.StringIO(response.content.decode()))] == ["Suchbegriffe", "'=hyperlink(\"x\")"]


def test_ranges_count_the_days_of_the_platforms_time_zone(municipality):
    page = add_content_page(root_page(municipality), title="Arbeit", slug="arbeit")
    ReadCount.objects.bulk_create([
        ReadCount(municipality=municipality, day=datetime.date(2026, 1, 31), language="de", channel="site", page=page, views=1),
        ReadCount(municipality=municipality, day=datetime.date(2026, 2, 1), language="de", channel="site", page=page, views=10),
        ReadCount(municipality=municipality, day=datetime.date(2026, 2, 28), language="en", channel="site", page=page, views=100),
        ReadCount(municipality=municipality, day=datetime.date(2026, 3, 1), language="de", channel="site", page=page, views=1000),
    ])
    february = datetime.date(2026, 2, 1), datetime.date(2026, 2, 28)
    assert figures.views_by_language([municipality], *february) == [("en", 100, 0), ("de", 10, 0)]
    series = figures.views_by_day_and_language([municipality], *february)
    assert len(series["de"]) == 28 and series["de"][0] == 10 and series["en"][-1] == 100
    # 23:30 UTC on 31 January is 00:30 on 1 February in Berlin: February's feedback.
    late = datetime.datetime(2026, 1, 31, 23, 30, tzinfo=datetime.UTC)
    early = datetime.datetime(2026, 1, 31, 22, 30, tzinfo=datetime.UTC)
    for moment in (late, early):
        Feedback.objects.create(municipality=municipality, language="de", page=page, rating="up", created_at=moment)
    assert figures.feedback_summary([municipality], *february)["helpful"] == 1


def test_quality_counts_coverage_and_review(municipality):
    add_content_page(root_page(municipality), title="Wohnen", slug="wohnen",
                     last_reviewed_on=datetime.date.today() - datetime.timedelta(days=400))
    add_content_page(root_page(municipality), title="Schule", slug="schule")
    quality = figures.quality([municipality])
    # The home page (translated at onboarding, no review date) and two German-only topics.
    assert quality.coverage == {"en": (1, 3), "ar": (1, 3)} and quality.outdated == {"en": 0, "ar": 0}
    assert (quality.reviewed, quality.pages, quality.reviewed_percent) == (1, 3, 33)  # "Schule" only
    assert quality.broken_links == 0
    Link.objects.create(municipality=municipality, url="https://example.org/gone", broken=True, status=404)
    Link.objects.create(municipality=municipality, url="https://example.org/fine", status=200)
    assert figures.quality([municipality]).broken_links == 1


def test_only_admins_write_the_narrative_and_the_report_shows_it(client, municipality_admin, municipality):
    log_in(client, "aachtal-admin", "pw")
    year = timezone.localdate().year
    url = reverse("impact:narrative", args=[municipality.pk, year])
    response = client.post(url, {"outputs": "Zwölf neue Seiten auf Ukrainisch.", "outcomes": "Weniger Fragen im Bürgerbüro."})
    assert response.status_code == 302
    assert ImpactNarrative.objects.get(municipality=municipality, year=year).outputs.startswith("Zwölf")
    html = client.get(reverse("impact:report", args=[municipality.pk, year])).content.decode()
    assert "Zwölf neue Seiten" in html and "Weniger Fragen im Bürgerbüro" in html


@pytest.mark.parametrize(("language", "expected"), [("de", ["Wirkungsbericht", "Reichweite", "Aachtal"]),
                                                    ("ar", ["تقرير الأثر", "الوصول", "Aachtal"])])
def test_report_as_html_and_pdf_in_the_admins_language(client, municipality_admin, municipality, figures_of_both, language, expected):
    profile = UserProfile.get_for_user(municipality_admin)
    profile.preferred_language = language
    profile.save()
    log_in(client, "aachtal-admin", "pw")
    year = timezone.localdate().year
    html = client.get(reverse("impact:report", args=[municipality.pk, year])).content.decode()
    assert all(text in html for text in expected), html[:500]
    assert f'dir="{"rtl" if language == "ar" else "ltr"}"' in html
    response = client.get(reverse("impact:report_pdf", args=[municipality.pk, year]))
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Aachtal" in text and "Birkenau" not in text
    assert expected[1] in text or expected[1][::-1] in text


def test_cooperation_counts_shares_reuses_and_plugins(municipality, other_municipality):
    page = add_content_page(root_page(municipality), title="Ankommen", slug="ankommen")
    Share.objects.create(municipality=municipality, page=page)
    for kind in ("mirror", "copy"):
        Reuse.objects.create(kind=kind, source_municipality=municipality, source_translation_key=page.translation_key,
                             source_title="Ankommen", target_municipality=other_municipality, target_translation_key=uuid.uuid4())
    own = figures.cooperation([municipality])
    assert (own.shared, own.given, own.taken) == (1, {"mirror": 1, "copy": 1}, {})
    assert figures.cooperation([other_municipality]).taken_total == 2
    platform = figures.cooperation([municipality, other_municipality])
    assert platform.given_total == 2 and platform.shared == 1


def test_platform_admins_write_the_platforms_account(client, platform_admin, municipality_admin, municipality):
    year = timezone.localdate().year
    url = reverse("impact:platform_narrative", args=[year])
    log_in(client, "aachtal-admin", "pw")
    assert client.post(url, {"outputs": "Fremd", "outcomes": ""}).status_code == 403
    log_in(client, "platform-admin", "pw")
    assert client.post(url, {"outputs": "Vier Kommunen, fünf Sprachen.", "outcomes": ""}).status_code == 302
    assert ImpactNarrative.objects.get(municipality=None, year=year).outputs == "Vier Kommunen, fünf Sprachen."
    html = client.get(reverse("impact:platform_report", args=[year])).content.decode()
    assert "Vier Kommunen, fünf Sprachen." in html and "Die ganze Plattform" in html
    own = client.get(reverse("impact:report", args=[municipality.pk, year])).content.decode()
    assert "Vier Kommunen" not in own
