"""Enforce the plugin gate on Wagtail's page creation and serving."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from integreat_wagtail.municipalities.pages import municipality_for

from .gate import is_enabled
from .registry import plugin_for_model
from .views import PluginMatrixView


def _plugin_is_off(page_class, page_under):
    config = plugin_for_model(page_class)
    return config is not None and not is_enabled(municipality_for(page_under), config.plugin_key)


@hooks.register("before_serve_page")
def hide_pages_of_disabled_plugins(page, request, serve_args, serve_kwargs):
    if _plugin_is_off(type(page), page):
        raise Http404


@hooks.register("before_create_page")
def refuse_pages_of_disabled_plugins(request, parent_page, page_class):
    """A crafted POST cannot create a page type whose plugin is off for that municipality."""
    if _plugin_is_off(page_class, parent_page):
        raise PermissionDenied


@hooks.register("before_edit_page")
def refuse_editing_pages_of_disabled_plugins(request, page):
    if _plugin_is_off(type(page.specific), page):
        raise PermissionDenied


@hooks.register("register_admin_urls")
def register_matrix_url():
    return [path("plugins/", PluginMatrixView.as_view(), name="integreat_plugin_matrix")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_matrix_menu_item():
    return SuperuserMenuItem(_("Plugins"), reverse("integreat_plugin_matrix"), icon_name="cogs", order=900)
