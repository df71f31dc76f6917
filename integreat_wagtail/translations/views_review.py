"""Editors finish a translation: "Submit for review" in wagtail-localize's translation editor.

wagtail-localize's editor saves each string as it is typed, but writes the page (and publishes it)
only through its "Publish" button, which it offers to people with publish rights alone. An editor
of a municipality that publishes by review could translate every string and still not hand the
result in. This view writes the translated strings into a new draft revision of the translated
page and starts (or resumes, or restarts for the new revision) the workflow that applies to it —
the municipality's review workflow, so its moderators approve translations like any page.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def submit_translation_for_review(translation, user):
    """Draft revision from the translated strings, then the page's workflow on it; returns the workflow."""
    page = translation.get_target_instance()
    workflow = page.get_workflow()
    if workflow is None:
        raise ValidationError(_("No review applies to this page: whoever may publish it publishes it directly."))
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        raise ValidationError(_("This translation is already waiting for review."))
    with transaction.atomic():
        translation.save_target(user=user, publish=False)
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        else:
            if state is not None:  # in review already: the new revision replaces the one under review
                state.cancel(user=user)
            workflow.start(page, user)
    return workflow


class SubmitTranslationForReviewView(View):
    """POST only; for people who may edit the translated page."""

    def post(self, request, translation_id):
        translation = get_object_or_404(Translation, pk=translation_id)
        try:
            page = translation.get_target_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not isinstance(page, Page):
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        try:
            workflow = submit_translation_for_review(translation, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("The %(language)s translation of “%(title)s” was submitted to “%(workflow)s”.")
                % {
                    "language": translation.target_locale.get_display_name(),
                    "title": page.get_admin_display_title(),
                    "workflow": workflow.name,
                },
            )
        return redirect("wagtailadmin_pages:edit", page.pk)  # wagtail-localize's translation editor
