"""Where events are off, the admin offers nothing of them: no menu item, no “Add event”, no buttons."""

from integreat_wagtail.plugins.services import disable_plugin, enable_plugin
from tests.factories import assert_refused, make_municipality, make_user, root_page

from .helpers import make_event, make_index


def test_nothing_of_events_is_offered_where_they_are_off_and_all_is_back_when_on(client, db):
    town = make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"])
    index = make_index(town)
    event = make_event(index, "Altes Sprachcafé")
    disable_plugin(town, "events")
    client.force_login(make_user("ebental-editor", municipality=town))

    assert '"/admin/events/"' not in client.get("/admin/").content.decode()  # main menu
    listing = client.get("/admin/events/").content.decode()
    assert "/admin/events/choose_parent/" not in listing and "Altes Sprachcafé" not in listing
    assert_refused(client.get("/admin/events/choose_parent/"))
    explorer = client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert f"/admin/events/{event.pk}/toggle-hidden/" not in explorer
    assert f"/admin/pages/{index.pk}/add_subpage/" not in explorer
    assert "eventindexpage" not in client.get(f"/admin/pages/{root_page(town).pk}/add_subpage/").content.decode()

    enable_plugin(town, "events")
    assert '"/admin/events/"' in client.get("/admin/").content.decode()
    listing = client.get("/admin/events/").content.decode()
    assert "/admin/events/choose_parent/" in listing and "Altes Sprachcafé" in listing
    response = client.get("/admin/events/choose_parent/")
    assert response.status_code == 302 and response.url == f"/admin/pages/add/events/eventpage/{index.pk}/"
    explorer = client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert f"/admin/events/{event.pk}/toggle-hidden/" in explorer and f"/admin/pages/{index.pk}/add_subpage/" in explorer
