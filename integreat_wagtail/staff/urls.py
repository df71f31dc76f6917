"""Admin URLs of the staff area (registered under /admin/staff/ by wagtail_hooks)."""

from django.urls import path

from . import views

app_name = "staff"

urlpatterns = [
    path("", views.home, name="home"),
    path("<int:municipality_id>/", views.IndexView.as_view(), name="index"),
    path("<int:municipality_id>/invite/", views.InviteView.as_view(), name="invite"),
    path("<int:municipality_id>/<int:user_id>/", views.MemberView.as_view(), name="member"),
    path("<int:municipality_id>/<int:user_id>/deactivate/", views.DeactivateView.as_view(), name="deactivate"),
]
