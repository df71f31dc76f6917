"""Wagtail admin views scoped to the user's municipalities where no hook reaches far enough.

The chooser hook filters the pages listed under a parent, but not the parent itself (a crafted
`parent_page_id`, or the start page Wagtail picks for a page type, shows a foreign page's title)
nor the ids sent back as "chosen"; the explorer
shows any page's title and status; the page types report counts the whole platform; a bulk
action lists the titles of every object whose id it is given (or, with `id=all&childOf=`, of a
whole listing) under "you don't have permission".
"""

from functools import cache

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.forms import ModelChoiceField
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView, page_models_from_string
from wagtail.admin.views.pages.listing import ExplorableIndexView, GenericPageFilterSet
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportFilterSet, PageTypesUsageReportView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, Site

from .admin_filters import scoped_filterset
from .params import parse_id
from .admin_scoping import is_navigable_page, may_see, navigable_pages_q, own_pages_q


class ScopedBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id is None and request.GET.get("page_type") and not request.user.is_superuser:
            parent_page_id = self.own_start_page_id(request)
        if parent_page_id and not is_navigable_page(request.user, get_object_or_404(Page, pk=parent_page_id)):
            raise Http404
        return super().get(request, parent_page_id)

    def own_start_page_id(self, request):
        """Wagtail opens a chooser for certain page types at the common ancestor of all pages of
        those types, which may lie in another municipality: start among the user's own instead."""
        try:
            page_models = page_models_from_string(request.GET["page_type"])
        except (ValueError, LookupError) as error:
            raise Http404 from error
        pages = Page.objects.filter(own_pages_q(request.user)).type(*page_models)
        return (pages.first_common_ancestor() if pages.exists() else Page.get_first_root_node()).pk


class ScopedChosenMultipleView(ChosenMultipleView):
    def get(self, request):
        ids = request.GET.getlist("id")
        if any(parse_id(value) is None for value in ids):
            return HttpResponseBadRequest(_("Page ids must be numbers."))
        visible = Page.objects.filter(navigable_pages_q(request.user), pk__in=ids)
        if visible.count() != len(set(map(int, ids))):
            raise Http404
        return super().get(request)


class ScopedExplorableIndexView(ExplorableIndexView):
    def get(self, request, parent_page_id=None):
        if parent_page_id and not is_navigable_page(request.user, get_object_or_404(Page, pk=parent_page_id)):
            raise PermissionDenied
        return super().get(request, parent_page_id)


class ScopedPageViewSet(PageViewSet):
    """Replaces Wagtail's base page viewset (the page views of every page type without its own)."""

    index_view_class = ScopedExplorableIndexView
    filterset_class = scoped_filterset(GenericPageFilterSet)


def with_scoped_filters(report_view_class):
    """A report whose filters offer only the people and workflows of the user's pages (see admin_filters)."""
    filterset_class = scoped_filterset(report_view_class.filterset_class)
    return type(f"Scoped{report_view_class.__name__}", (report_view_class,), {"filterset_class": filterset_class})


class ScopedPageTypesUsageReportFilterSet(PageTypesUsageReportFilterSet):
    """Its site filter offers only the sites the user's trees are served on (Wagtail: every site)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        if "site" in self.filters and not user.is_superuser:
            sites = Site.objects.filter(root_page__in=Page.objects.filter(navigable_pages_q(user)))
            self.filters["site"].extra["choices"] = [(site.root_page.path, str(site)) for site in sites.select_related("root_page")]


class ScopedPageTypesUsageReportView(PageTypesUsageReportView):
    """Counts and "last edited" only among the user's municipalities' pages."""

    filterset_class = ScopedPageTypesUsageReportFilterSet

    def get_queryset(self):
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_superuser:
            return queryset
        data = self.filters.form.cleaned_data
        pages = Page.objects.filter(own_pages_q(user), content_type=OuterRef("pk")).order_by()
        if data.get("page_locale"):
            pages = pages.filter(locale__language_code=data["page_locale"])
        if data.get("site"):
            pages = pages.filter(path__startswith=data["site"])
        count = pages.values("content_type").annotate(count=Count("pk")).values("count")
        latest = pages.order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk").values("pk")[:1]
        return queryset.annotate(count=Coalesce(Subquery(count), 0), last_edited_page_id=Subquery(latest))


class VisibleItemsOnlyMixin:
    """A bulk action names the items the user may not act on: only those the user may see. Its
    destination page (bulk move) is one the user may see, else the action is refused: Wagtail
    would show a refused destination back with its title."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        for name, field in form.fields.items():
            if isinstance(field, ModelChoiceField) and issubclass(field.queryset.model, Page):
                field.queryset = field.queryset.filter(navigable_pages_q(self.request.user))
                value = form[name].data
                if form.is_bound and value not in field.empty_values:
                    try:
                        field.clean(value)
                    except ValidationError as error:
                        raise PermissionDenied from error
        return form

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        user = self.request.user
        context["items_with_no_access"] = [item for item in context["items_with_no_access"] if may_see(user, item)]
        return objects, context


@cache
def _visible_only(action_class):
    return type(f"VisibleOnly{action_class.__name__}", (VisibleItemsOnlyMixin, action_class), {})


def bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk action dispatcher, with every action limited to visible items."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    return _visible_only(action_class)(request, model).dispatch(request)
