from django.urls import path
from wagtail import hooks

from . import views_files
from .guards import target_editable
from .minor_changes import MinorChangeMenuItem, record_minor_change, register_log_action
from .outdated_notice import notify_outdated_translations
from .views_review import SubmitTranslationForReviewView
from .views_status import TranslationStatusIndexView, TranslationStatusView, menu_item
from .views_subtree import TranslateSubtreeView, translate_subtree_button

hooks.register("register_log_actions", register_log_action)
hooks.register("after_publish_page", record_minor_change)


@hooks.register("register_page_action_menu_item")
def register_minor_change_menu_item():
    return MinorChangeMenuItem()


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("translations/status/", TranslationStatusIndexView.as_view(), name="translation_status_index"),
        path("translations/status/<int:municipality_id>/", TranslationStatusView.as_view(), name="translation_status"),
    ]


hooks.register("register_reports_menu_item", menu_item)

hooks.register("after_publish_page", notify_outdated_translations)
hooks.register("register_page_header_buttons", translate_subtree_button)


@hooks.register("register_admin_urls")
def register_translate_subtree_url():
    return [path("translations/subtree/<int:page_id>/", TranslateSubtreeView.as_view(), name="translate_subtree")]


@hooks.register("register_admin_urls")
def register_submit_for_review_url():
    return [
        path(
            "translations/<int:translation_id>/submit-for-review/", SubmitTranslationForReviewView.as_view(),
            name="translation_submit_for_review",
        )
    ]


@hooks.register("register_admin_urls")
def register_translation_file_urls():
    return [
        path(
            "translations/<int:translation_id>/xliff/", target_editable(views_files.download_xliff),
            name="translation_download_xliff",
        ),
        path(
            "translations/<int:translation_id>/xliff/upload/", target_editable(views_files.upload_xliff),
            name="translation_upload_xliff",
        ),
    ]
