"""One guard on every URL that wagtail-localize adds to the admin.

wagtail-localize checks its global `submit_translation` permission (for snippets, Django model
permissions), never the municipality of the object. Every URL name of its admin URLconf gets an
entry here: a check on the object the URL names, or our subclass of its view (`views.py`). A
name without an entry is refused, so a view added by an upgrade stays closed until someone
decides who may use it; tests/test_translation_guards.py enumerates the patterns from the resolver.
"""

from functools import update_wrapper, wraps

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_localize.models import Translation

from . import views, views_files
from .permissions import user_can_edit_instance, user_can_publish_instance

NAMESPACE = "wagtail_localize"


def open_to_admin_users(view):
    """Nothing municipal behind it (the JavaScript catalogue)."""
    return view


def target_editable(view):
    """The translation editor's endpoints: edit rights on the translated object (the target)."""

    @wraps(view)
    def guarded(request, translation_id, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not user_can_edit_instance(request.user, target):
            raise PermissionDenied
        return view(request, translation_id=translation_id, **kwargs)

    return guarded


def page_publishable(view):
    """"Convert to alias" gives the page the source's published content and live status: publishing."""

    @wraps(view)
    def guarded(request, page_id, **kwargs):
        page = get_object_or_404(Page, pk=page_id)
        if not (user_can_edit_instance(request.user, page) and user_can_publish_instance(request.user, page)):
            raise PermissionDenied
        return view(request, page_id=page_id, **kwargs)

    return guarded


def replaced_by(view):
    def replace(_upstream):
        return view

    return replace


def refuse(_upstream):
    def refused(request, *args, **kwargs):
        raise PermissionDenied

    return refused


GUARDS = {
    "javascript_catalog": open_to_admin_users,
    "submit_page_translation": replaced_by(views.SubmitMunicipalityPageTranslationView.as_view()),
    "submit_snippet_translation": replaced_by(views.SubmitMunicipalitySnippetTranslationView.as_view()),
    "update_translations": replaced_by(views.SyncFromLiveView.as_view()),
    "edit_string_translation": target_editable,
    "edit_override": target_editable,
    "download_pofile": target_editable,
    "upload_pofile": replaced_by(target_editable(views_files.upload_pofile)),
    "machine_translate": replaced_by(target_editable(views.machine_translate)),
    "preview_translation": target_editable,
    "stop_translation": target_editable,
    "convert_to_alias": page_publishable,
    "translations_report": replaced_by(views.MunicipalityTranslationsReportView.as_view()),
    "translations_report_results": replaced_by(views.MunicipalityTranslationsReportView.as_view(results_only=True)),
    "snippets_api_listing": replaced_by(views.ScopedSnippetViewSet.as_view({"get": "list"})),
    "snippets_api_detail": replaced_by(views.ScopedSnippetViewSet.as_view({"get": "retrieve"})),
}


def localize_patterns(patterns):
    """Every URL pattern inside wagtail-localize's namespace, nested includes too."""
    for entry in patterns:
        if getattr(entry, "namespace", None) == NAMESPACE:
            yield from _leaves(entry.url_patterns)
        elif hasattr(entry, "url_patterns"):
            yield from localize_patterns(entry.url_patterns)


def _leaves(patterns):
    for entry in patterns:
        if hasattr(entry, "url_patterns"):
            yield from _leaves(entry.url_patterns)
        else:
            yield entry


def guard_localize_urls(admin_urlpatterns):
    """Put the guard of its name (or `refuse`) in front of every wagtail-localize view, in place,
    the way Wagtail's own `decorate_urlpatterns` adds the admin access check."""
    for pattern in localize_patterns(admin_urlpatterns):
        if getattr(pattern.callback, "integreat_guard", None) is None:
            guard = GUARDS.get(pattern.name, refuse)
            view = update_wrapper(require_admin_access(guard(pattern.callback)), pattern.callback)
            view.integreat_guard = guard
            pattern.callback = view
    return admin_urlpatterns
