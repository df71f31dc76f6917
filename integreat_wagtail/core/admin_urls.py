"""Admin URLs that replace Wagtail's own views with scoped ones (included before Wagtail's admin URLs).

Wagtail adds the URLs of `register_admin_urls` hooks after its own, so a hook cannot replace a
view; these patterns match first and get the same access check and cache headers as Wagtail's.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .admin_views import (
    ScopedBrowseView,
    ScopedChosenMultipleView,
    ScopedPageTypesUsageReportView,
    bulk_action,
    with_scoped_filters,
)

REPORTS = {
    "page-types-usage": ScopedPageTypesUsageReportView,
    "locked": with_scoped_filters(LockedPagesView),
    "workflow": with_scoped_filters(WorkflowView),
    "workflow_tasks": with_scoped_filters(WorkflowTasksView),
    "site-history": with_scoped_filters(LogEntriesView),
}

urlpatterns = [
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", bulk_action),
    path("choose-page/", ScopedBrowseView.as_view()),
    path("choose-page/<int:parent_page_id>/", ScopedBrowseView.as_view()),
    path("choose-page/chosen-multiple/", ScopedChosenMultipleView.as_view()),
]
for report, view_class in REPORTS.items():
    urlpatterns += [
        path(f"reports/{report}/", view_class.as_view()),
        path(f"reports/{report}/results/", view_class.as_view(results_only=True)),
    ]
urlpatterns = decorate_urlpatterns(decorate_urlpatterns(urlpatterns, require_admin_access), never_cache)
