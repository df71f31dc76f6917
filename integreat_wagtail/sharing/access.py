"""Who may share and take pages: the content staff (editors, moderators, admins) of a municipality.

Sharing grants other municipalities read access to the shared pages through these views only;
their page permissions stay where they are, so nobody edits another municipality's page.
"""

from integreat_wagtail.core.scoping import holds_role, municipalities_for
from integreat_wagtail.municipalities import roles
from integreat_wagtail.municipalities.pages import municipality_for


def sharing_municipalities(user):
    """The municipalities whose pages the user may share and into which they may take pages."""
    return municipalities_for(user, roles.CONTENT_ROLES)


def may_act_for(user, municipality):
    return municipality is not None and holds_role(user, municipality, roles.CONTENT_ROLES)


def may_share(user, page):
    """Content staff of the page's own municipality, who may also edit it."""
    return may_act_for(user, municipality_for(page)) and page.permissions_for_user(user).can_edit()


def may_take(user, parent, kind):
    """Copies need the right to add pages under the parent; mirrors, which go live at once, to publish there."""
    permissions = parent.permissions_for_user(user)
    return permissions.can_publish_subpage() if kind == "mirror" else permissions.can_add_subpage()
