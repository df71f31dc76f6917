import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from integreat_sample.models import SampleNoticePage, SampleSubmission
from integreat_wagtail.moderation import services, tokens
from integreat_wagtail.moderation.models import Status
from tests.factories import root_page


@pytest.fixture
def submission(municipality):
    """A submission to the sample plugin, whose notice page gives it its links."""
    notice = SampleNoticePage(title="Notices", slug="notices")
    root_page(municipality).add_child(instance=notice)
    notice.save_revision().publish()
    return SampleSubmission(
        municipality=municipality, title="Flat <b>near</b> park", submitter_name="Ana",
        submitter_email="ana@example.org", submitter_phone="+49 1", street="Hauptstr. 1",
    )


def submit(instance, callbacks, language="en"):
    with callbacks(execute=True):
        return services.submit(instance, language_code=language)


def actions(instance):
    return list(ModelLogEntry.objects.filter(object_id=str(instance.pk)).order_by("timestamp", "pk")
                .values_list("action", flat=True))


def test_full_life_cycle(submission, moderator, django_capture_on_commit_callbacks, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    moderator.email = "mod@example.org"
    moderator.save()
    token = submit(submission, django_capture_on_commit_callbacks)
    submission.refresh_from_db()
    assert submission.status == Status.PENDING
    assert submission.edit_token_hash == tokens.hash_token(token) and token not in submission.edit_token_hash
    assert submission.check_token(token) and not submission.check_token(token + "x")
    assert not SampleSubmission.objects.live().exists()
    confirmation, to_moderators = mail.outbox
    assert confirmation.to == ["ana@example.org"] and submission.get_manage_url(token) in confirmation.body
    assert "<b>near</b>" in confirmation.body  # plain-text mail: not HTML-escaped
    assert to_moderators.to == ["mod@example.org"] and "ana@example.org" not in to_moderators.body

    with django_capture_on_commit_callbacks(execute=True):
        services.approve(submission, moderator)
    assert SampleSubmission.objects.live().get() == submission
    assert submission.expires_at.date() == (timezone.now() + datetime.timedelta(days=30)).date()
    assert "approved" in mail.outbox[-1].body.lower()

    # Reminder 5 days before expiry, with a fresh token that replaces the old one.
    later = submission.expires_at - datetime.timedelta(days=4)
    assert services.send_reminders(SampleSubmission.objects.all(), now=later - datetime.timedelta(days=3)) == []
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders(SampleSubmission.objects.all(), now=later) == [submission]
    submission.refresh_from_db()
    assert not submission.check_token(token)
    reminder = mail.outbox[-1]
    new_token = reminder.body.split("/manage/")[1].split("/")[1]
    assert submission.check_token(new_token)
    assert services.send_reminders(SampleSubmission.objects.all(), now=later) == []  # only once

    expired_at = submission.expires_at + datetime.timedelta(seconds=1)
    assert not SampleSubmission.objects.live(now=expired_at).exists()
    assert services.expire_due(SampleSubmission.objects.all(), now=expired_at, dry_run=True) == [submission]
    assert SampleSubmission.objects.get().status == Status.APPROVED
    services.expire_due(SampleSubmission.objects.all(), now=expired_at)
    submission.refresh_from_db()
    assert submission.status == Status.EXPIRED and submission.closed_at == expired_at

    # Personal data survives the retention period (10 days), then goes.
    queryset = SampleSubmission.objects.all()
    assert services.purge_personal_data(queryset, now=expired_at + datetime.timedelta(days=9)) == []
    purge_time = expired_at + datetime.timedelta(days=11)
    assert services.purge_personal_data(queryset, now=purge_time, dry_run=True) == [submission]
    assert SampleSubmission.objects.get().submitter_email == "ana@example.org"
    services.purge_personal_data(queryset, now=purge_time)
    submission.refresh_from_db()
    assert (submission.submitter_name, submission.submitter_email, submission.submitter_phone, submission.street) == (
        "", "", "", "")
    assert submission.edit_token_hash == "" and submission.purged_extra
    assert submission.personal_data_deleted_at == purge_time
    assert not submission.check_token(new_token)
    with pytest.raises(ValidationError):
        services.renew(submission)
    assert actions(submission) == [
        "moderation.submitted", "moderation.approved", "moderation.reminded", "moderation.expired",
        "moderation.personal_data_deleted",
    ]
    log_data = str(list(ModelLogEntry.objects.values_list("data", "label")))
    assert "ana@example.org" not in log_data and "Ana" not in log_data


def test_reject_needs_reason_and_mails_it_in_submitters_language(submission, moderator,
                                                                  django_capture_on_commit_callbacks):
    submit(submission, django_capture_on_commit_callbacks, language="de")
    with pytest.raises(ValidationError):
        services.reject(submission, moderator, "  ")
    assert SampleSubmission.objects.get().status == Status.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        services.reject(submission, moderator, "Keine Wohnung im Gebiet")
    submission.refresh_from_db()
    assert submission.status == Status.REJECTED and submission.reviewed_by == moderator
    assert submission.closed_at is not None
    assert "Keine Wohnung im Gebiet" in mail.outbox[-1].body


def test_request_changes_then_resubmit_and_approve(submission, moderator, django_capture_on_commit_callbacks):
    first = submit(submission, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.request_changes(submission, moderator, "Please add the floor.")
    assert submission.status == Status.CHANGES_REQUESTED
    assert not submission.check_token(first)
    assert "Please add the floor." in mail.outbox[-1].body
    services.resubmit(submission)
    assert submission.status == Status.PENDING
    services.approve(submission, moderator)
    assert submission.is_live


def test_transitions_that_are_not_allowed(submission, moderator, django_capture_on_commit_callbacks):
    submit(submission, django_capture_on_commit_callbacks)
    with pytest.raises(ValidationError):
        services.renew(submission)  # not yet published
    services.withdraw(submission)
    for action in (lambda: services.approve(submission, moderator), lambda: services.withdraw(submission),
                   lambda: services.request_changes(submission, moderator, "x")):
        with pytest.raises(ValidationError):
            action()
    assert SampleSubmission.objects.get().status == Status.WITHDRAWN


def test_renew_brings_expired_back(submission, moderator, django_capture_on_commit_callbacks):
    submit(submission, django_capture_on_commit_callbacks)
    services.approve(submission, moderator)
    past = timezone.now() + datetime.timedelta(days=31)
    services.expire_due(SampleSubmission.objects.all(), now=past)
    submission.refresh_from_db()
    assert submission.status == Status.EXPIRED
    services.renew(submission)
    assert submission.is_live and submission.closed_at is None
    assert submission.expires_at > timezone.now() + datetime.timedelta(days=29)


def test_invalid_submission_is_not_stored(municipality, django_capture_on_commit_callbacks):
    broken = SampleSubmission(municipality=municipality, title="", submitter_email="not-an-address")
    with pytest.raises(ValidationError):
        submit(broken, django_capture_on_commit_callbacks)
    assert not SampleSubmission.objects.exists()
    assert mail.outbox == []


def test_failing_mail_server_does_not_undo_a_submission(submission, django_capture_on_commit_callbacks, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr(services, "send_mail", broken)
    submit(submission, django_capture_on_commit_callbacks)
    assert SampleSubmission.objects.get().status == Status.PENDING


def test_counts_in_one_query(municipality, moderator, django_assert_num_queries):
    now = timezone.now()
    for index, (status, days) in enumerate([(Status.PENDING, None), (Status.APPROVED, 3), (Status.APPROVED, 30),
                                            (Status.APPROVED, -1), (Status.REJECTED, None)]):
        SampleSubmission.objects.create(municipality=municipality, title=f"t{index}", status=status,
                                        expires_at=now + datetime.timedelta(days=days) if days else None)
    with django_assert_num_queries(1):
        counts = SampleSubmission.objects.counts(now=now)
    assert counts == {"pending": 1, "live": 2, "expiring": 1}


def test_renew_never_shortens_a_later_end_date(submission, moderator, django_capture_on_commit_callbacks):
    submit(submission, django_capture_on_commit_callbacks)
    services.approve(submission, moderator)
    later = timezone.now() + datetime.timedelta(days=150)  # e.g. an application deadline
    submission.expires_at = later
    submission.save()
    services.renew(submission)
    assert submission.expires_at == later


def test_reminder_without_a_manage_page_names_whom_to_write_to(submission, moderator, monkeypatch,
                                                             django_capture_on_commit_callbacks):
    submit(submission, django_capture_on_commit_callbacks)
    services.approve(submission, moderator)
    submission.municipality.contact_email = "integration@aachtal.example.org"
    submission.municipality.save(update_fields=["contact_email"])
    monkeypatch.setattr(SampleSubmission, "get_manage_url", lambda self, token: None)  # section offline
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.send_reminders(SampleSubmission.objects.all(), now=submission.expires_at - datetime.timedelta(days=1))
    body = mail.outbox[0].body
    assert "None" not in body and "integration@aachtal.example.org" in body
