"""Admin URLs of the impact area (registered under /admin/impact/ by wagtail_hooks)."""

from django.urls import path

from . import views

app_name = "impact"


def scoped(prefix, name_prefix):
    """The same views for one municipality (`<id>/…`) and for the platform (`platform/…`)."""
    return [
        path(prefix, views.DashboardView.as_view(), name=f"{name_prefix}dashboard"),
        path(f"{prefix}csv/<slug:table>/", views.CsvView.as_view(), name=f"{name_prefix}csv"),
        path(f"{prefix}report/<int:year>/", views.ReportView.as_view(), name=f"{name_prefix}report"),
        path(f"{prefix}report/<int:year>/pdf/", views.ReportView.as_view(pdf=True), name=f"{name_prefix}report_pdf"),
        path(f"{prefix}report/<int:year>/narrative/", views.NarrativeView.as_view(), name=f"{name_prefix}narrative"),
    ]


urlpatterns = [
    path("", views.home, name="home"),
    *scoped("<int:municipality_id>/", ""),
    *scoped("platform/", "platform_"),
]
