"""Scoped models' admin views beyond edit and listing: choosers, search, list filters, history."""

import pytest
from django.utils import timezone

from integreat_wagtail.locations.models import Location
from integreat_wagtail.plugins.registry import installed_plugins
from tests.factories import make_municipality, make_user, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def towns(db):
    """Aachtal (own) and Birkenau (foreign), every plugin on in both."""
    plugins = [config.plugin_key for config in installed_plugins()]
    own = make_municipality("Aachtal", "aachtal", ["de", "en"], plugins=plugins)
    foreign = make_municipality("Birkenau", "birkenau", ["de", "en"], plugins=plugins)
    return own, foreign


@pytest.fixture
def own_editor(towns):
    return make_user("aachtal-editor", municipality=towns[0], role="editors")


def location(municipality, name):
    return Location.objects.create(municipality=municipality, locale=root_page(municipality).locale, name=name)


def feed(municipality, name):
    from plugins.events.models import EventFeed

    return EventFeed.objects.create(municipality=municipality, name=name, url="https://example.org/cal.ics")


def service(municipality, name):
    from plugins.labour.models import CounsellingService

    return CounsellingService.objects.create(
        municipality=municipality, locale=root_page(municipality).locale, organisation="Caritas", name=name,
        topics=["recognition"], languages_spoken=["de"],
    )


def test_snippet_choosers_offer_and_return_only_own_objects(client, towns, own_editor, platform_admin):
    from integreat_sample.models import SampleNote

    own, foreign = towns
    pairs = {
        "events/eventfeed": (feed(own, "Own feed"), feed(foreign, "Foreign feed")),
        "integreat_sample/samplenote": (
            SampleNote.objects.create(municipality=own, text="Own note"),
            SampleNote.objects.create(municipality=foreign, text="Foreign note"),
        ),
        "locations/location": (location(own, "Own place"), location(foreign, "Foreign place")),
    }
    client.force_login(own_editor)
    for model, (mine, theirs) in pairs.items():
        for suffix in ("", "results/"):
            html = client.get(f"/admin/snippets/choose/{model}/{suffix}").content.decode()
            assert str(mine) in html and str(theirs) not in html, (model, suffix)
        assert client.get(f"/admin/snippets/choose/{model}/chosen/{mine.pk}/").status_code == 200
        response = client.get(f"/admin/snippets/choose/{model}/chosen/{theirs.pk}/")
        assert (response.status_code, response.headers.get("Location")) == (302, "/admin/"), model  # PermissionDenied
        chosen = client.get(f"/admin/snippets/choose/{model}/chosen-multiple/", {"id": [mine.pk, theirs.pk]})
        assert str(mine) in chosen.content.decode() and str(theirs) not in chosen.content.decode(), model

    client.force_login(platform_admin)
    assert "Foreign feed" in client.get("/admin/snippets/choose/events/eventfeed/").content.decode()


def test_chooser_create_without_a_creation_form_is_not_found_instead_of_failing(client, towns, own_editor):
    client.force_login(own_editor)
    for model in ("events/eventfeed", "locations/location", "labour/counsellingservice", "integreat_sample/samplenote"):
        response = client.post(f"/admin/snippets/choose/{model}/create/", {"name": "New", "municipality": towns[0].pk})
        assert response.status_code == 404, model


def test_searching_scoped_snippets_works_and_finds_only_own(client, towns, own_editor, platform_admin):
    own, foreign = towns
    location(own, "Aachtal Rathaus")
    location(foreign, "Birkenau Rathaus")
    service(own, "Aachtal Beratung")
    service(foreign, "Birkenau Beratung")
    for url, word in (("/admin/snippets/locations/location/", "Rathaus"),
                      ("/admin/snippets/labour/counsellingservice/", "Caritas")):
        client.force_login(platform_admin)
        response = client.get(url, {"q": word})
        assert response.status_code == 200, url
        assert "Birkenau" in response.content.decode()
        client.force_login(own_editor)
        response = client.get(url, {"q": word})
        html = response.content.decode()
        assert response.status_code == 200 and "Aachtal " in html and "Birkenau" not in html, url
    chooser = client.get("/admin/snippets/choose/locations/location/results/", {"q": "Rathaus"})
    assert chooser.status_code == 200
    assert "Aachtal Rathaus" in chooser.content.decode() and "Birkenau" not in chooser.content.decode()


def test_municipality_filter_of_a_listing_offers_only_own_municipalities(client, towns, own_editor, platform_admin):
    own, foreign = towns
    service(own, "Aachtal Beratung")
    client.force_login(own_editor)
    html = client.get("/admin/snippets/labour/counsellingservice/").content.decode()
    assert f'value="{own.pk}"' in html and "Birkenau" not in html
    client.force_login(platform_admin)
    assert "Birkenau" in client.get("/admin/snippets/labour/counsellingservice/").content.decode()


def test_history_of_scoped_objects_opens_for_those_allowed(client, towns, platform_admin):
    from plugins.housing.models import HousingOffer
    from plugins.labour.models import JobOffer

    own, _foreign = towns
    now = timezone.now()
    offer = HousingOffer.objects.create(
        municipality=own, language_code="de", title="Wohnung", description="Text", rooms=2, living_area=50,
        cold_rent=500, available_from=now.date(), district="Mitte", submitter_name="L",
        submitter_email="l@example.org", submitted_at=now,
    )
    job = JobOffer.objects.create(
        municipality=own, language="de", employer="Bäckerei", title="Verkauf", description="Text",
        employment_type="full_time", town="Aachtal", contact_email="jobs@example.org", submitted_at=now,
    )
    counselling = service(own, "Beratung")
    moderator = make_user("aachtal-moderator", municipality=own, role="moderators")
    for user in (platform_admin, moderator):
        client.force_login(user)
        for url in (f"/admin/housing_offers/history/{offer.pk}/", f"/admin/labour_job_offers/history/{job.pk}/",
                    f"/admin/snippets/labour/counsellingservice/history/{counselling.pk}/"):
            assert client.get(url).status_code == 200, (user, url)
            assert client.get(url.replace("/history/", "/history-results/")).status_code == 200, (user, url)
