"""The "Was this page helpful?" form: a rating and an optional comment, nothing about the reader."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Feedback


class FeedbackForm(forms.Form):
    rating = forms.ChoiceField(label=_("Was this page helpful?"), choices=Feedback.Rating.choices, required=False)
    comment = forms.CharField(
        label=_("What was missing or wrong? (optional, please no names or phone numbers)"),
        required=False,
        max_length=Feedback.COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if not data.get("rating") and not data.get("comment", "").strip():
            raise forms.ValidationError(_("Please choose yes or no, or write a comment."))
        return data
