"""Listing filters, sorting, pagination, machine-translation labels, constant query counts, API."""

import datetime
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from integreat_wagtail.plugins.pages import index_page
from plugins.housing.api import housing_offers
from plugins.housing.models import HousingIndexPage, HousingOfferTranslation, HousingPhoto, HousingSettings

from .conftest import make_offer


@pytest.fixture
def offers(housing):
    today = timezone.localdate()
    return {
        "small": make_offer(housing, title="Klein", rooms=1, living_area=25, cold_rent=300, additional_costs=50,
                            suitable_singles=True),
        "family": make_offer(housing, title="Familie", rooms=4, living_area=95, cold_rent=900, additional_costs=250,
                             suitable_families=True, suitable_singles=False, step_free=True),
        "later": make_offer(housing, title="Später", rooms=2, living_area=55, cold_rent=500, additional_costs=100,
                            available_from=today + datetime.timedelta(days=60)),
        "pending": make_offer(housing, title="Ungeprüft", status="pending", expires_at=None),
        "expired": make_offer(housing, title="Vorbei", expires_at=timezone.now() - datetime.timedelta(days=1)),
    }


def titles(client, url):
    html = client.get(url).content.decode()
    return [title for title in ("Klein", "Familie", "Später", "Ungeprüft", "Vorbei") if f">{title}<" in html]


def test_filters_and_sorting(client, index_de, offers):
    url = index_de.url
    assert set(titles(client, url)) == {"Klein", "Familie", "Später"}
    assert set(titles(client, url + "?rooms=2")) == {"Familie", "Später"}
    assert set(titles(client, url + "?max_rent=600")) == {"Klein", "Später"}  # total rent 350 / 600
    assert titles(client, url + "?min_area=90") == ["Familie"]
    assert titles(client, url + "?step_free=on") == ["Familie"]
    assert titles(client, url + "?suitable_for=families") == ["Familie"]
    in_a_month = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    assert set(titles(client, url + f"?available_from={in_a_month}")) == {"Klein", "Familie"}
    html = client.get(url + "?sort=rent").content.decode()
    assert html.index(">Klein<") < html.index(">Später<") < html.index(">Familie<")
    html = client.get(url + "?sort=-area").content.decode()
    assert html.index(">Familie<") < html.index(">Später<") < html.index(">Klein<")
    assert set(titles(client, url + "?max_rent=1150,00")) == {"Klein", "Familie", "Später"}  # German decimal comma


def test_currency_per_municipality(client, index_de, offers, housing):
    HousingSettings.objects.create(municipality=housing, currency="CHF")
    assert "CHF" in client.get(index_de.url).content.decode()


def test_pagination(client, index_de, housing):
    for number in range(15):
        make_offer(housing, title=f"Nr{number}")
    first = client.get(index_de.url).content.decode()
    second = client.get(index_de.url + "?page=2").content.decode()
    assert first.count('class="housing-card"') == 12 and second.count('class="housing-card"') == 3
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_machine_translation_is_labelled(client, housing, offers):
    from plugins.housing.models import HousingIndexPage

    HousingOfferTranslation.objects.create(submission=offers["family"], language_code="en", title="Family flat",
                                           description="Big", machine_translated=True)
    HousingOfferTranslation.objects.create(submission=offers["small"], language_code="en", title="Small flat",
                                           description="Tiny", machine_translated=False)
    english = index_page(HousingIndexPage, housing, "en", housing.default_language)
    html = client.get(english.url).content.decode()
    assert "Family flat" in html and "Small flat" in html
    assert html.count("Machine translated") == 1
    assert "In the original language" in html  # "Später" has no English text
    detail = client.get(f"{english.url}{offers['family'].pk}/").content.decode()
    assert "Machine translated" in detail and "Show the original text" in detail
    original = client.get(f"{english.url}{offers['family'].pk}/?original=1").content.decode()
    assert ">Familie<" in original


def test_machine_translation_on_approval(housing, moderator, settings, django_capture_on_commit_callbacks):
    from integreat_wagtail.moderation import services

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
    offer = make_offer(housing, status="pending", expires_at=None, title="Helle Wohnung", description="Sehr schön")
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(offer, moderator)
    translations = {t.language_code: t for t in offer.translations.all()}
    assert set(translations) == {"en", "ar"}
    assert translations["en"].machine_translated and translations["en"].title == "Wohnung Helle"


