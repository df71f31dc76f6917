"""Admin URLs of the broken-links report (registered under /admin/links/ by wagtail_hooks)."""

from django.urls import path

from . import views

app_name = "linkcheck"

urlpatterns = [
    path("", views.home, name="home"),
    path("<int:municipality_id>/", views.ReportView.as_view(), name="report"),
]
