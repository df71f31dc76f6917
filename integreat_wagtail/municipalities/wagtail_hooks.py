"""Admin: platform admins onboard municipalities; a municipality's admins edit its settings."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext, gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import AbstractPage
from wagtail.permissions import register_permission_policy

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model

from .forms import MunicipalityForm
from .models import Municipality
from .page_policy import ExploringPagePermissionPolicy
from .review_reminders import add_review_reminders_panel
from .summary import scope_page_summary


# Replaces Wagtail's policy for every page type (observers explore read-only).
register_permission_policy(AbstractPage, ExploringPagePermissionPolicy())


class UserAwareFormMixin:
    """The form records who switched plugins or added languages (audit log)."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


class MunicipalityCreateView(UserAwareFormMixin, generic.CreateView):
    pass


class MunicipalityEditView(UserAwareFormMixin, generic.EditView):
    pass


class MunicipalityDeleteView(generic.DeleteView):
    """A municipality owns page trees, media, groups and users: a click here would fail half-way
    ("referenced 20 times"), so the admin points to the command that lists and removes everything."""

    def get(self, request, *args, **kwargs):
        messages.warning(request, gettext(
            "%(name)s cannot be deleted here: its pages, media, groups and staff go with it. A platform "
            "administrator removes it on the server with “manage.py remove_municipality %(slug)s”, which first "
            "lists everything that would be deleted; “--confirm” then deletes it."
        ) % {"name": self.object.name, "slug": self.object.slug})
        return redirect(self.edit_url_name, self.object.pk)

    post = get


class MunicipalityViewSet(MunicipalityScopedViewSetMixin, ModelViewSet):
    model = Municipality
    form_fields = None
    icon = "site"
    menu_label = _("Municipalities")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "slug", "kind", "default_language", "language_codes", "enabled_plugins"]
    list_filter = ["kind", "is_template"]
    search_fields = ["name", "slug", "postal_codes"]
    inspect_view_enabled = True
    copy_view_enabled = False

    add_view_class = MunicipalityCreateView
    edit_view_class = MunicipalityEditView
    delete_view_class = MunicipalityDeleteView

    def get_form_class(self, for_update=False):
        return MunicipalityForm


# Only platform admins create or delete municipalities; its admins change it; its staff see it.
scope_model(Municipality, "pk", {"add": (), "delete": (), "change": ("admins",)})
municipality_viewset = MunicipalityViewSet("municipalities")


@hooks.register("register_admin_viewset")
def register_municipality_viewset():
    return municipality_viewset


@hooks.register("register_log_actions")
def register_plugin_log_actions(actions):
    actions.register_action("integreat.plugin_enabled", _("Enable plugin"), _("Plugin enabled"))
    actions.register_action("integreat.plugin_disabled", _("Disable plugin"), _("Plugin disabled"))
    actions.register_action("integreat.publishing_changed", _("Change publishing"), _("Publishing changed"))
    actions.register_action("integreat.municipality_imported", _("Import municipality"), _("Imported from an archive"))


hooks.register("construct_homepage_summary_items", scope_page_summary, order=100)  # after Wagtail adds its item


hooks.register("construct_homepage_panels", add_review_reminders_panel)
