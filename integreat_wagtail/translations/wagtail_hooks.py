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


@hooks.register("register_log_actions")
def register_minor_change_log_action(actions):
    from .minor_changes import register_log_action

    register_log_action(actions)


@hooks.register("register_page_action_menu_item")
def register_minor_change_menu_item():
    from .minor_changes import MinorChangeMenuItem

    return MinorChangeMenuItem()


@hooks.register("after_publish_page")
def record_minor_change(request, page):
    from .minor_changes import record_minor_change

    record_minor_change(request, page)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    from .views_status import TranslationStatusIndexView, TranslationStatusView

    return [
        path("translations/status/", TranslationStatusIndexView.as_view(), name="translation_status_index"),
        path("translations/status/<int:municipality_id>/", TranslationStatusView.as_view(), name="translation_status"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    from .views_status import menu_item

    return menu_item()
