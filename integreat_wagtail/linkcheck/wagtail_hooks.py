"""The broken-links report in Wagtail's admin: its URLs and its menu item (for those who may read it)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .access import report_municipalities


@hooks.register("register_admin_urls")
def register_linkcheck_urls():
    return [path("links/", include(urls, namespace="linkcheck"))]


class LinkcheckMenuItem(MenuItem):
    def is_shown(self, request):
        return report_municipalities(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_linkcheck_menu_item():
    return LinkcheckMenuItem(_("Broken links"), reverse("linkcheck:home"), name="linkcheck", icon_name="link", order=158)
