"""Who reads a municipality's broken links: its content staff and observers; platform admins everywhere."""

from integreat_wagtail.municipalities.models import Municipality

REPORT_ROLES = ("editors", "moderators", "admins", "observers")


def report_municipalities(user):
    if not (user.is_authenticated and user.is_active):
        return Municipality.objects.none()
    return Municipality.objects.for_user(user, REPORT_ROLES)


def may_read(user, municipality):
    return report_municipalities(user).filter(pk=municipality.pk).exists()
