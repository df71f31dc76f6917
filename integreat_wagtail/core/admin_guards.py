"""Guards for Wagtail admin views that check no permission on what they show, by URL name.

Applied in place to the admin URLconf from urls.py, like the guard on wagtail-localize's views
(translations/guards.py): each entry wraps the view in a check, or serves a subclass of it.
- The task chooser (used only in the workflow editor) lists every municipality's tasks and
  workflows to anyone with admin access: only for those who may manage workflows (platform
  admins; no municipal role holds the permission).
- "Confirm workflow cancellation" shows any page's workflow and task names: only for pages the
  user may edit.
- Tag suggestions and tag filters: only tags of media the user may see (`tags.py`).
- The external link chooser fails (500) on a POST without a URL; it answers with the form again.
"""

from functools import update_wrapper, wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.choosers import ExternalLinkChooserForm, URLOrAbsolutePathField
from wagtail.models import Page, Workflow
from wagtail.permissions import policy_registry

from .tags import VisibleTagsChooserMixin, VisibleTagsFilterMixin, scoped_autocomplete


def workflow_managers_only(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not policy_registry.get_by_type(Workflow).user_has_any_permission(request.user, ["add", "change"]):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def page_editable(view):
    @wraps(view)
    def guarded(request, page_id, **kwargs):
        if not get_object_or_404(Page, pk=page_id).permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return view(request, page_id=page_id, **kwargs)

    return guarded


def subclassed(mixin):
    """Serve the view's class with `mixin` in front, built with the same arguments."""

    def replace(upstream):
        view_class = type(f"Scoped{upstream.view_class.__name__}", (mixin, upstream.view_class), {})
        return never_cache(require_admin_access(view_class.as_view(**upstream.view_initkwargs)))

    return replace


class MissingURLIsEmptyField(URLOrAbsolutePathField):
    def to_python(self, value):
        return super().to_python(value or "")  # Wagtail's field fails on a missing value (None)


class ExternalLinkForm(ExternalLinkChooserForm):
    url = MissingURLIsEmptyField(required=True, label=_("URL"))


class ExternalLinkFormMixin:
    form_class = ExternalLinkForm


GUARDS = {
    "wagtailadmin_workflows:task_chooser": workflow_managers_only,
    "wagtailadmin_workflows:task_chooser_results": workflow_managers_only,
    "wagtailadmin_workflows:task_chooser_create": workflow_managers_only,
    "wagtailadmin_workflows:task_chosen": workflow_managers_only,
    "wagtailadmin_pages:confirm_workflow_cancellation": page_editable,
    "wagtailadmin_tag_autocomplete": scoped_autocomplete,
    "wagtailadmin_tag_model_autocomplete": scoped_autocomplete,
    "wagtailimages:index": subclassed(VisibleTagsFilterMixin),
    "wagtailimages:index_results": subclassed(VisibleTagsFilterMixin),
    "wagtaildocs:index": subclassed(VisibleTagsFilterMixin),
    "wagtaildocs:index_results": subclassed(VisibleTagsFilterMixin),
    "wagtailimages_chooser:choose": subclassed(VisibleTagsChooserMixin),
    "wagtailadmin_choose_page_external_link": subclassed(ExternalLinkFormMixin),
}


def _named_patterns(patterns, namespace=""):
    for entry in patterns:
        if hasattr(entry, "url_patterns"):
            inner = f"{namespace}{entry.namespace}:" if getattr(entry, "namespace", None) else namespace
            yield from _named_patterns(entry.url_patterns, inner)
        elif entry.name:
            yield f"{namespace}{entry.name}", entry


def guard_unchecked_admin_urls(admin_urlpatterns):
    """Apply GUARDS to Wagtail's admin URLconf, in place; every name must still exist (an upgrade
    that renames a view must not silently drop its guard)."""
    found = set()
    for name, pattern in _named_patterns(admin_urlpatterns):
        guard = GUARDS.get(name)
        if guard is not None and not getattr(pattern.callback, "integreat_guarded", False):
            view = update_wrapper(guard(pattern.callback), pattern.callback)
            view.integreat_guarded = True
            pattern.callback = view
        if guard is not None:
            found.add(name)
    missing = set(GUARDS) - found
    if missing:
        raise LookupError(f"Admin views to guard not found: {', '.join(sorted(missing))}")
    return admin_urlpatterns
