"""The daily `moderation_maintenance` job for employers' job offers: expiry, reminders, deletion, the gate."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from integreat_wagtail.plugins.services import disable_plugin, enable_plugin
from plugins.labour import api
from plugins.labour.models import JobOffer, JobOfferTranslation

from .factories import make_offer, section_in

pytestmark = pytest.mark.django_db

EMPLOYER = {"submitter_name": "Frau Personal", "submitter_email": "hr@firma.example.org", "submitter_phone": "+49 1"}


def run(callbacks, *args):
    """The command with mails actually sent (they go out after each transaction commits)."""
    with callbacks(execute=True):
        call_command("moderation_maintenance", *args)


def moved(offer, **fields):
    """Put an offer's dates where the test needs them (the model refuses deadlines in the past)."""
    JobOffer.objects.filter(pk=offer.pk).update(**fields)
    offer.refresh_from_db()
    return offer


def due_offers(municipality):
    """One offer of each kind the job acts on: past its deadline, expiring soon, closed long ago."""
    now = timezone.now()
    expired = moved(make_offer(municipality, title="Abgelaufen", **EMPLOYER),
                    expires_at=now - datetime.timedelta(hours=1))
    expiring = make_offer(municipality, title="Bald weg", expires_at=now + datetime.timedelta(days=3), **EMPLOYER)
    closed = moved(
        make_offer(municipality, title="Lange zu", contact_phone="+49 2", **EMPLOYER),
        status=JobOffer.Status.EXPIRED, closed_at=now - datetime.timedelta(days=31),
    )
    return expired, expiring, closed


def manage_path(message):
    return urlsplit(re.search(r"https?://\S+/jobs/\d+/manage/[^\s/]+/", message.body).group(0)).path


def test_a_due_offer_expires_and_leaves_listing_and_api(section, labour_town, client, capsys,
                                                        django_capture_on_commit_callbacks):
    offer = make_offer(labour_town, title="Nachtportier", **EMPLOYER)
    jobs = section_in(labour_town, "de").url + "jobs/"
    assert "Nachtportier" in client.get(jobs).content.decode()
    moved(offer, expires_at=timezone.now() - datetime.timedelta(minutes=1))

    run(django_capture_on_commit_callbacks)

    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.EXPIRED and offer.closed_at
    assert "aachtal / job offers: 1 expired, 0 reminded, 0 anonymised" in capsys.readouterr().out
    assert [message.to for message in mail.outbox] == [["hr@firma.example.org"]]
    assert "Nachtportier" not in client.get(jobs).content.decode()
    assert client.get(f"{jobs}{offer.pk}/").status_code == 404
    assert offer.pk not in [item["id"] for item in api.job_offers(labour_town, "de")["results"]]
    assert ModelLogEntry.objects.filter(object_id=str(offer.pk), action="moderation.expired").exists()


def test_the_reminder_is_sent_once_and_its_link_renews_the_offer(section, labour_town, client,
                                                                 django_capture_on_commit_callbacks):
    offer = make_offer(labour_town, title="Koch/Köchin", expires_at=timezone.now() + datetime.timedelta(days=3),
                       **EMPLOYER)

    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1
    reminder = mail.outbox[0]
    assert reminder.to == ["hr@firma.example.org"] and "Koch/Köchin" in reminder.subject
    path = manage_path(reminder)
    assert client.get(path).status_code == 200
    assert client.post(path, {"action": "renew"}).status_code == 302
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.APPROVED and offer.reminder_sent_at is None
    assert offer.expires_at > timezone.now() + datetime.timedelta(days=59)  # the default expiry period


def test_personal_data_is_deleted_after_the_retention_period(section, labour_town, client,
                                                            django_capture_on_commit_callbacks):
    offer = make_offer(labour_town, title="Pflegekraft", contact_phone="+49 2", **EMPLOYER)
    JobOfferTranslation.objects.create(submission=offer, language_code="en", title="Nurse", description="Ask for Ms Meier")
    token = offer.set_token()
    offer.save()
    path = urlsplit(offer.get_manage_url(token)).path
    closed = timezone.now() - datetime.timedelta(days=29)
    moved(offer, status=JobOffer.Status.EXPIRED, closed_at=closed)

    run(django_capture_on_commit_callbacks)  # 29 of 30 days: kept
    offer.refresh_from_db()
    assert offer.submitter_email == "hr@firma.example.org" and offer.personal_data_deleted_at is None

    moved(offer, closed_at=closed - datetime.timedelta(days=2))
    run(django_capture_on_commit_callbacks)

    offer.refresh_from_db()
    assert offer.personal_data_deleted_at and offer.edit_token_hash == ""
    for name in ("submitter_name", "submitter_email", "submitter_phone", "contact_email", "contact_phone",
                 "description"):
        assert getattr(offer, name) == "", name
    assert not offer.translations.exists()
    assert (offer.title, offer.employer, offer.town) == ("Pflegekraft", "Firma Test", "Aachtal")  # statistics stay
    assert client.get(path).status_code == 404
    assert not mail.outbox


