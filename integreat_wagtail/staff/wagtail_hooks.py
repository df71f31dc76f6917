"""The staff area in Wagtail's admin: its URLs, its menu item and its audit-log actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from integreat_wagtail.core.admin_sections import MunicipalitySectionMenuItem
from integreat_wagtail.municipalities import roles

from . import services, urls
from .access import MANAGING_ROLES


@hooks.register("register_admin_urls")
def register_staff_urls():
    return [path("staff/", include(urls, namespace="staff"))]



@hooks.register("register_admin_menu_item")
def register_staff_menu_item():
    return MunicipalitySectionMenuItem(_("Staff"), reverse("staff:home"), name="staff", icon_name="group", order=160, roles=MANAGING_ROLES)


def _role_labels(keys):
    return ", ".join(str(roles.get(key).label) for key in keys if key in roles.BY_KEY) or "–"


class StaffLogFormatter(LogFormatter):
    def format_message(self, log_entry):
        data = log_entry.data
        return str(self.message).format(
            municipality=data.get("municipality", {}).get("name", ""),
            roles=_role_labels(data.get("roles", ())), roles_before=_role_labels(data.get("roles_before", ())),
        )


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    @actions.register_action(services.INVITED)
    class Invited(StaffLogFormatter):
        label = _("Invite to a municipality")
        message = _("Invited to {municipality} as {roles}")

    @actions.register_action(services.ROLES_CHANGED)
    class RolesChanged(StaffLogFormatter):
        label = _("Change roles in a municipality")
        message = _("Roles in {municipality} changed from {roles_before} to {roles}")

    @actions.register_action(services.DEACTIVATED)
    class Deactivated(StaffLogFormatter):
        label = _("Deactivate in a municipality")
        message = _("Removed from {municipality} (was {roles_before})")
