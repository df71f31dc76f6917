"""A municipality's staff: who holds which role there, invitations, role changes, deactivation.

Roles are memberships of the municipality's role groups (municipalities/roles.py). Each change is
atomic and written to Wagtail's audit log on the person's user record, naming the municipality and
the roles. Users are never deleted (their history stays): deactivating removes this municipality's
roles and switches the account off only when it belongs to no group anywhere and is no platform admin.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Prefetch, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from integreat_wagtail.municipalities import roles

INVITED = "integreat.staff.invited"
ROLES_CHANGED = "integreat.staff.roles_changed"
DEACTIVATED = "integreat.staff.deactivated"


def role_group_ids(municipality):
    """{role key: group id} of the municipality, in the table's order (no queries)."""
    ids = {role.key: getattr(municipality, f"{role.group_field}_id") for role in roles.ROLES}
    return {key: group_id for key, group_id in ids.items() if group_id}


def members(municipality):
    """Users holding a role here; `groups_here` holds only this municipality's groups of each."""
    group_ids = list(role_group_ids(municipality).values())
    return (
        get_user_model().objects.filter(groups__in=group_ids).distinct()
        .prefetch_related(Prefetch("groups", Group.objects.filter(pk__in=group_ids), to_attr="groups_here"))
        .order_by("first_name", "last_name", "email")
    )


def roles_of(user, municipality):
    """Role keys the user holds in this municipality, in the table's order."""
    held = {group.pk for group in getattr(user, "groups_here", None) or user.groups.all()}
    return [key for key, group_id in role_group_ids(municipality).items() if group_id in held]


def display_name(user):
    return user.get_full_name() or user.email or user.get_username()


def _check_keeps_an_admin(municipality, user, remaining_keys, by):
    """A municipality must keep one active admin, or nobody could manage its staff and settings."""
    if "admins" in remaining_keys:
        return
    admins = municipality.admins_group.user_set
    if not admins.filter(pk=user.pk).exists() or admins.filter(is_active=True).exclude(pk=user.pk).exists():
        return
    if user.pk == by.pk:
        message = _("You are the last admin of %(municipality)s: make someone else an admin before you give up this role.")
    else:
        message = _("%(name)s is the last admin of %(municipality)s: make someone else an admin first.")
    raise ValidationError(message % {"name": display_name(user), "municipality": municipality.name})


def _log(user, action, municipality, by, **data):
    log(user, action, user=by, data={"municipality": {"id": municipality.pk, "name": municipality.name}, **data})


def _groups(municipality, keys):
    ids = role_group_ids(municipality)
    return Group.objects.filter(pk__in=[ids[key] for key in keys if key in ids])


def find_account(email):
    """The one account with this e-mail address (or user name); None if there is none.

    Several accounts sharing the address would make the invitation ambiguous: ValidationError.
    """
    matches = list(get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email))[:2])
    if len(matches) > 1:
        raise ValidationError(_("Several accounts use this e-mail address; please ask a platform admin."))
    return matches[0] if matches else None


@transaction.atomic
def invite(municipality, *, email, name, role_keys, by, base_url, language):
    """Give the person with this e-mail address these roles here, creating the account if needed,
    and mail them in `language`: a link to choose a password when they have none yet, else a
    login link. A mail failure (OSError) rolls everything back."""
    user = find_account(email)
    created = user is None
    if created:
        first_name, _space, last_name = name.strip().rpartition(" ")
        if not first_name:  # a single word is a first name
            first_name, last_name = last_name, ""
        user = get_user_model().objects.create_user(username=email, email=email, first_name=first_name, last_name=last_name)
    elif not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    user.groups.add(*_groups(municipality, role_keys))
    _log(user, INVITED, municipality, by, roles=list(role_keys), created=created)
    _send_invitation(user, municipality, role_keys, by, base_url, language)
    return user


def accept_url(user, base_url):
    """One-time link to choose a password (Django's reset token: void once the password is set)."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return base_url.rstrip("/") + reverse("staff_accept_invitation", args=[uidb64, token])


def _send_invitation(user, municipality, role_keys, by, base_url, language):
    with translation.override(language):
        context = {
            "user": user,
            "municipality": municipality,
            "inviter": display_name(by),
            "roles": ", ".join(str(roles.get(key).label) for key in role_keys),
            "accept_url": None if user.has_usable_password() else accept_url(user, base_url),
            "login_url": base_url.rstrip("/") + reverse("wagtailadmin_login"),
            "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        }
        subject = render_to_string("staff/email/invitation_subject.txt", context)
        body = render_to_string("staff/email/invitation.txt", context)
    send_mail(" ".join(subject.split()), body, None, [user.email])


@transaction.atomic
def set_roles(municipality, user, role_keys, *, by):
    """Replace the user's roles here (other municipalities untouched); False if nothing changed."""
    before = roles_of(user, municipality)
    if set(before) == set(role_keys):
        return False
    _check_keeps_an_admin(municipality, user, role_keys, by)
    user.groups.remove(*_groups(municipality, set(before) - set(role_keys)))
    user.groups.add(*_groups(municipality, set(role_keys) - set(before)))
    _log(user, ROLES_CHANGED, municipality, by, roles_before=before, roles=[key for key in roles.BY_KEY if key in role_keys])
    return True


@transaction.atomic
def deactivate(municipality, user, *, by):
    """Remove every role here; switch the account off if it belongs to no group anywhere now.
    Returns whether the account was switched off."""
    before = roles_of(user, municipality)
    _check_keeps_an_admin(municipality, user, (), by)
    user.groups.remove(*_groups(municipality, before))
    switched_off = not user.is_superuser and not user.groups.exists()
    if switched_off and user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
    _log(user, DEACTIVATED, municipality, by, roles_before=before, account_deactivated=switched_off)
    return switched_off
