"""wagtail-localize's views, limited to the municipality of the object they work on.

Installed in place of wagtail-localize's own by `guards.py`. Wagtail has one global set of
locales and wagtail-localize checks only its global `submit_translation` permission: without
these, an editor could translate (and publish) another municipality's pages, into any platform
language, and a sync would publish whatever the source holds.
"""

import contextlib

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import report, snippets_api
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView

from integreat_wagtail.municipalities.pages import municipality_for

from .machine_translate import fill_translation
from .permissions import translations_user_may_edit, user_can_edit_instance, user_can_publish_instance


def municipality_of(instance):
    if isinstance(instance, Page):
        return municipality_for(instance)
    return getattr(instance, "municipality", None)


def live_version(instance):
    """The published state of `instance` (a snippet without drafts is always live); None if never published."""
    if not isinstance(instance, DraftStateMixin):
        return instance
    if not instance.live:
        return None
    return instance.live_revision.as_object() if instance.live_revision else instance


class ForeignReference(Exception):
    """A translated object refers to something the user may not edit."""


class MunicipalitySubmitMixin:
    """Translating needs edit rights on the source (its translations go into the same municipality),
    and only into the municipality's own languages. New translations are drafts
    (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off): they still hold the source language."""

    def get_object(self):
        instance = super().get_object()
        if not user_can_edit_instance(self.request.user, instance):
            raise PermissionDenied
        return instance

    def get_form(self):
        form = super().get_form()
        municipality = municipality_of(self.object)
        if municipality is not None:
            allowed = Locale.objects.filter(language_code__in=municipality.language_codes)
            form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form

    def form_valid(self, form):
        """wagtail-localize also translates the snippets the object refers to (an event's location):
        each must be the user's to edit too, or nothing is created."""
        try:
            with transaction.atomic():
                source, _created = TranslationSource.get_or_create_from_instance(self.object)
                for segment in source.relatedobjectsegment_set.select_related("object"):
                    with contextlib.suppress(ObjectDoesNotExist):
                        related = segment.object.get_instance(self.object.locale)
                        if not user_can_edit_instance(self.request.user, related):
                            raise ForeignReference(related)
                return super().form_valid(form)
        except ForeignReference as error:
            messages.error(
                self.request,
                _("“%(object)s” refers to “%(related)s”, which you may not edit, so it cannot be translated.")
                % {"object": self.object, "related": error.args[0]},
            )
            return self.render_to_response(self.get_context_data(), status=403)


class SubmitMunicipalityPageTranslationView(MunicipalitySubmitMixin, SubmitPageTranslationView):
    pass


class SubmitMunicipalitySnippetTranslationView(MunicipalitySubmitMixin, SubmitSnippetTranslationView):
    pass


class SyncForm(UpdateTranslationsForm):
    def __init__(self, *args, may_publish, source_is_live, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_publish = may_publish
        self.source_is_live = source_is_live
        if not may_publish:  # no checkbox; the template says why
            self.fields["publish_translations"].widget = forms.HiddenInput()

    def clean_publish_translations(self):
        publish = self.cleaned_data["publish_translations"]
        if publish and not self.may_publish:
            raise ValidationError(_("You may not publish these translations."))
        return publish

    def clean(self):
        if not self.source_is_live:
            raise ValidationError(
                _("The original has not been published yet. Translations are updated from its published version only.")
            )
        return super().clean()


class SyncFromLiveView(UpdateTranslationsView):
    """"Update existing translations", from the source's live version only, published only by
    people who may publish every target."""

    def get_object(self):
        source = super().get_object()
        try:
            self.source_instance = source.get_source_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not user_can_edit_instance(self.request.user, self.source_instance):
            raise PermissionDenied
        return source

    def enabled_translations(self):
        return self.object.translations.filter(enabled=True).select_related("source", "target_locale")

    def may_publish(self):
        user = self.request.user
        if not user_can_publish_instance(user, self.source_instance):
            return False
        for translation in self.enabled_translations():
            with contextlib.suppress(ObjectDoesNotExist):  # a missing target is created beside the source
                if not user_can_publish_instance(user, translation.get_target_instance()):
                    return False
        return True

    def get_form(self):
        return SyncForm(
            self.request.POST if self.request.method == "POST" else None,
            may_publish=self.may_publish(),
            source_is_live=live_version(self.source_instance) is not None,
        )

    @transaction.atomic
    def form_valid(self, form):
        TranslationSource.update_or_create_from_instance(live_version(self.source_instance))
        self.object.refresh_from_db()
        translations = list(self.enabled_translations())
        if form.cleaned_data.get("use_machine_translation"):
            municipality = municipality_of(self.source_instance)
            for translation in translations:
                with contextlib.suppress(ObjectDoesNotExist):  # a missing target is created beside the source
                    if not user_can_edit_instance(self.request.user, translation.get_target_instance()):
                        raise PermissionDenied
                report_fill(self.request, fill_translation(translation, self.request.user, municipality))
        for translation in translations:
            with contextlib.suppress(ValidationError):
                if form.cleaned_data["publish_translations"]:
                    translation.save_target(user=self.request.user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())


class MunicipalityTranslationsReportView(report.TranslationsReportView):
    def get_queryset(self):
        return translations_user_may_edit(self.request.user, super().get_queryset())


class ScopedSnippetViewSet(snippets_api.SnippetViewSet):
    """The snippet listing the translation editor reads, limited by the model's permission policy."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.get_model())
        return policy.instances_user_has_any_permission_for(self.request.user, ["add", "change", "delete", "view"])



@require_POST
def machine_translate(request, translation_id):
    """The editor's "Translate with …" button: memory first, then the service, within the budget."""
    translation = get_object_or_404(Translation, pk=translation_id)
    target = translation.get_target_instance()
    result = fill_translation(translation, request.user, municipality_of(target))
    report_fill(request, result)
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def report_fill(request, result):
    if result.from_memory:
        messages.success(
            request,
            ngettext(
                "%(count)s text was taken from the translation memory.",
                "%(count)s texts were taken from the translation memory.",
                result.from_memory,
            ) % {"count": result.from_memory},
        )
    if result.from_machine:
        messages.success(
            request,
            ngettext(
                "%(count)s text was translated with %(service)s; please review it.",
                "%(count)s texts were translated with %(service)s; please review them.",
                result.from_machine,
            ) % {"count": result.from_machine, "service": result.service},
        )
    if result.refused:
        messages.error(request, result.refused)
    elif not (result.from_memory or result.from_machine):
        messages.warning(request, _("There isn't anything left to translate."))
