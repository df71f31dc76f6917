"""Moderated public submissions (housing offers, job offers…): one mechanism for every plugin.

Contract of the `ModeratedSubmission` abstract model
----------------------------------------------------
Subclass it in your plugin's models.py::

    class JobOffer(ModeratedSubmission):                 # gate: the plugin that defines the model
        personal_data_fields = ModeratedSubmission.personal_data_fields + ("contact_email", "contact_phone")
        title = models.CharField(...)

        def __str__(self): return self.title             # used in e-mails, audit log and admin
        def get_manage_url(self, token): ...             # REQUIRED: absolute URL of the submitter's
                                                         # private edit/withdraw/renew page for `token`
        def get_public_url(self): ...                    # optional: absolute URL once published
        def get_moderation_settings(self): ...           # optional: ModerationSettings(expiry_days,
                                                         # reminder_days, retention_days) per municipality
        def purge_extra_personal_data(self): ...         # optional: delete files, related rows
        def on_moderation_event(self, event): ...        # optional: called inside the transaction
                                                         # after each transition ("approved", …)
        @classmethod
        def periodic_maintenance(cls, queryset, *, now, dry_run): ...
                                                         # optional: the model's own daily work
                                                         # (see "Periodic jobs" below)

Fields it adds: municipality (FK), status (`Status`), submitter_name/email/phone/language (private:
never shown publicly, never in the API, blanked by `purge_personal_data`), edit_token_hash (only
the SHA-256 of the edit token), submitted_at, reviewed_at, reviewed_by, review_message (the
rejection reason or the change request), expires_at, reminder_sent_at, closed_at (when it left
the pipeline: rejected/withdrawn/expired), personal_data_deleted_at, created_at, updated_at.

Life cycle (services.py does every transition, in a transaction, with an e-mail to the submitter
in their language and a Wagtail audit-log entry `moderation.<event>`)::

    submit ──► pending ──approve──► approved ──expire_due──► expired ──purge_personal_data──►(blanked)
                │  ▲                 │  ▲ renew (approved/expired → approved, new expires_at)
                │  └── resubmit ◄────┤  │
                ├─request_changes──► changes_requested ──resubmit──► pending
                ├─reject(reason)──► rejected
                └─withdraw (by submitter, from pending/changes_requested/approved/expired) ──► withdrawn

Periodic jobs: `manage.py moderation_maintenance` (daily, from cron) runs expire_due, send_reminders
and purge_personal_data for every concrete subclass, once per municipality where the plugin that
defines it (`plugin_for_model`; a core model: always) is on, then the model's `periodic_maintenance(queryset, now=…,
dry_run=…)` with that municipality's rows. The hook returns {"what": count} for the report and
must change nothing and send nothing when `dry_run` is true. Nothing to register: subclassing is
enough.

`Model.objects.live()` is what public listings and APIs must use (approved and not past
expires_at). Edit tokens: `services.submit` returns the plain token once (put it in the
confirmation link); mails that need a link (changes requested, reminder) issue a fresh token,
which replaces the previous one. Check a token with `instance.check_token(token)`.

Translations: one row per submission in the submitter's language; other languages of its title and
description live in a side table, a subclass of `SubmissionTranslation` with
`submission = ParentalKey(YourModel, on_delete=models.CASCADE, related_name="translations")`
(one per language; delete them in `purge_extra_personal_data`, they may name the submitter).

Spam and uploads: `spam.HoneypotFormMixin`, `core.rate_limits.rate_limited(request, scope)`;
`uploads.ImageUploadField` / `uploads.validate_image` / `uploads.sanitised_image`. Store uploads
with `storage=integreat_wagtail.core.storage.private_storage` and serve them through a view that
checks the submission's state (see the housing plugin's photo routes): media URLs are public.
Admin: `admin.ModerationViewSet` (queue with approve/reject/request-changes scoped per
municipality) and `admin.ModerationSummaryPanel` for the dashboard; call
`scope_model(YourModel, action_roles=admin.MODERATION_ACTION_ROLES)` in your wagtail_hooks.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integreat_wagtail import languages

from . import tokens


@dataclass(frozen=True)
class ModerationSettings:
    """Per-municipality periods; plugins return theirs from `get_moderation_settings()`."""

    expiry_days: int = 60
    reminder_days: int = 7
    retention_days: int = 30


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Published")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired")


CLOSED_STATUSES = (Status.REJECTED, Status.WITHDRAWN, Status.EXPIRED)


class ModeratedSubmissionQuerySet(models.QuerySet):
    def live(self, now=None):
        """Public: approved and not expired (the only queryset listings and APIs may show)."""
        now = now or timezone.now()
        return self.filter(status=Status.APPROVED).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))

    def pending(self):
        return self.filter(status=Status.PENDING)

    def expiring_between(self, start, end):
        return self.filter(status=Status.APPROVED, expires_at__gt=start, expires_at__lte=end)

    def counts(self, now=None):
        """pending / live / expiring within 7 days, in one aggregate query (dashboard)."""
        now = now or timezone.now()
        week = now + datetime.timedelta(days=7)
        live = Q(status=Status.APPROVED) & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        return self.aggregate(
            pending=models.Count("pk", filter=Q(status=Status.PENDING)),
            live=models.Count("pk", filter=live),
            expiring=models.Count("pk", filter=Q(status=Status.APPROVED, expires_at__gt=now, expires_at__lte=week)),
        )


class ModeratedSubmission(models.Model):
    """Abstract base of anything the public submits and a municipality's moderators publish."""

    Status = Status

    personal_data_fields = ("submitter_name", "submitter_email", "submitter_phone")

    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_set",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    submitter_name = models.CharField(_("name"), max_length=150, blank=True)
    submitter_email = models.EmailField(_("e-mail"), blank=True)
    submitter_phone = models.CharField(_("phone"), max_length=40, blank=True)
    submitter_language = models.CharField(_("submitter's language"), max_length=10, blank=True)
    edit_token_hash = models.CharField(max_length=64, blank=True, editable=False)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_message = models.TextField(
        _("reason or requested changes"), blank=True, editable=False,
        help_text=_("Sent to the submitter with a rejection or change request."),
    )
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True, db_index=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False, db_index=True)
    personal_data_deleted_at = models.DateTimeField(
        _("personal data deleted at"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ModeratedSubmissionQuerySet.as_manager()

    class Meta:
        abstract = True

    # --- the contract subclasses fill in -------------------------------------------------------
    def get_manage_url(self, token):
        raise NotImplementedError(f"{type(self).__name__} must implement get_manage_url(token)")

    def get_public_url(self):
        return None

    def get_moderation_settings(self):
        return ModerationSettings()

    def purge_extra_personal_data(self):
        """Hook: delete what else identifies the submitter (files, related rows)."""

    @classmethod
    def periodic_maintenance(cls, queryset, *, now, dry_run):
        """Hook for plugin-specific daily work, so the core job never special-cases a plugin.

        `queryset`: this model's rows of one municipality where the plugin is on. Return
        {"what was done": count} for the report; with `dry_run`, count only.
        """
        return {}

    # --- helpers ------------------------------------------------------------------------------
    def set_token(self):
        """Store the hash of a fresh token and return the plain token (the caller must save)."""
        token = tokens.new_token()
        self.edit_token_hash = tokens.hash_token(token)
        return token

    def check_token(self, token):
        return tokens.token_matches(self.edit_token_hash, token)

    @property
    def is_live(self):
        return self.status == Status.APPROVED and (self.expires_at is None or self.expires_at > timezone.now())

    @property
    def is_editable_by_submitter(self):
        return self.status in (Status.PENDING, Status.CHANGES_REQUESTED, Status.APPROVED) and not self.personal_data_deleted_at

    @property
    def is_renewable(self):
        return self.status in (Status.APPROVED, Status.EXPIRED) and not self.personal_data_deleted_at


class SubmissionTranslation(models.Model):
    """Title and description of a submission in another language, by a person or a machine.

    A translation never forks the submission's moderation state or private data (a wagtail-localize
    copy per locale would), so it is a side table. Subclasses add the `submission` ParentalKey.
    """

    language_code = models.CharField(_("language"), max_length=10, choices=languages.django_languages())
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=6000)
    machine_translated = models.BooleanField(
        _("machine translated"), default=False, help_text=_("Untick after a person has checked the translation.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldRowPanel([FieldPanel("language_code"), FieldPanel("machine_translated")]), FieldPanel("title"),
              FieldPanel("description")]

    class Meta:
        abstract = True
        verbose_name = _("translation")
        constraints = [
            models.UniqueConstraint(fields=["submission", "language_code"], name="%(app_label)s_%(class)s_one_per_language")
        ]

    def __str__(self):
        return f"{self.language_code}: {self.title}"
