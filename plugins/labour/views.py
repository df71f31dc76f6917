"""Public views of the labour section (sub-routes of LabourIndexPage, so the plugin gate and the
page's language apply to all of them)."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from integreat_wagtail.locations.models import localized_map

from . import filters
from .models import CounsellingService

PAGE_SIZE = 20


def subpage_url(page, request, name, *args):
    return page.get_url(request=request) + page.reverse_subpage(name, args=args)


def _render(page, request, template, extra, status=200):
    context = page.get_context(request)
    context.update(extra)
    context["section_urls"] = {
        "guides": page.get_url(request=request),
        "counselling": subpage_url(page, request, "counselling_listing"),
        "jobs": subpage_url(page, request, "job_listing"),
        "submit": subpage_url(page, request, "job_submit"),
    }
    return TemplateResponse(request, template, context, status=status)


def _filtered(page, request, form_class, template, build):
    """Parse filters (400 with the reasons when bad), then let `build(filters)` make the listing."""
    try:
        form, chosen = filters.parse(request.GET, form_class)
    except filters.FilterError as error:
        return _render(page, request, template, {"filter_form": form_class(), "filter_errors": error.messages}, 400)
    items = build(chosen)
    paginator = Paginator(items, PAGE_SIZE)
    page_obj = paginator.get_page(chosen.get("page", 1))
    return _render(
        page, request, template,
        {"filter_form": form, "filters": chosen, "page_obj": page_obj, "items": page_obj.object_list},
    )


def guide_listing(page, request):
    def build(chosen):
        guides = page.guides()
        if "profession" in chosen:
            guides = guides.filter(profession_key=chosen["profession"])
        if "group" in chosen:
            guides = guides.filter(profession_group=chosen["group"])
        if chosen.get("regulated") is not None:
            guides = guides.filter(regulated=chosen["regulated"])
        return guides

    response = _filtered(page, request, filters.GuideFilterForm, "labour/labour_index_page.html", build)
    response.context_data["profession_choices"] = list(
        page.guides().order_by("profession").values_list("profession_key", "profession").distinct()
    )
    return response


def counselling_listing(page, request):
    municipality = page.municipality
    language_code = page.locale.language_code

    def build(chosen):
        services = CounsellingService.objects.in_language(municipality, language_code).select_related("location", "locale")
        if "topic" in chosen:
            services = services.with_topic(chosen["topic"])
        if "language" in chosen:
            services = services.speaking(chosen["language"])
        return services

    response = _filtered(page, request, filters.CounsellingFilterForm, "labour/counselling_listing.html", build)
    items = response.context_data.get("items")
    if items is not None:
        items = list(items)
        locations = localized_map([service.location for service in items], language_code)
        response.context_data["items"] = [(service, locations.get(service.location_id)) for service in items]
    return response
