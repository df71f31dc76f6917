"""Who may manage whose staff: a municipality's admins, and platform admins everywhere."""

from integreat_wagtail.municipalities.models import Municipality

MANAGING_ROLES = ("admins",)


def manageable_municipalities(user):
    """The municipalities whose staff the user manages (all of them for platform admins)."""
    if not (user.is_authenticated and user.is_active):
        return Municipality.objects.none()
    return Municipality.objects.for_user(user, MANAGING_ROLES)


def may_manage(user, municipality):
    return manageable_municipalities(user).filter(pk=municipality.pk).exists()
