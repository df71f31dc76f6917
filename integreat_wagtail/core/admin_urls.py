"""Admin URLs that replace Wagtail's own views with scoped ones (included before Wagtail's admin URLs).

Wagtail adds the URLs of `register_admin_urls` hooks after its own, so a hook cannot replace a
view; these patterns match first and get the same access check and cache headers as Wagtail's.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .admin_views import ScopedBrowseView, ScopedChosenMultipleView, ScopedPageTypesUsageReportView

urlpatterns = [
    path("choose-page/<int:parent_page_id>/", ScopedBrowseView.as_view()),
    path("choose-page/chosen-multiple/", ScopedChosenMultipleView.as_view()),
    path("reports/page-types-usage/", ScopedPageTypesUsageReportView.as_view()),
    path("reports/page-types-usage/results/", ScopedPageTypesUsageReportView.as_view(results_only=True)),
]
urlpatterns = decorate_urlpatterns(decorate_urlpatterns(urlpatterns, require_admin_access), never_cache)
