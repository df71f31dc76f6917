"""A copy of an event whose dates change cannot keep a cancelled date that is not in its new series."""

import datetime

from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from plugins.events.models import EventException, EventPage
from tests.factories import make_municipality, make_user

from .helpers import make_event, make_index


def test_copied_event_with_new_dates_must_drop_the_old_cancelled_date(client, db):
    town = make_municipality("Ebental", "ebental", ["de", "en"], plugins=["events"])
    index = make_index(town)
    monday = datetime.date.today() + datetime.timedelta(days=7 - datetime.date.today().weekday())
    event = make_event(index, "Sprachcafé", start_date=monday, frequency="weekly", count=4)
    EventException.objects.create(page=event, original_date=monday + datetime.timedelta(days=7), cancelled=True)
    event.save_revision().publish()
    client.force_login(make_user("ebental-moderator", municipality=town, role="moderators"))

    response = client.post(f"/admin/pages/{event.pk}/copy/", {
        "new_title": "Sprachcafé (Dienstag)", "new_slug": "sprachcafe-dienstag", "new_parent_page": index.pk})
    assert response.status_code == 302
    copy = EventPage.objects.get(slug="sprachcafe-dienstag")
    assert copy.exceptions.get().original_date == monday + datetime.timedelta(days=7)

    # The copy moves to Tuesdays: the cancelled Monday is not one of its dates any more.
    edit_url = f"/admin/pages/{copy.pk}/edit/"
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    data["exceptions-0-cancelled"] = "on"  # as the browser posts the ticked box
    data["start_date"] = (monday + datetime.timedelta(days=1)).isoformat()
    response = client.post(edit_url, data)
    assert response.status_code == 200
    with translation.override("de"):
        message = translation.gettext("%(date)s is not a date of this series.") % {
            "date": (monday + datetime.timedelta(days=7)).strftime("%d.%m.%Y")}
    assert message in response.content.decode()
    assert EventPage.objects.get(pk=copy.pk).get_latest_revision().as_object().start_date == monday

    # Removing the stale exception (or moving it onto a Tuesday) lets the copy be saved.
    data["exceptions-0-DELETE"] = "1"
    assert client.post(edit_url, data).status_code == 302
    assert EventPage.objects.get(pk=copy.pk).get_latest_revision().as_object().start_date == monday + datetime.timedelta(days=1)
