"""Real Chromium: a municipality admin opens the impact dashboard from the menu and the yearly report,
in German and in Arabic admin language. Screenshots go to var/screenshots/."""

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.demo.impact_figures import load_impact_figures
from integreat_wagtail.feedback.models import Feedback
from integreat_wagtail.impact.models import ImpactNarrative
from tests.browser.fixtures import admin_login, screenshot
from tests.factories import add_content_page, make_municipality, make_user, root_page

pytestmark = pytest.mark.browser


@pytest.fixture
def town(live_db):
    town = make_municipality("Stadt Erle", "erle", ["de", "en", "ar", "uk"], publishing="direct")
    for title, slug in (("Ankommen", "ankommen"), ("Wohnen", "wohnen"), ("Deutsch lernen", "deutsch"), ("Arbeit", "arbeit")):
        page = add_content_page(root_page(town), title=title, slug=slug)
        Feedback.objects.create(municipality=town, language="de", page=page, rating="up")
    Feedback.objects.create(municipality=town, language="de", page=page, rating="down", comment="Telefonnummer fehlt")
    load_impact_figures(town, timezone.localdate())
    ImpactNarrative.objects.create(
        municipality=town, year=timezone.localdate().year, outputs="Vier Themen neu geschrieben, Ukrainisch ergänzt.",
        outcomes="Das Bürgerbüro beantwortet weniger Fragen zur Anmeldung.",
    )
    user = make_user("erle-admin", municipality=town, role="admins")
    return town, user


@pytest.mark.parametrize("language", ["de", "ar"])
def test_dashboard_and_report_in_the_admins_language(live_server, browser, town, language):
    municipality, user = town
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = admin_login(context, base, "erle-admin")
    page.click("a[href='/admin/impact/']")
    page.wait_for_url(f"{base}/admin/impact/{municipality.pk}/")
    assert page.locator("svg.impact-chart").count() >= 4
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    screenshot(page, f"impact-dashboard-{language}")
    page.click(f"a[href='/admin/impact/{municipality.pk}/report/{timezone.localdate().year}/']")
    assert "Stadt Erle" in page.locator("h1").inner_text()
    assert page.locator("section.step").count() == 4
    screenshot(page, f"impact-report-{language}")
    context.close()
