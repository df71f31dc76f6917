"""Admin sections that work per municipality (staff, shared pages): a real 403 page, and the menu's
entry that opens the municipality picked in the switcher, else the first one the user may act for."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.admin.menu import MenuItem

from .params import parse_id
from .scoping import user_municipality_ids


def section_refused(request, template_name, title, icon):
    """A real 403 (Wagtail would redirect to the dashboard), for GET and POST alike."""
    context = {"page_title": title, "header_icon": icon, "header_title": title}
    return TemplateResponse(request, template_name, context, status=403)


def municipality_home(request, url_name, municipalities, refuse):
    """Redirect to `url_name` of the municipality in `?municipality=`, else of the first of
    `municipalities` by name; `refuse(request)` when there is none."""
    municipality_id = parse_id(request.GET.get("municipality", ""))
    if municipality_id is not None:
        return redirect(url_name, municipality_id)
    first = municipalities.order_by("name").first()
    return redirect(url_name, first.pk) if first else refuse(request)


class MunicipalitySectionMenuItem(MenuItem):
    """The menu entry of a section, shown to active users who hold one of `roles` in some
    municipality, and to platform admins (the user's roles are read once per request)."""

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = roles

    def is_shown(self, request):
        user = request.user
        return user.is_active and (user.is_superuser or bool(user_municipality_ids(user, self.roles)))
