"""Admin: per-municipality event listing with filters, isolation, duplicate, bulk unpublish of past events."""

import datetime

import pytest

from plugins.events.models import EventFeed, EventPage
from plugins.events.wagtail_hooks import UnpublishPastEventsBulkAction
from tests.factories import assert_refused, make_municipality, make_user

from .helpers import make_event, make_index

TODAY = datetime.date.today()


@pytest.fixture
def setup(db):
    town = make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"])
    other = make_municipality("Birkenau", "birkenau", ["de", "uk"], plugins=["events"])
    mine = make_event(make_index(town), "Unser Sprachcafé", start_date=TODAY + datetime.timedelta(days=3))
    old = make_event(make_index(town), "Unser altes Fest", start_date=TODAY - datetime.timedelta(days=40))
    theirs = make_event(make_index(other), "Fremdes Fest", start_date=TODAY + datetime.timedelta(days=3))
    feed = EventFeed.objects.create(municipality=other, name="Fremder Feed", url="http://127.0.0.1:1/x.ics")
    editor = make_user("ebental-editor", municipality=town)
    return {"town": town, "mine": mine, "old": old, "theirs": theirs, "feed": feed, "editor": editor}


def test_listing_is_scoped_and_filters(client, setup):
    client.force_login(setup["editor"])
    html = client.get("/admin/events/").content.decode()
    assert "Unser Sprachcafé" in html and "Unser altes Fest" in html and "Fremdes Fest" not in html
    upcoming = client.get("/admin/events/?timing=upcoming").content.decode()
    assert "Unser Sprachcafé" in upcoming and "Unser altes Fest" not in upcoming
    past = client.get("/admin/events/?timing=past").content.decode()
    assert "Unser altes Fest" in past and "Unser Sprachcafé" not in past


def test_other_municipalitys_events_and_feeds_are_refused(client, setup):
    client.force_login(setup["editor"])
    theirs = setup["theirs"]
    for url in [f"/admin/pages/{theirs.pk}/edit/", f"/admin/pages/{theirs.pk}/copy/",
                f"/admin/pages/{theirs.pk}/delete/", f"/admin/pages/{theirs.pk}/unpublish/"]:
        assert_refused(client.get(url))
    assert_refused(client.post(f"/admin/events/{theirs.pk}/toggle-hidden/"))
    assert not EventPage.objects.get(pk=theirs.pk).hidden
    feeds = client.get("/admin/snippets/events/eventfeed/").content.decode()
    assert "Fremder Feed" not in feeds
    feed = setup["feed"]
    for url in [f"/admin/snippets/events/eventfeed/edit/{feed.pk}/", f"/admin/snippets/events/eventfeed/delete/{feed.pk}/"]:
        assert_refused(client.get(url))
    assert client.get(f"/admin/pages/{setup['mine'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{setup['mine'].pk}/copy/").status_code == 200


def test_bulk_unpublish_only_touches_past_events(client, setup):
    client.force_login(make_user("ebental-moderator", municipality=setup["town"], role="moderators"))
    mine, old = setup["mine"], setup["old"]
    url = f"/admin/bulk/wagtailcore/page/unpublish_past_events/?id={mine.pk}&id={old.pk}&id={setup['theirs'].pk}"
    assert client.get(url).status_code == 200
    response = client.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert not EventPage.objects.get(pk=old.pk).live
    assert EventPage.objects.get(pk=mine.pk).live
    assert EventPage.objects.get(pk=setup["theirs"].pk).live
    assert UnpublishPastEventsBulkAction.action_type == "unpublish_past_events"
