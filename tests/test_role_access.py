"""What the two narrow roles may do: event managers work on events and locations only; observers
read the municipality's admin and change nothing."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import GroupPagePermission, Page

from integreat_wagtail.locations.models import Location
from plugins.events.models import EventFeed
from plugins.events.tests.helpers import make_event, make_index
from plugins.housing.tests.conftest import make_offer
from tests.admin_forms import admin_form_data, client_for
from tests.factories import add_content_page, assert_refused, make_municipality, make_user, root_page


@pytest.fixture
def town(db):
    return make_municipality("Eventdorf", "eventdorf", ["de", "en"], plugins=["events", "housing"])


@pytest.fixture
def event_manager(town):
    return make_user("eventdorf-event-manager", municipality=town, role="event_managers")


@pytest.fixture
def observer(town):
    return make_user("eventdorf-observer", municipality=town, role="observers")


def test_events_index_pages_open_to_the_municipalitys_event_managers_in_every_language(town, municipality):
    indexes = [make_index(town, code) for code in town.language_codes]
    for index in indexes:
        granted = set(
            GroupPagePermission.objects.filter(group=town.event_managers_group, page=index).values_list(
                "permission__codename", flat=True
            )
        )
        assert granted == {"add_page", "change_page", "publish_page"}
    assert not GroupPagePermission.objects.filter(group=municipality.event_managers_group).exists()


def test_event_manager_adds_and_publishes_events_but_no_content_pages(town, event_manager):
    index_de, index_en = make_index(town, "de"), make_index(town, "en", title="Events")
    client = client_for(event_manager)
    for index in (index_de, index_en):
        assert client.get(f"/admin/pages/add/events/eventpage/{index.pk}/").status_code == 200
    draft = make_event(index_de, title="Sprachcafé", publish=False)
    url = f"/admin/pages/{draft.pk}/edit/"
    response = client.post(url, admin_form_data(client, url, type(draft), title="Sprachcafé im Rathaus", **{"action-publish": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    assert draft.live and draft.title == "Sprachcafé im Rathaus"

    topic = add_content_page(root_page(town), slug="wohnen", title="Wohnen")
    assert_refused(client.get(f"/admin/pages/{topic.pk}/edit/"))
    assert_refused(client.post(f"/admin/pages/{topic.pk}/edit/", {"title": "Geändert", "slug": "wohnen"}))
    assert Page.objects.get(pk=topic.pk).title == "Wohnen"
    assert_refused(client.get(f"/admin/pages/add/home/contentpage/{root_page(town).pk}/"))
    assert_refused(client.get(f"/admin/pages/add/housing/housingindexpage/{root_page(town).pk}/"))


def test_event_manager_creates_locations_and_feeds_but_keeps_off_housing(town, event_manager):
    client = client_for(event_manager)
    closed_every_day = {f"opening_hours_{2 * day + half}": ("" if half else "closed") for day in range(7) for half in (0, 1)}
    response = client.post(
        "/admin/snippets/locations/location/add/?locale=de",
        {"municipality": town.pk, "name": "Bürgerhaus", "country": "Deutschland", "barrier_free": "unknown", **closed_every_day},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Location.objects.filter(name="Bürgerhaus", municipality=town).exists()

    response = client.post(
        "/admin/snippets/events/eventfeed/add/",
        {"municipality": town.pk, "name": "Stadtkalender", "url": "https://eventdorf.example/kalender.ics",
         "refresh_hours": "6", "active": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert EventFeed.objects.filter(name="Stadtkalender", municipality=town).exists()

    offer = make_offer(town, title="Helle Wohnung")
    assert_refused(client.get("/admin/housing_offers/"))
    assert_refused(client.get(f"/admin/housing_offers/edit/{offer.pk}/"))
    assert_refused(client.post(f"/admin/housing_offers/moderate/{offer.pk}/", {"decision": "reject"}))
    offer.refresh_from_db()
    assert offer.title == "Helle Wohnung" and offer.status == offer.Status.APPROVED
    assert_refused(client.get(f"/admin/municipalities/edit/{town.pk}/"))


def test_observer_explores_own_pages_and_reads_snippets(town, observer):
    topic = add_content_page(root_page(town), slug="ankommen", title="Ankommen")
    Location.objects.create(name="Rathaus", municipality=town, locale=topic.locale)
    client = client_for(observer)
    assert client.get("/admin/").status_code == 200
    for code in town.language_codes:
        response = client.get(f"/admin/pages/{root_page(town, code).pk}/")
        assert response.status_code == 200
    assert "Ankommen" in client.get(f"/admin/pages/{root_page(town).pk}/").content.decode()
    assert "Rathaus" in client.get("/admin/snippets/locations/location/").content.decode()


def test_observer_changes_nothing(town, observer):
    topic = add_content_page(root_page(town), slug="ankommen", title="Ankommen")
    index = make_index(town, "de")
    event = make_event(index, title="Sprachcafé", publish=False)
    location = Location.objects.create(name="Rathaus", municipality=town, locale=topic.locale)
    client = client_for(observer)
    root = root_page(town)
    pages_before = Page.objects.count()
    for path in (f"/admin/pages/{topic.pk}/edit/", f"/admin/pages/add/home/contentpage/{root.pk}/",
                 f"/admin/pages/{topic.pk}/delete/", f"/admin/pages/{topic.pk}/unpublish/",
                 f"/admin/pages/{event.pk}/edit/", f"/admin/pages/add/events/eventpage/{index.pk}/",
                 f"/admin/snippets/locations/location/edit/{location.pk}/", "/admin/snippets/locations/location/add/",
                 f"/admin/municipalities/edit/{town.pk}/", "/admin/images/multiple/add/",
                 f"/admin/pages/{topic.pk}/move/", f"/admin/pages/{topic.pk}/copy/"):
        assert_refused(client.get(path))
        assert_refused(client.post(path, {"title": "Geändert", "name": "Geändert", "slug": "x"}))
    assert_refused(client.post(f"/admin/pages/{event.pk}/edit/", {"title": "X", "slug": "x", "action-publish": "1"}))
    assert_refused(client.post(f"/admin/snippets/locations/location/delete/{location.pk}/"))
    assert_refused(client.post(f"/admin/pages/{topic.pk}/lock/"))
    topic.refresh_from_db()
    event.refresh_from_db()
    assert topic.title == "Ankommen" and topic.live and not topic.locked and event.title == "Sprachcafé" and event.live_revision is None
    assert Location.objects.get(pk=location.pk).name == "Rathaus"
    assert Page.objects.count() == pages_before
    explorer = client.get(f"/admin/pages/{root.pk}/")
    html = explorer.content.decode()
    assert explorer.status_code == 200 and "Ankommen" in html  # listed, read-only:
    assert f"/admin/pages/{topic.pk}/edit/" not in html and "/admin/pages/add/" not in html


def test_migration_lets_observers_of_existing_municipalities_explore(town, observer):
    """Observers' groups from before held no page permission at all."""
    GroupPagePermission.objects.filter(group=town.observers_group).delete()
    client = client_for(observer)
    assert_refused(client.get(f"/admin/pages/{root_page(town).pk}/"))
    migration = importlib.import_module("integreat_wagtail.municipalities.migrations.0004_observers_explore_root_pages")
    migration.let_observers_explore(apps, None)
    for code in town.language_codes:
        assert client_for(observer).get(f"/admin/pages/{root_page(town, code).pk}/").status_code == 200


def test_migration_opens_existing_events_index_pages_to_event_managers(town, event_manager):
    index = make_index(town, "de")
    GroupPagePermission.objects.filter(group=town.event_managers_group).delete()
    client = client_for(event_manager)
    assert_refused(client.get(f"/admin/pages/add/events/eventpage/{index.pk}/"))
    migration = importlib.import_module("plugins.events.migrations.0003_event_managers_on_index_pages")
    migration.open_index_pages_to_event_managers(apps, None)
    assert client_for(event_manager).get(f"/admin/pages/add/events/eventpage/{index.pk}/").status_code == 200