def test_labour_follows_the_cores_default_periods(labour_town, django_capture_on_commit_callbacks):
    """Labour sets no periods of its own: a reminder 7 days before the deadline, personal data kept 30 days."""
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    reminded = make_offer(labour_town, title="Knapp sieben Tage", expires_at=now + datetime.timedelta(days=7) - hour,
                          **EMPLOYER)
    not_yet = make_offer(labour_town, title="Gut sieben Tage", expires_at=now + datetime.timedelta(days=7) + hour,
                         **EMPLOYER)
    month_ago = now - datetime.timedelta(days=30)
    purged = moved(make_offer(labour_town, title="Gut 30 Tage zu", **EMPLOYER),
                   status=JobOffer.Status.EXPIRED, closed_at=month_ago - hour)
    kept = moved(make_offer(labour_town, title="Knapp 30 Tage zu", **EMPLOYER),
                 status=JobOffer.Status.EXPIRED, closed_at=month_ago + hour)

    run(django_capture_on_commit_callbacks)

    for offer in (reminded, not_yet, purged, kept):
        offer.refresh_from_db()
    assert reminded.reminder_sent_at and not_yet.reminder_sent_at is None
    assert purged.personal_data_deleted_at and kept.personal_data_deleted_at is None


def test_dry_run_reports_but_changes_and_sends_nothing(section, labour_town, capsys,
                                                      django_capture_on_commit_callbacks):
    offers = due_offers(labour_town)
    before = [(offer.status, offer.reminder_sent_at, offer.submitter_email, offer.edit_token_hash, offer.updated_at)
              for offer in offers]
    logged = ModelLogEntry.objects.count()

    run(django_capture_on_commit_callbacks, "--dry-run")

    assert "[dry run] aachtal / job offers: 1 expired, 1 reminded, 1 anonymised" in capsys.readouterr().out
    after = [(offer.status, offer.reminder_sent_at, offer.submitter_email, offer.edit_token_hash, offer.updated_at)
             for offer in JobOffer.objects.filter(pk__in=[offer.pk for offer in offers]).order_by("pk")]
    assert after == before and not mail.outbox and ModelLogEntry.objects.count() == logged


def test_a_municipality_with_the_plugin_off_is_left_alone(labour_town, other_municipality, capsys,
                                                          django_capture_on_commit_callbacks):
    enable_plugin(other_municipality, "labour")
    theirs = due_offers(other_municipality)
    disable_plugin(other_municipality, "labour")
    ours = due_offers(labour_town)

    run(django_capture_on_commit_callbacks)

    out = capsys.readouterr().out
    assert "aachtal / job offers: 1 expired, 1 reminded, 1 anonymised" in out and "birkenau" not in out
    assert [offer.status for offer in JobOffer.objects.filter(pk__in=[o.pk for o in ours]).order_by("pk")] == [
        JobOffer.Status.EXPIRED, JobOffer.Status.APPROVED, JobOffer.Status.EXPIRED]
    expired, expiring, closed = (JobOffer.objects.get(pk=offer.pk) for offer in theirs)
    assert expired.status == JobOffer.Status.APPROVED and expired.closed_at is None
    assert expiring.reminder_sent_at is None
    assert closed.submitter_email == "hr@firma.example.org" and closed.personal_data_deleted_at is None
    assert len(mail.outbox) == 2  # our expiry notice and our reminder; nothing for Birkenau

    enable_plugin(other_municipality, "labour")  # switched on again: the jobs catch up
    run(django_capture_on_commit_callbacks, "--municipality", "birkenau", "--plugin", "labour")
    assert "birkenau / job offers: 1 expired, 1 reminded, 1 anonymised" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--municipality", "nowhere"], "No municipality with the slug “nowhere”"),
     (["--plugin", "nope"], "No installed plugin “nope” with moderated submissions"),
     (["--plugin", "labour", "--municipality", "nowhere"], "No municipality with the slug “nowhere”")],
)
def test_bad_arguments_are_refused_before_anything_runs(labour_town, args, message,
                                                        django_capture_on_commit_callbacks):
    expired, expiring, closed = due_offers(labour_town)
    with pytest.raises(CommandError, match=message):
        run(django_capture_on_commit_callbacks, *args)
    assert JobOffer.objects.get(pk=expired.pk).status == JobOffer.Status.APPROVED
    assert JobOffer.objects.get(pk=expiring.pk).reminder_sent_at is None
    assert JobOffer.objects.get(pk=closed.pk).personal_data_deleted_at is None
    assert not mail.outbox


def test_one_failing_municipality_does_not_stop_the_others(labour_town, other_municipality, monkeypatch, capsys,
                                                           django_capture_on_commit_callbacks):
    enable_plugin(other_municipality, "labour")
    theirs = moved(make_offer(other_municipality, **EMPLOYER), expires_at=timezone.now() - datetime.timedelta(hours=1))

    def broken_in_aachtal(cls, queryset, *, now, dry_run):
        if queryset.filter(municipality=labour_town).exists():
            raise RuntimeError("broken")
        return {}

    make_offer(labour_town)
    monkeypatch.setattr(JobOffer, "periodic_maintenance", classmethod(broken_in_aachtal))
    with pytest.raises(CommandError, match="1 job"):
        run(django_capture_on_commit_callbacks)
    captured = capsys.readouterr()
    assert "aachtal / job offers: failed" in captured.err
    assert "birkenau / job offers: 1 expired" in captured.out
    assert JobOffer.objects.get(pk=theirs.pk).status == JobOffer.Status.EXPIRED
