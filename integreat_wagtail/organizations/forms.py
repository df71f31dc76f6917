"""The organization form of the admin, with its members (the base form of the viewset's panels)."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Collection

from integreat_wagtail.core.id_fields import IdMultipleChoiceField
from integreat_wagtail.core.scoping import user_municipality_ids
from integreat_wagtail.municipalities import roles
from integreat_wagtail.staff.services import find_account

MANAGING_ROLES = ("admins",)  # who creates, edits and deletes organizations and their members


def _users_in(municipality):
    """Users who hold a role in the municipality or belong to one of its organizations."""
    group_ids = [municipality.group_for(role.key).pk for role in roles.ROLES if municipality.group_for(role.key)]
    group_ids += list(municipality.organizations.exclude(members_group=None).values_list("members_group_id", flat=True))
    return get_user_model().objects.filter(groups__in=group_ids, is_active=True).distinct()


class OrganizationForm(WagtailAdminModelForm):
    """The organization and its members: add by username (people of this municipality) or by e-mail
    (anyone; a new address gets an account and an invitation), remove by ticking."""

    add_members = forms.CharField(
        label=_("Add members"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Usernames of people who hold a role in this municipality, or e-mail addresses; one per line. "
            "A new e-mail address gets an account and an invitation to set a password."
        ),
    )
    remove_members = IdMultipleChoiceField(
        label=_("Remove members"), required=False, queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        municipality_field = self.fields["municipality"]
        if user is not None and not user.is_superuser:
            municipality_field.queryset = municipality_field.queryset.filter(
                pk__in=user_municipality_ids(user, MANAGING_ROLES)
            )
        if self.instance.pk:
            municipality_field.disabled = True  # its pages and members belong to that municipality
            self.fields["remove_members"].queryset = self.instance.members
        else:
            del self.fields["remove_members"]

    def clean(self):
        cleaned = super().clean()
        municipality = cleaned.get("municipality")
        if municipality is None:
            return cleaned
        logo = cleaned.get("logo")
        if logo is not None and not Collection.objects.descendant_of(municipality.collection, inclusive=True).filter(
            pk=logo.collection_id
        ).exists():
            self.add_error("logo", _("Choose an image from the municipality's own media."))
        cleaned["users_to_add"], cleaned["emails_to_invite"] = self._resolve(cleaned.get("add_members", ""), municipality)
        return cleaned

    def _resolve(self, text, municipality):
        """Existing users to add and new e-mail addresses to invite; unknown names are form errors."""
        users, emails, unknown = [], [], []
        local = _users_in(municipality)
        for entry in dict.fromkeys(line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()):
            if "@" in entry:
                try:
                    validate_email(entry)
                except ValidationError:
                    unknown.append(entry)
                    continue
                try:
                    user = find_account(entry)
                except ValidationError as error:
                    self.add_error("add_members", error)
                    continue
                if user is None:
                    emails.append(entry)
                elif user.is_active:
                    users.append(user)
                else:
                    unknown.append(entry)
            else:
                user = local.filter(username=entry).first()
                (users if user else unknown).append(user or entry)
        if unknown:
            self.add_error(
                "add_members",
                _("Not found in this municipality: %(names)s. Invite people from outside by their e-mail address.")
                % {"names": ", ".join(unknown)},
            )
        return users, emails
