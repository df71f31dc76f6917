"""Spam protection without third parties: a honeypot field (the per-client rate limit that goes
with it is `integreat_wagtail.core.rate_limits.rate_limited`)."""

from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"


class HoneypotFormMixin(forms.Form):
    """Adds a field people never see (hidden by CSS, skipped by keyboard) but form-filling bots fill."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1", "class": "hp-input"}),
    )

    def is_bot(self):
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD)))
