"""The dashboard's date range: two calendar days, the first not after the second, at most a few years apart."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ImpactNarrative

DEFAULT_DAYS = 30
MAX_DAYS = 3 * 366
EARLIEST = datetime.date(2000, 1, 1)


class DateRangeForm(forms.Form):
    # A browser's date field sends and shows ISO dates, whatever the admin's language.
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    @classmethod
    def from_query(cls, query):
        """Bound to the query string, or to the last 30 days when it names no range."""
        if "start" in query or "end" in query:
            return cls(query)
        today = timezone.localdate()
        return cls({"start": today - datetime.timedelta(days=DEFAULT_DAYS - 1), "end": today})

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end:
            if start < EARLIEST or end.year > 2999:
                raise forms.ValidationError(_("Choose days from the year 2000 on."))
            if start > end:
                raise forms.ValidationError(_("The first day must not come after the last."))
            if (end - start).days >= MAX_DAYS:
                raise forms.ValidationError(_("Choose at most three years."))
        return data


class NarrativeForm(forms.ModelForm):
    class Meta:
        model = ImpactNarrative
        fields = ["outputs", "outcomes"]
