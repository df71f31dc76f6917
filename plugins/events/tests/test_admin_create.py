"""Creating an event through the admin's real create view, as an editor and a moderator would."""

import datetime

import pytest
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from plugins.events.models import EventPage
from tests.factories import make_municipality, make_user

from .helpers import make_index

NEXT_WEEK = datetime.date.today() + datetime.timedelta(days=7)


@pytest.fixture
def town(db):
    return make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"])


def create_event(client, index, title, action=None):
    """Fill in the add form the admin renders and submit it (Save draft, or `action`)."""
    url = f"/admin/pages/add/events/eventpage/{index.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update({
        "title": title, "slug": "sprachcafe", "start_date": NEXT_WEEK.isoformat(), "start_time": "18:00",
        "end_time": "20:00",
    })
    if action:
        data[action] = "1"
    return client.post(url, data)


def test_editor_saves_a_new_event_as_draft(client, town):
    index = make_index(town)
    client.force_login(make_user("ebental-editor", municipality=town))
    response = create_event(client, index, "Sprachcafé")
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(title="Sprachcafé")
    assert event.get_parent().pk == index.pk and not event.live
    assert event.last_date == NEXT_WEEK


def test_moderator_publishes_a_new_event(client, town):
    index = make_index(town)
    client.force_login(make_user("ebental-moderator", municipality=town, role="moderators"))
    response = create_event(client, index, "Sommerfest", action="action-publish")
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(title="Sommerfest")
    assert event.live and event.municipality == town


def test_an_invalid_new_event_is_shown_again_with_the_error(client, town):
    index = make_index(town)
    client.force_login(make_user("ebental-editor", municipality=town))
    url = f"/admin/pages/add/events/eventpage/{index.pk}/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Ohne Zeit", "slug": "ohne-zeit", "start_date": NEXT_WEEK.isoformat()})
    response = client.post(url, data)
    assert response.status_code == 200
    with translation.override("de"):  # the admin speaks the platform's default language
        message = translation.gettext("Give a start time, or tick “all day”.")
    assert message in response.content.decode()
    assert not EventPage.objects.filter(title="Ohne Zeit").exists()
