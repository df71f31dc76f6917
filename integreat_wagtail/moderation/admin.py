"""Admin side of moderation: a scoped queue viewset with a decision view, and the dashboard panel.

Usage in a plugin's wagtail_hooks.py::

    scope_model(HousingOffer, action_roles=MODERATION_ACTION_ROLES)

    class HousingOfferViewSet(ModerationViewSet):
        model = HousingOffer
        icon = "home"
        moderation_summary_fields = ["title", "rooms", "cold_rent", "description"]

    @hooks.register("register_admin_viewset")
    def register_viewset():
        return HousingOfferViewSet("housing_offers")

The viewset is scoped like every other (core.scoping): it lists only offers of municipalities
where the user has a role AND the model's plugin is on; other municipalities' offers are refused,
those where the plugin is off give 404. Only moderators and admins
of the offer's municipality may decide (approve / request changes / reject), edit or delete.
Registering the viewset adds its counts to the dashboard panel.
"""

import datetime
from functools import cache

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import BaseButton
from wagtail.admin.views.generic import IndexView

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, lists_own_model
from integreat_wagtail.municipalities.roles import CONTENT_ROLES, PUBLISHING_ROLES

from . import services
from .models import Status

MODERATION_ACTION_ROLES = {
    "moderate": PUBLISHING_ROLES,
    "add": PUBLISHING_ROLES,
    "change": PUBLISHING_ROLES,
    "delete": PUBLISHING_ROLES,
    "view": (*CONTENT_ROLES, "observers"),  # not event managers: events and locations only
}

# model -> (verbose label, index url name); filled when a ModerationViewSet is registered.
REGISTERED = {}


class ModerationViewMixin:
    """The queue's listing loads each row's municipality with it."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return queryset.select_related("municipality") if lists_own_model(self, queryset) else queryset


class ModerationIndexView(IndexView):
    moderate_url_name = None

    def get_list_more_buttons(self, instance):
        """Moderating is what the queue is for: a primary button in the row, not an entry of its menu."""
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission_for_instance(self.request.user, "moderate", instance):
            buttons.insert(0, BaseButton(_("Moderate"), url=reverse(self.moderate_url_name, args=[instance.pk]),
                                         icon_name="tasks", classname="button button-small", priority=5))
        return buttons


def display_value(value):
    """A submitted value as a moderator reads it: “Yes”/“No”, a local date or number, “–” for nothing."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return formats.localize(value)


class ModerationDecisionForm(forms.Form):
    DECISIONS = [
        ("approve", _("Approve and publish")),
        ("request_changes", _("Ask the submitter for changes")),
        ("reject", _("Reject")),
    ]
    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    message = forms.CharField(
        label=_("Message to the submitter"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when you reject or ask for changes. Sent by e-mail in the submitter's language."),
    )

    def __init__(self, *args, status=None, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = {
            Status.PENDING: ("approve", "request_changes", "reject"),
            Status.CHANGES_REQUESTED: ("approve", "reject"),
            Status.APPROVED: ("request_changes", "reject"),
        }.get(status, ())
        self.fields["decision"].choices = [choice for choice in self.DECISIONS if choice[0] in allowed]

    def clean(self):
        data = super().clean()
        if data.get("decision") in ("reject", "request_changes") and not data.get("message", "").strip():
            self.add_error("message", _("Please tell the submitter why."))
        return data


class ModerateView(BaseObjectMixin, WagtailAdminTemplateMixin, FormView):
    """Show a submission with its private contact data and record the moderator's decision."""

    template_name = "moderation/admin/moderate.html"
    form_class = ModerationDecisionForm
    model = None
    permission_policy = None
    index_url_name = None
    edit_url_name = None
    summary_fields = ()
    header_icon = "tasks"

    def get_page_title(self):
        return _("Moderate")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": self.model._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": _("Moderate")},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "status": self.object.status}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meta = self.object._meta
        context["object"] = self.object
        context["fields"] = [
            (meta.get_field(name).verbose_name if name in {f.name for f in meta.get_fields()} else name,
             display_value(getattr(self.object, f"get_{name}_display", lambda name=name: getattr(self.object, name))()))
            for name in self.summary_fields
        ]
        context["edit_url"] = reverse(self.edit_url_name, args=[self.object.pk])
        context["can_decide"] = bool(context["form"].fields["decision"].choices)
        return context

    def form_valid(self, form):
        decision = form.cleaned_data["decision"]
        message = form.cleaned_data.get("message", "")
        try:
            if decision == "approve":
                services.approve(self.object, self.request.user)
            elif decision == "reject":
                services.reject(self.object, self.request.user, message)
            else:
                services.request_changes(self.object, self.request.user, message)
        except ValidationError as error:
            for text in error.messages:
                form.add_error(None, text)
            return self.form_invalid(form)
        messages.success(self.request, _("“%(title)s”: %(status)s.") % {
            "title": self.object, "status": self.object.get_status_display()})
        return redirect(self.index_url_name)


@cache
def _gated(view_class):
    """The view with the one action its object needs (ScopedViewMixin checks it): a moderator's."""
    action = {
        "EditView": "change",
        "DeleteView": "delete",
        "ModerateView": "moderate",
    }
    name = next((action[klass.__name__] for klass in view_class.__mro__ if klass.__name__ in action), "view")
    return type(f"Moderated{view_class.__name__}", (ModerationViewMixin, view_class), {"object_actions": (name,)})


class ModerationViewSet(MunicipalityScopedViewSetMixin, ModelViewSet):
    """Base viewset of a moderation queue; see the module docstring."""

    index_view_class = ModerationIndexView
    moderate_view_class = ModerateView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_filter = ["status"]
    list_display = ["__str__", "municipality", "status", "submitted_at", "expires_at"]
    ordering = ["-submitted_at"]
    moderation_summary_fields = ()
    add_to_admin_menu = True

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(_gated(view_class), **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(moderate_url_name=self.get_url_name("moderate"), **kwargs)

    @property
    def moderate_view(self):
        return self.construct_view(
            self.moderate_view_class,
            model=self.model,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("index"),
            edit_url_name=self.get_url_name("edit"),
            summary_fields=self.moderation_summary_fields,
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(f"moderate/<{self.pk_path_converter}:pk>/", self.moderate_view, name="moderate"),
        ]

    def on_register(self):
        super().on_register()
        REGISTERED[self.model] = (self.model._meta.verbose_name_plural, self.get_url_name("index"))


class ModerationSummaryPanel(Component):
    """Dashboard: pending / live / expiring this week per moderated model, for the user's municipalities."""

    name = "moderation_summary"
    order = 90
    template_name = "moderation/admin/summary_panel.html"

    def __init__(self, rows):
        self.rows = rows

    @classmethod
    def for_user(cls, user):
        from wagtail.permissions import policy_registry

        rows = []
        for model, (label, url_name) in REGISTERED.items():
            policy = policy_registry.get_by_type(model)
            if not policy.user_has_permission(user, "view"):
                continue
            queryset = policy.gate(policy.instances_user_has_any_permission_for(user, ["view"]))
            rows.append({"label": label, "url": reverse(url_name), **queryset.counts()})
        return cls(rows) if rows else None

    def get_context_data(self, parent_context):
        return {"rows": self.rows, "pending_url_suffix": "?status=pending"}


__all__ = ["MODERATION_ACTION_ROLES", "ModerationSummaryPanel", "ModerationViewSet", "ModerateView"]
