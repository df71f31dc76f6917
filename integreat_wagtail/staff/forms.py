"""Forms of the staff area: roles are chosen by key from the role table, never by group id."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.municipalities import roles


def role_choices():
    """Each role with what it may do, so the admin need not look it up (rendered in the request's language)."""
    return [
        (role.key, format_html(
            '<span class="staff-role">{}<span class="staff-role-description">{}</span></span>', role.label, role.description
        ))
        for role in roles.ROLES
    ]


def role_field(**kwargs):
    return forms.MultipleChoiceField(
        label=_("Roles"),
        choices=role_choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one role.")},
        **kwargs,
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=150, help_text=_("Also the user name for logging in."))
    name = forms.CharField(
        label=_("Name"), max_length=150, required=False,
        help_text=_("First and last name. Left as it is for people who already have an account."),
    )
    roles = role_field(help_text=_("Roles in this municipality only."))

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class RolesForm(forms.Form):
    roles = role_field(help_text=_("To remove every role, deactivate the person instead."))
