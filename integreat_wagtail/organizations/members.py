"""Membership changes of an organization, and invitations for people who have no account yet."""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.log_actions import log


def invite(email, organization, request):
    """A new account (username = e-mail, no password yet) and an e-mail with a link to set one.

    The link is Wagtail's password-reset confirmation: it works once, until the password is set.
    """
    user = get_user_model().objects.create_user(username=email, email=email)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    link = request.build_absolute_uri(
        reverse(
            "wagtailadmin_password_reset_confirm",
            kwargs={"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user)},
        )
    )
    send_mail(
        _("Invitation: edit the pages of %(organization)s") % {"organization": organization.name},
        _(
            "%(inviter)s has invited you to edit the pages of %(organization)s on %(municipality)s's information site.\n\n"
            "Set your password here (the link works once):\n%(link)s\n\nYour username is %(username)s."
        )
        % {
            "inviter": request.user.get_full_name() or request.user.get_username(),
            "organization": organization.name,
            "municipality": organization.municipality.name,
            "link": link,
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
