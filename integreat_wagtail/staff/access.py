"""Who may manage whose staff: a municipality's admins, and platform admins everywhere."""

from integreat_wagtail.core.scoping import holds_role, municipalities_for

MANAGING_ROLES = ("admins",)


def manageable_municipalities(user):
    """The municipalities whose staff the user manages (all of them for platform admins)."""
    return municipalities_for(user, MANAGING_ROLES)


def may_manage(user, municipality):
    return holds_role(user, municipality, MANAGING_ROLES)
