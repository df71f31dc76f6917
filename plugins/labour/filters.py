"""Strict query-parameter parsing for listings and the API.

Unknown parameters, repeated parameters and malformed values raise FilterError, which views turn
into a 400 with the messages (never a 500, never a silently ignored typo).
"""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from integreat_wagtail import languages

from .constants import CEFRLevel, CounsellingTopic, EmploymentType, ProfessionGroup

YES_NO = [("", gettext_lazy("All")), ("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))]


class FilterError(ValueError):
    """Bad query parameters; `messages` is a list of human-readable strings."""

    def __init__(self, messages):
        super().__init__("; ".join(str(message) for message in messages))
        self.messages = [str(message) for message in messages]


def _yes_no(value):
    return {"yes": True, "no": False}.get(value)


class FilterForm(forms.Form):
    page = forms.IntegerField(label=gettext_lazy("Page"), required=False, min_value=1, max_value=10_000)

    def cleaned_filters(self):
        return {key: value for key, value in self.cleaned_data.items() if value not in (None, "")}


class GuideFilterForm(FilterForm):
    profession = forms.SlugField(label=gettext_lazy("Profession"), required=False, max_length=60)
    group = forms.ChoiceField(
        label=gettext_lazy("Profession group"), required=False,
        choices=[("", gettext_lazy("All"))] + ProfessionGroup.choices,
    )
    regulated = forms.TypedChoiceField(
        label=gettext_lazy("Regulated profession"), required=False, choices=YES_NO, coerce=_yes_no, empty_value=None
    )


class CounsellingFilterForm(FilterForm):
    topic = forms.ChoiceField(
        label=gettext_lazy("Topic"), required=False, choices=[("", gettext_lazy("All"))] + CounsellingTopic.choices
    )
    language = forms.ChoiceField(label=gettext_lazy("Language spoken"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All"))] + [
            (language.code, language.native_name) for language in languages.LANGUAGES
        ]


class JobFilterForm(FilterForm):
    type = forms.ChoiceField(
        label=gettext_lazy("Employment type"), required=False,
        choices=[("", gettext_lazy("All"))] + EmploymentType.choices,
    )
    level = forms.ChoiceField(
        label=gettext_lazy("My German level"), required=False,
        choices=[("", gettext_lazy("Any"))] + CEFRLevel.choices,
        help_text=gettext_lazy("Shows offers that require at most this level."),
    )
    recognition = forms.TypedChoiceField(
        label=gettext_lazy("Recognition needed"), required=False, choices=YES_NO, coerce=_yes_no, empty_value=None
    )


def parse(params, form_class, allowed_extra=()):
    """Validate a QueryDict against `form_class`; return (bound form, cleaned filters) or raise FilterError."""
    known = set(form_class.base_fields) | set(allowed_extra)
    unknown = sorted(key for key in params if key not in known)
    if unknown:
        raise FilterError(
            [_("Unknown filter: %(names)s. Allowed: %(allowed)s.") % {
                "names": ", ".join(unknown[:5])[:200], "allowed": ", ".join(sorted(form_class.base_fields))}]
        )
    repeated = sorted(key for key in params if len(params.getlist(key)) > 1)
    if repeated:
        raise FilterError([_("Give each filter once: %(names)s.") % {"names": ", ".join(repeated)}])
    form = form_class({key: params.get(key) for key in params if key in form_class.base_fields})
    if not form.is_valid():
        raise FilterError(
            [f"{form.fields[name].label if name in form.fields else name}: {' '.join(errors)}"
             for name, errors in form.errors.items()]
        )
    return form, form.cleaned_filters()
