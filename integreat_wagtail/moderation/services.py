"""Transitions of a ModeratedSubmission: validated, atomic, audit-logged, mailed to the submitter.

Every function takes the model instance (any ModeratedSubmission subclass); the batch jobs take
a queryset so that the caller decides which municipalities take part (plugin enabled).
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string, select_template
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from .models import CLOSED_STATUSES, Status

logger = logging.getLogger(__name__)

EVENTS = {
    # event: (label, message) for the audit log
    "submitted": (gettext_lazy("Submitted"), gettext_lazy("Submitted for moderation")),
    "resubmitted": (gettext_lazy("Resubmitted"), gettext_lazy("Changed by the submitter and waiting for moderation again")),
    "approved": (gettext_lazy("Approved"), gettext_lazy("Approved and published")),
    "rejected": (gettext_lazy("Rejected"), gettext_lazy("Rejected")),
    "changes_requested": (gettext_lazy("Changes requested"), gettext_lazy("Changes requested from the submitter")),
    "withdrawn": (gettext_lazy("Withdrawn"), gettext_lazy("Withdrawn by the submitter")),
    "renewed": (gettext_lazy("Renewed"), gettext_lazy("Publication renewed")),
    "reminded": (gettext_lazy("Reminder sent"), gettext_lazy("Expiry reminder sent to the submitter")),
    "expired": (gettext_lazy("Expired"), gettext_lazy("Expired and removed from listings")),
    "personal_data_deleted": (gettext_lazy("Personal data deleted"), gettext_lazy("Personal data of the submitter deleted")),
}


class TransitionNotAllowed(ValidationError):
    pass


def _require(instance, allowed, event):
    if instance.status not in allowed:
        raise TransitionNotAllowed(
            _("This cannot be done now: the submission is “%(status)s”.") % {"status": instance.get_status_display()},
            code=f"{event}_not_allowed",
        )
    if instance.personal_data_deleted_at:
        raise TransitionNotAllowed(_("This submission has been closed and anonymised."), code="anonymised")


def _log(instance, event, user=None, **data):
    log(instance, f"moderation.{event}", user=user, data={"status": instance.status, **data})
    hook = getattr(instance, "on_moderation_event", None)
    if hook is not None:
        hook(event)


def _language(instance):
    code = instance.submitter_language or instance.municipality.default_language
    return code or settings.LANGUAGE_CODE


def _templates(instance, event, suffix):
    meta = instance._meta
    return [
        f"{meta.app_label}/email/{meta.model_name}_{event}{suffix}",
        f"{meta.app_label}/email/{event}{suffix}",
        f"moderation/email/{event}{suffix}",
    ]


def send_submitter_mail(instance, event, token=None, **extra):
    """Mail the submitter in their language; silently nothing when there is no address."""
    if not instance.submitter_email:
        return False
    with translation.override(_language(instance)):
        context = {
            "submission": instance,
            "title": str(instance),
            "municipality": instance.municipality,
            "manage_url": instance.get_manage_url(token) if token else None,
            "public_url": instance.get_public_url(),
            "settings": instance.get_moderation_settings(),
            **extra,
        }
        subject = select_template(_templates(instance, event, "_subject.txt")).render(context)
        body = select_template(_templates(instance, event, ".txt")).render(context)
    send_mail(" ".join(subject.split()), body, None, [instance.submitter_email])
    return True


def notify_moderators(instance):
    """Tell the municipality's moderators and admins that something waits for them."""
    municipality = instance.municipality
    groups = [group for group in (municipality.moderators_group, municipality.admins_group) if group]
    recipients = sorted(
        set(
            get_user_model()
            .objects.filter(groups__in=groups, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    if not recipients:
        return
    with translation.override(municipality.default_language or settings.LANGUAGE_CODE):
        context = {"title": str(instance), "municipality": municipality, "kind": instance._meta.verbose_name,
                   "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"}
        subject = render_to_string("moderation/email/moderators_subject.txt", context)
        body = render_to_string("moderation/email/moderators.txt", context)
    send_mail(" ".join(subject.split()), body, None, recipients)


def _safely(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except Exception:  # noqa: BLE001 - a mail server outage must not undo or break the request
        logger.exception("Moderation mail %s failed", function.__name__)


def _on_commit_mail(instance, event, token=None, **extra):
    """Send after the transaction commits: no mail about something that was rolled back."""
    transaction.on_commit(lambda: _safely(send_submitter_mail, instance, event, token=token, **extra))


@transaction.atomic
def submit(instance, *, language_code="", user=None):
    """Save a new submission as pending; returns the plain edit token (for the confirmation link)."""
    instance.status = Status.PENDING
    instance.submitted_at = timezone.now()
    if language_code:
        instance.submitter_language = language_code
    token = instance.set_token()
    instance.full_clean()
    instance.save()
    _log(instance, "submitted", user=user)
    _on_commit_mail(instance, "submitted", token=token)
    transaction.on_commit(lambda: _safely(notify_moderators, instance))
    return token


@transaction.atomic
def resubmit(instance, user=None):
    """The submitter changed the content: back to moderation (nothing unreviewed is public)."""
    _require(instance, (Status.PENDING, Status.CHANGES_REQUESTED, Status.APPROVED), "resubmitted")
    instance.status = Status.PENDING
    instance.submitted_at = timezone.now()
    instance.save()
    _log(instance, "resubmitted", user=user)
    transaction.on_commit(lambda: _safely(notify_moderators, instance))


@transaction.atomic
def approve(instance, user):
    _require(instance, (Status.PENDING, Status.CHANGES_REQUESTED), "approved")
    now = timezone.now()
    instance.status = Status.APPROVED
    instance.reviewed_at = now
    instance.reviewed_by = user
    instance.review_message = ""
    if instance.expires_at is None or instance.expires_at <= now:
        instance.expires_at = now + datetime.timedelta(days=instance.get_moderation_settings().expiry_days)
    instance.reminder_sent_at = None
    instance.save()
    _log(instance, "approved", user=user)
    _on_commit_mail(instance, "approved")


def _clean_message(message, what):
    message = (message or "").strip()
    if not message:
        raise ValidationError(_("Please give the submitter a %(what)s.") % {"what": what}, code="required")
    if len(message) > 2000:
        raise ValidationError(_("Please keep the message under 2000 characters."), code="max_length")
    return message


@transaction.atomic
def reject(instance, user, reason):
    reason = _clean_message(reason, _("reason"))
    _require(instance, (Status.PENDING, Status.CHANGES_REQUESTED, Status.APPROVED), "rejected")
    now = timezone.now()
    instance.status = Status.REJECTED
    instance.reviewed_at = now
    instance.reviewed_by = user
    instance.review_message = reason
    instance.closed_at = now
    instance.save()
    _log(instance, "rejected", user=user, reason=reason)
    _on_commit_mail(instance, "rejected", reason=reason)


@transaction.atomic
def request_changes(instance, user, message):
    message = _clean_message(message, _("message"))
    _require(instance, (Status.PENDING, Status.APPROVED), "changes_requested")
    instance.status = Status.CHANGES_REQUESTED
    instance.reviewed_at = timezone.now()
    instance.reviewed_by = user
    instance.review_message = message
    token = instance.set_token()
    instance.save()
    _log(instance, "changes_requested", user=user, message=message)
    _on_commit_mail(instance, "changes_requested", token=token, message=message)


@transaction.atomic
def withdraw(instance, user=None):
    _require(instance, (Status.PENDING, Status.CHANGES_REQUESTED, Status.APPROVED, Status.EXPIRED), "withdrawn")
    instance.status = Status.WITHDRAWN
    instance.closed_at = timezone.now()
    instance.save()
    _log(instance, "withdrawn", user=user)
    _on_commit_mail(instance, "withdrawn")


@transaction.atomic
def renew(instance, user=None):
    """Extend publication by the municipality's expiry period; an expired offer comes back live.

    Never shortens: a submitter who chose a later end date (a job offer's deadline) keeps it."""
    _require(instance, (Status.APPROVED, Status.EXPIRED), "renewed")
    now = timezone.now()
    instance.status = Status.APPROVED
    extended = now + datetime.timedelta(days=instance.get_moderation_settings().expiry_days)
    instance.expires_at = max(extended, instance.expires_at) if instance.expires_at else extended
    instance.reminder_sent_at = None
    instance.closed_at = None
    instance.save()
    _log(instance, "renewed", user=user, expires_at=instance.expires_at.isoformat())
    _on_commit_mail(instance, "renewed")


def send_reminders(queryset, now=None, dry_run=False):
    """Approved submissions expiring within their reminder period get one mail with a renewal link."""
    now = now or timezone.now()
    done = []
    candidates = queryset.filter(status=Status.APPROVED, reminder_sent_at__isnull=True, expires_at__gt=now)
    for instance in candidates.select_related("municipality"):
        days = instance.get_moderation_settings().reminder_days
        if instance.expires_at > now + datetime.timedelta(days=days):
            continue
        done.append(instance)
        if dry_run:
            continue
        with transaction.atomic():
            token = instance.set_token()
            instance.reminder_sent_at = now
            instance.save(update_fields=["edit_token_hash", "reminder_sent_at", "updated_at"])
            _log(instance, "reminded")
            _on_commit_mail(instance, "reminder", token=token)
    return done


def expire_due(queryset, now=None, dry_run=False):
    """Approved submissions past expires_at become expired (they already left listings via live())."""
    now = now or timezone.now()
    due = list(queryset.filter(status=Status.APPROVED, expires_at__lte=now).select_related("municipality"))
    if not dry_run:
        for instance in due:
            with transaction.atomic():
                instance.status = Status.EXPIRED
                instance.closed_at = now
                instance.save(update_fields=["status", "closed_at", "updated_at"])
                _log(instance, "expired")
                _on_commit_mail(instance, "expired")
    return due


def purge_personal_data(queryset, now=None, dry_run=False):
    """Blank the submitter's data of closed submissions older than their retention period.

    The row itself stays (numbers for statistics, audit trail); nothing identifying remains.
    """
    now = now or timezone.now()
    due = []
    candidates = queryset.filter(status__in=CLOSED_STATUSES, personal_data_deleted_at__isnull=True, closed_at__isnull=False)
    for instance in candidates.select_related("municipality"):
        days = instance.get_moderation_settings().retention_days
        if instance.closed_at + datetime.timedelta(days=days) > now:
            continue
        due.append(instance)
        if dry_run:
            continue
        with transaction.atomic():
            for name in instance.personal_data_fields:
                field = instance._meta.get_field(name)
                setattr(instance, name, None if field.null else "")
            instance.edit_token_hash = ""
            instance.personal_data_deleted_at = now
            instance.purge_extra_personal_data()
            instance.save()
            _log(instance, "personal_data_deleted")
    return due
