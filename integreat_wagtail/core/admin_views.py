"""Wagtail admin views scoped to the user's municipalities where no hook reaches far enough.

The chooser hook filters the pages listed under a parent, but not the parent itself (a crafted
`parent_page_id` shows a foreign page's title) nor the ids sent back as "chosen"; the explorer
shows any page's title and status; the page types report counts the whole platform.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from .admin_scoping import is_navigable_page, navigable_pages_q, own_pages_q


class ScopedBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id and not is_navigable_page(request.user, get_object_or_404(Page, pk=parent_page_id)):
            raise Http404
        return super().get(request, parent_page_id)


class ScopedChosenMultipleView(ChosenMultipleView):
    def get(self, request):
        ids = request.GET.getlist("id")
        if not all(value.isdigit() for value in ids):
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
    """Replaces Wagtail's base page viewset (the explorer of every page type without its own)."""

    index_view_class = ScopedExplorableIndexView


class ScopedPageTypesUsageReportView(PageTypesUsageReportView):
    """Counts and "last edited" only among the user's municipalities' pages."""

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