def test_machine_translation_on_approval_stays_within_the_budget(housing, moderator, settings, django_capture_on_commit_callbacks):
    from integreat_wagtail.moderation import services
    from integreat_wagtail.translations.budget import budget_of

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
    settings.MT_MONTHLY_CHARACTER_BUDGET = 30  # enough for one language: "Helle Wohnung" + "Sehr schön"
    offer = make_offer(housing, status="pending", expires_at=None, title="Helle Wohnung", description="Sehr schön")
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(offer, moderator)
    assert offer.translations.count() == 1
    assert budget_of(offer.municipality).used == len("Helle Wohnung") + len("Sehr schön")


def test_daily_job_catches_up_on_missing_machine_translations(housing, settings, capsys):
    from django.core.management import call_command

    offer = make_offer(housing, title="Helle Wohnung")  # approved while no translator was configured
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
    call_command("moderation_maintenance", "--dry-run", "--plugin", "housing")
    assert "[dry run] aachtal / housing offers: 0 expired, 0 reminded, 0 anonymised, 2 machine translations" \
        in capsys.readouterr().out
    assert not offer.translations.exists()
    call_command("moderation_maintenance", "--plugin", "housing")
    assert "aachtal / housing offers: 0 expired, 0 reminded, 0 anonymised, 2 machine translations" \
        in capsys.readouterr().out
    assert set(offer.translations.values_list("language_code", flat=True)) == {"en", "ar"}


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def add_photo_row(offer):
    """A photo row without a file: listings and the API must not touch the storage."""
    HousingPhoto.objects.create(offer=offer, image="housing/missing.jpg", width=80, height=50, alt_text="x")


def test_listing_and_api_query_count_constant(client, index_de, housing, rf):
    add_photo_row(make_offer(housing, title="Erstes"))
    url = index_de.url + "?sort=rent&rooms=1"
    client.get(url)  # warm caches (site root paths, content types)
    few = _queries(client, url)
    housing_offers(housing, "de", rf.get("/"))  # warm the site-root cache used for absolute URLs
    with CaptureQueriesContext(connection) as context:
        housing_offers(housing, "de", rf.get("/"))
    api_few = len(context)
    for number in range(11):
        offer = make_offer(housing, title=f"Weiteres {number}")
        HousingOfferTranslation.objects.create(submission=offer, language_code="de", title="x", description="y")
        add_photo_row(offer)
    assert _queries(client, url) <= few
    with CaptureQueriesContext(connection) as context:
        data = housing_offers(housing, "de", rf.get("/"))
    assert len(context) <= api_few and len(data) == 12


def test_api_only_public_data(housing, offers, rf):
    offers["small"].contact_visibility = "municipality"
    offers["small"].street_address = "Geheimweg 1"
    offers["small"].save()
    data = housing_offers(housing, "en", rf.get("/"))
    assert {item["title"] for item in data} == {"Klein", "Familie", "Später"}
    text = str(data)
    assert "l@example.org" not in text and "Geheimweg" not in text and "edit_token" not in text
    small = next(item for item in data if item["title"] == "Klein")
    assert small["total_rent"] == "350.00" and small["currency"] == "EUR"
    assert small["contact"]["via_municipality"] is True
    assert small["url"].endswith(f"/{offers['small'].pk}/")


def test_demo_is_idempotent(housing):
    from plugins.housing.demo import load_demo
    from plugins.housing.models import HousingOffer

    assert load_demo(housing) == 12
    assert load_demo(housing) == 12
    statuses = set(HousingOffer.objects.values_list("status", flat=True))
    assert statuses == {"approved", "pending", "changes_requested", "expired", "withdrawn"}
    assert HousingOffer.objects.live().count() == 7


def test_dashboard_panel_counts(client, housing, offers, moderator):
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert 'data-count="pending">1<' in html and 'data-count="live">3<' in html


def test_form_asks_for_the_landlords_own_name_in_every_language(client, housing):
    """Not the platform catalogue's generic "name" (the name of a thing in some languages)."""
    for code, label in [("de", "Ihr Name"), ("ar", "اسمك")]:
        page = index_page(HousingIndexPage, housing, code, housing.default_language)
        html = client.get(page.url + "submit/").content.decode()
        assert f'<label for="id_submitter_name">{label}:</label>' in html, code
