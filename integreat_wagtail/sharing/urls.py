"""Admin URLs of the sharing area (registered under /admin/sharing/ by wagtail_hooks)."""

from django.urls import path

from . import views

app_name = "sharing"

urlpatterns = [
    path("", views.home, name="home"),
    path("pages/<int:page_id>/share/", views.ShareView.as_view(), name="share"),
    path("<int:municipality_id>/", views.OverviewView.as_view(), name="overview"),
    path("<int:municipality_id>/shares/<int:share_id>/stop/", views.StopSharingView.as_view(), name="stop"),
    path("<int:municipality_id>/library/", views.LibraryView.as_view(), name="library"),
    path("<int:municipality_id>/library/<int:page_id>/", views.PreviewView.as_view(), name="preview"),
    path("<int:municipality_id>/library/<int:page_id>/take/", views.TakeView.as_view(), name="take"),
    path("<int:municipality_id>/reuses/<int:reuse_id>/changes/", views.ChangesView.as_view(), name="changes"),
]
