from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.redirects.models import Redirect
from wagtail.permissions import register_permission_policy

from integreat_wagtail.municipalities.pages import municipality_for

from .admin_dashboard import scope_dashboard_panels
from .admin_scoping import refuse_foreign_copy, refuse_foreign_move, scope_page_chooser
from .admin_views import ScopedPageViewSet
from .scoping import PlatformAdminOnlyPermissionPolicy
from .task_failures import add_failed_tasks_panel

# Redirects match paths on a Site; municipalities share the platform's Site (/<lang>/<slug>/…),
# so a redirect has no owner, and one made by a town's staff could capture another town's
# paths. They stay with platform admins. Registered here, after wagtail.contrib.redirects'
# ready() has registered its default policy.
register_permission_policy(Redirect, PlatformAdminOnlyPermissionPolicy(Redirect))

hooks.register("construct_page_chooser_queryset", scope_page_chooser)
hooks.register("before_move_page", refuse_foreign_move)
hooks.register("before_copy_page", refuse_foreign_copy)
hooks.register("construct_homepage_panels", scope_dashboard_panels)
hooks.register("construct_homepage_panels", add_failed_tasks_panel)


@hooks.register("register_admin_viewset", order=100)  # after Wagtail's base page viewset, which it replaces
def register_scoped_page_viewset():
    return ScopedPageViewSet()

from .admin_api import register_visible_media_endpoints


@hooks.register("before_serve_page")
def serve_only_in_own_language(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the default-language tree; the URL's language must be the page's."""
    if page.locale.language_code != translation.get_language():
        raise Http404


@hooks.register("before_serve_page")
def hide_platform_templates(page, request, serve_args, serve_kwargs):
    """A platform template's tree only seeds new municipalities: readers never see it (previews do)."""
    municipality = municipality_for(page)
    if municipality is not None and municipality.is_template:
        raise Http404


@hooks.register("insert_global_admin_js")
def content_fields_follow_their_text_direction():
    return format_html('<script src="{}"></script>', static("core/content-direction.js"))


hooks.register("construct_admin_api", register_visible_media_endpoints, order=1)
