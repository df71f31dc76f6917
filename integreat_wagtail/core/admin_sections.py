"""Admin sections that work per municipality (staff, shared pages): a real 403 page, and the menu's
entry that opens the municipality picked in the switcher, else the first one the user may act for."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from .params import parse_id


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
