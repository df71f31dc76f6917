"""Membership changes of an organization, and invitations for people who have no account yet."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from integreat_wagtail.staff.services import accept_url, display_name


def invite(email, organization, request):
    """A new account (username = e-mail, no password yet) and an e-mail with the Staff area's
    one-time link to choose a password."""
    user = get_user_model().objects.create_user(username=email, email=email)  # no password: unusable
    send_mail(
        _("Invitation: edit the pages of %(organization)s") % {"organization": organization.name},
        _(
            "%(inviter)s has invited you to edit the pages of %(organization)s on %(municipality)s's information site.\n\n"
            "Set your password here (the link works once):\n%(link)s\n\nYour username is %(username)s."
        )
        % {
            "inviter": display_name(request.user),
            "organization": organization.name,
            "municipality": organization.municipality.name,
            "link": accept_url(user, request.build_absolute_uri("/")),
            "username": user.get_username(),
        },
        None,
        [email],
    )
    return user


def update_members(organization, *, add=(), remove=(), invite_emails=(), request):
    """Add existing users, invite new addresses and remove members, all in the organization's group;
    the audit log records who gave or took whose rights."""
    group = organization.members_group
    new_users = [invite(email, organization, request) for email in invite_emails]
    group.user_set.add(*add, *new_users)
    group.user_set.remove(*remove)
    if add or remove or new_users:
        log(organization, "integreat.organization_members", user=request.user, data={
            "added": [user.get_username() for user in add], "invited": list(invite_emails),
            "removed": [user.get_username() for user in remove],
        })
