from django.urls import path

from . import views

app_name = "locations"

urlpatterns = [
    path("<str:language_code>/<slug:municipality_slug>/locations/", views.location_list, name="list"),
    path("<str:language_code>/<slug:municipality_slug>/locations/<int:pk>/", views.location_detail, name="detail"),
]
