"""Who reads a municipality's broken links: its content staff and observers; platform admins everywhere."""

from integreat_wagtail.core.scoping import holds_role, municipalities_for

REPORT_ROLES = ("editors", "moderators", "admins", "observers")


def report_municipalities(user):
    return municipalities_for(user, REPORT_ROLES)


def may_read(user, municipality):
    return holds_role(user, municipality, REPORT_ROLES)
