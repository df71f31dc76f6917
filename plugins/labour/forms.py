"""The public form employers use to submit a job offer (moderated before it appears)."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.moderation.spam import HoneypotFormMixin

from .models import JobOffer

MAX_PUBLICATION_DAYS = 180


class JobOfferSubmissionForm(HoneypotFormMixin, forms.ModelForm):
    apply_by = forms.DateField(
        label=_("Apply by"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The offer disappears after this day. Empty: after the usual period."),
    )
    privacy = forms.BooleanField(
        label=_("I agree that the municipality stores my contact data to check this offer."), required=True
    )

    class Meta:
        model = JobOffer
        fields = [
            "employer", "title", "description", "employment_type", "start_date", "street", "postcode", "town",
            "cefr_level", "qualifications", "recognition_needed", "salary_min", "salary_max", "salary_unit",
            "contact_email", "contact_phone", "application_url", "submitter_name", "submitter_email",
            "submitter_phone",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "qualifications": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, municipality=None, language_code="de", **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.municipality = municipality
        self.instance.language = language_code
        self.fields["submitter_name"].required = True
        self.fields["submitter_email"].required = True
        self.fields["submitter_name"].label = _("Your name (not published)")
        self.fields["submitter_email"].label = _("Your e-mail (not published)")
        self.fields["submitter_phone"].label = _("Your phone (not published)")
        if self.instance.pk and self.instance.expires_at:
            self.initial.setdefault("apply_by", timezone.localdate(self.instance.expires_at))
        if self.instance.pk:
            self.fields.pop("privacy")

    def clean_apply_by(self):
        day = self.cleaned_data.get("apply_by")
        if day is None:
            return None
        today = timezone.localdate()
        if day < today:
            raise forms.ValidationError(_("This date is in the past."))
        if day > today + datetime.timedelta(days=MAX_PUBLICATION_DAYS):
            raise forms.ValidationError(
                _("Offers are published for at most %(days)s days.") % {"days": MAX_PUBLICATION_DAYS}
            )
        return day

    def _post_clean(self):
        day = self.cleaned_data.get("apply_by")
        if day is not None:
            self.instance.expires_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59, 59)))
        elif "apply_by" in self.changed_data and "apply_by" not in self._errors:
            self.instance.expires_at = None
        super()._post_clean()

    def _update_errors(self, errors):
        # The model checks `expires_at`; the reader sees that field as "apply by".
        if hasattr(errors, "error_dict") and "expires_at" in errors.error_dict:
            errors.error_dict.setdefault("apply_by", []).extend(errors.error_dict.pop("expires_at"))
        super()._update_errors(errors)
