"""The impact area in Wagtail's admin (URLs, menu item) and the marking of served pages for counting."""

from django.urls import include, path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from integreat_wagtail.core.admin_sections import MunicipalitySectionMenuItem
from integreat_wagtail.municipalities.pages import municipality_page_for

from . import urls
from .access import VIEWING_ROLES
from .middleware import mark_read


@hooks.register("before_serve_page")
def mark_served_page(page, request, serve_args, serve_kwargs):
    """Pages of a municipality are counted (middleware.py); the platform's landing page is not."""
    municipality_page = municipality_page_for(page)
    if municipality_page is not None:
        mark_read(request, municipality_page.municipality_id, translation.get_language(), page.pk)


@hooks.register("register_admin_urls")
def register_impact_urls():
    return [path("impact/", include(urls, namespace="impact"))]



@hooks.register("register_admin_menu_item")
def register_impact_menu_item():
    return MunicipalitySectionMenuItem(_("Impact"), reverse("impact:home"), name="impact", icon_name="history", order=170, roles=VIEWING_ROLES)
