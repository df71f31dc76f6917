"""Who sees whose figures: a municipality's content staff and observers see its own, platform admins
see every municipality's and the platform's; only a municipality's admins write its narrative."""

from integreat_wagtail.core.scoping import holds_role, municipalities_for
from integreat_wagtail.municipalities import roles

# Event managers work on events only; they get no figures of the municipality as a whole.
VIEWING_ROLES = (*roles.CONTENT_ROLES, "observers")


def viewable_municipalities(user):
    """The municipalities whose figures the user may see (all of them for platform admins)."""
    return municipalities_for(user, VIEWING_ROLES)


def may_view(user, municipality):
    """`municipality` None is the platform as a whole: platform admins only."""
    if municipality is None:
        return user.is_active and user.is_superuser
    return holds_role(user, municipality, VIEWING_ROLES)


def may_write_narrative(user, municipality):
    if municipality is None:
        return user.is_active and user.is_superuser
    return holds_role(user, municipality, ("admins",))
