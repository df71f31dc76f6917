"""Submission → moderation → publication → reminder → expiry → personal-data deletion, end to end."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from plugins.housing.models import HousingOffer, HousingPhoto

from .conftest import form_data, jpeg


def manage_link(message):
    return re.search(r"http://[^\s]+/manage/\d+/[^\s/]+/", message.body).group(0)


def test_full_life_cycle(client, index_de, moderator, django_capture_on_commit_callbacks):
    url = index_de.url
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url + "submit/", {**form_data(), "photo_1": jpeg(), "photo_1_alt": "Wohnzimmer"})
    assert response.status_code == 302, response.content.decode()[:2000]
    offer = HousingOffer.objects.get()
    assert offer.status == "pending" and offer.language_code == "de" and offer.submitter_language == "de"
    assert offer.rooms == 2.5 and str(offer.additional_costs) == "120.50"
    assert offer.photos.get().alt_text == "Wohnzimmer"
    confirmation = mail.outbox[0]
    assert confirmation.to == ["maria@example.org"] and "Maria Beispiel" in confirmation.body
    link = manage_link(confirmation)

    # Not public before approval.
    assert "Helle Wohnung" not in client.get(url).content.decode()
    assert client.get(f"{url}{offer.pk}/").status_code == 404

    # Moderator approves in the admin.
    client.force_login(moderator)
    moderate = f"/admin/housing_offers/moderate/{offer.pk}/"
    page = client.get(moderate)
    assert page.status_code == 200 and "maria@example.org" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(moderate, {"decision": "approve", "message": ""})
    assert response.status_code == 302
    client.logout()
    offer.refresh_from_db()
    assert offer.status == "approved" and offer.reviewed_by == moderator
    assert (offer.expires_at - timezone.now()).days in (59, 60)
    listing = client.get(url).content.decode()
    assert "Helle Wohnung" in listing
    detail = client.get(f"{url}{offer.pk}/").content.decode()
    assert "maria@example.org" in detail  # the landlord chose to show the e-mail address
    assert "+49 661 1" not in detail and "Lindenweg 4" not in detail  # not chosen / no consent

    # The landlord edits through the private link: back to moderation.
    edit = client.get(link.replace("http://localhost", ""))
    assert edit.status_code == 200 and edit["Referrer-Policy"] == "no-referrer"

    # Reminder (7 days before expiry by default), via the cron command.
    with django_capture_on_commit_callbacks(execute=True):
        HousingOffer.objects.filter(pk=offer.pk).update(expires_at=timezone.now() + datetime.timedelta(days=3))
        call_command("moderation_maintenance")
    reminder = mail.outbox[-1]
    assert reminder.to == ["maria@example.org"]
    new_link = manage_link(reminder).replace("http://localhost", "")
    assert client.get(link.replace("http://localhost", "")).status_code == 404  # replaced by the new link
    response = client.post(new_link, {"action": "renew"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.expires_at > timezone.now() + datetime.timedelta(days=59)

    # Expiry: gone from listing, detail and API.
    HousingOffer.objects.filter(pk=offer.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "Helle Wohnung" not in client.get(url).content.decode()
    call_command("moderation_maintenance")
    offer.refresh_from_db()
    assert offer.status == "expired"

    # Personal data deleted after the retention period (30 days by default); dry run changes nothing.
    HousingOffer.objects.filter(pk=offer.pk).update(closed_at=timezone.now() - datetime.timedelta(days=31))
    call_command("moderation_maintenance", "--dry-run")
    assert HousingOffer.objects.get(pk=offer.pk).submitter_email == "maria@example.org"
    photo_path = offer.photos.get().image.path
    with django_capture_on_commit_callbacks(execute=True):  # files go once the purge commits
        call_command("moderation_maintenance")
    offer.refresh_from_db()
    assert (offer.submitter_name, offer.submitter_email, offer.submitter_phone, offer.street_address) == ("", "", "", "")
    assert offer.description == "" and offer.edit_token_hash == "" and offer.personal_data_deleted_at
    assert not HousingPhoto.objects.exists()
    import os
    assert not os.path.exists(photo_path)
    assert client.get(new_link).status_code == 404
    actions = list(ModelLogEntry.objects.filter(object_id=str(offer.pk)).values_list("action", flat=True))
    for action in ("submitted", "approved", "reminded", "renewed", "expired", "personal_data_deleted"):
        assert f"moderation.{action}" in actions


def test_landlord_edit_goes_back_to_moderation_and_withdraw(client, index_de, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(index_de.url + "submit/", form_data())
    offer = HousingOffer.objects.get()
    offer.status = "approved"
    offer.expires_at = timezone.now() + datetime.timedelta(days=10)
    offer.save()
    link = manage_link(mail.outbox[0]).replace("http://localhost", "")
    data = form_data(title="Neuer Titel", action="save")
    data.pop("privacy_consent")
    response = client.post(link, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    offer.refresh_from_db()
    assert offer.title == "Neuer Titel" and offer.status == "pending"
    assert offer.submitter_email == "maria@example.org"
    assert client.post(link, {"action": "withdraw"}).status_code == 302
    offer.refresh_from_db()
    assert offer.status == "withdrawn"
    assert client.post(link, {"action": "withdraw"}).status_code == 409


@pytest.mark.parametrize("decision,message,status", [("reject", "Keine Wohnung", "rejected"),
                                                      ("request_changes", "Bitte Etage angeben", "changes_requested")])
def test_reject_and_request_changes_in_admin(client, housing, moderator, decision, message, status,
                                             django_capture_on_commit_callbacks):
    from .conftest import make_offer

    offer = make_offer(housing, status="pending", expires_at=None)
    client.force_login(moderator)
    url = f"/admin/housing_offers/moderate/{offer.pk}/"
    response = client.post(url, {"decision": decision, "message": ""})
    assert response.status_code == 200  # message required
    offer.refresh_from_db()
    assert offer.status == "pending"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"decision": decision, "message": message}).status_code == 302
    offer.refresh_from_db()
    assert offer.status == status and offer.review_message == message
    assert message in mail.outbox[-1].body


def test_editor_cannot_moderate(client, housing, editor):
    from .conftest import make_offer

    offer = make_offer(housing, status="pending", expires_at=None)
    client.force_login(editor)
    response = client.post(f"/admin/housing_offers/moderate/{offer.pk}/", {"decision": "approve"})
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard and an error message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    offer.refresh_from_db()
    assert offer.status == "pending"
