"""Who sees whose figures: a municipality's content staff and observers see its own, platform admins
see every municipality's and the platform's; only a municipality's admins write its narrative."""

from integreat_wagtail.municipalities import roles
from integreat_wagtail.municipalities.models import Municipality

# Event managers work on events only; they get no figures of the municipality as a whole.
VIEWING_ROLES = (*roles.CONTENT_ROLES, "observers")


def viewable_municipalities(user):
    """The municipalities whose figures the user may see (all of them for platform admins)."""
    if not (user.is_authenticated and user.is_active):
        return Municipality.objects.none()
    return Municipality.objects.for_user(user, VIEWING_ROLES)


def may_view(user, municipality):
    """`municipality` None is the platform as a whole: platform admins only."""
    if municipality is None:
        return user.is_active and user.is_superuser
    return viewable_municipalities(user).filter(pk=municipality.pk).exists()


def may_write_narrative(user, municipality):
    if municipality is None:
        return user.is_active and user.is_superuser
    return user.is_active and Municipality.objects.for_user(user, ("admins",)).filter(pk=municipality.pk).exists()
