"""The broken-links report in Wagtail's admin: its URLs and its menu item (for those who may read it)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from integreat_wagtail.core.admin_sections import MunicipalitySectionMenuItem

from . import urls
from .access import REPORT_ROLES


@hooks.register("register_admin_urls")
def register_linkcheck_urls():
    return [path("links/", include(urls, namespace="linkcheck"))]



@hooks.register("register_admin_menu_item")
def register_linkcheck_menu_item():
    return MunicipalitySectionMenuItem(
        _("Broken links"), reverse("linkcheck:home"), name="linkcheck", icon_name="link", order=158, roles=REPORT_ROLES
    )
