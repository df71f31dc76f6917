"""Admin: "Translate this section into…" on a page of the municipality's default language (`subtree.py`),
run as a background task (`tasks.py`)."""

import requests
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from django_tasks import TaskResultStatus
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page

from .machine import MachineTranslationError
from .subtree import check_request, language_name, target_languages
from .tasks import translate_subtree_task


class SubtreeTranslationForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language"))

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, language_name(code)) for code in target_languages(page)]


class TranslateSubtreeView(WagtailAdminTemplateMixin, FormView):
    """Only for people who may edit the page (and so, by Wagtail's tree rules, everything below it)."""

    form_class = SubtreeTranslationForm
    template_name = "translations/translate_subtree.html"
    header_icon = "globe"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Translate “%(title)s” and its subpages") % {"title": self.page.get_admin_display_title()}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "page": self.page}

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, **kwargs)

    def form_valid(self, form):
        code = form.cleaned_data["language"]
        try:
            check_request(self.page, code)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        result = translate_subtree_task.enqueue(self.page.pk, code, self.request.user.pk)
        if result.status == TaskResultStatus.FAILED:
            form.add_error(None, failure_message(result))
            return self.form_invalid(form)
        language = language_name(code)
        if result.status == TaskResultStatus.SUCCESSFUL:  # the immediate backend ran it already
            counts = result.return_value
            messages.success(
                self.request,
                _("%(created)d draft translations into %(language)s created (%(machine)d machine-translated), "
                  "%(existing)d pages were already translated.")
                % {
                    "created": counts["created"], "language": language,
                    "machine": counts["machine_translated"], "existing": counts["already_translated"],
                },
            )
        else:
            messages.success(
                self.request,
                _("Translating “%(title)s” and its subpages into %(language)s has started. The drafts appear "
                  "here within a few minutes; nothing is published.")
                % {"title": self.page.get_admin_display_title(), "language": language},
            )
        return redirect("wagtailadmin_explore", self.page.pk)


def failure_message(result):
    """What the editor reads when the task failed at once (the immediate backend runs it in the request)."""
    unreachable = (requests.RequestException, MachineTranslationError)
    if any(issubclass(error.exception_class, unreachable) for error in result.errors):
        return _("The machine translator could not be reached; nothing was translated. Try again later.")
    return _("The translation failed; nothing was translated. Try again later.")


def translate_subtree_button(page, user, view_name=None, next_url=None):
    """`register_page_header_buttons`: shown on pages of the default language to people who may edit them."""
    if target_languages(page) and page.permissions_for_user(user).can_edit():
        yield ListingButton(
            _("Translate this section into…"), reverse("translate_subtree", args=[page.pk]),
            priority=62, icon_name="globe",
        )
