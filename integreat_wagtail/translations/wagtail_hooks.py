from django.urls import path
from wagtail import hooks

from .views import SubmitMunicipalityPageTranslationView, SubmitMunicipalitySnippetTranslationView, machine_translate


@hooks.register("register_admin_urls")
def override_submit_translation_urls():
    """Registered before wagtail_localize's own URLs (app order), so these paths win."""
    return [
        path("localize/submit/page/<int:page_id>/", SubmitMunicipalityPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitMunicipalitySnippetTranslationView.as_view(),
        ),
        path("localize/translate/<int:translation_id>/machine_translate/", machine_translate),
    ]
