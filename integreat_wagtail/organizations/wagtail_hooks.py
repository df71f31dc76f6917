"""Admin: a municipality's admins manage its organizations and their members; its other staff read."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model

from .forms import MANAGING_ROLES, OrganizationForm
from .members import update_members
from .models import Organization


class MembersMixin:
    """After the organization is saved, apply the member changes of the form (invitations need the request)."""

    def save_instance(self):
        with transaction.atomic():
            instance = super().save_instance()
            data = self.form.cleaned_data
            update_members(
                instance, add=data.get("users_to_add", ()), remove=data.get("remove_members", ()),
                invite_emails=data.get("emails_to_invite", ()), request=self.request,
            )
        return instance


class OrganizationCreateView(MembersMixin, generic.CreateView):
    pass


class OrganizationEditView(MembersMixin, generic.EditView):
    pass


class OrganizationViewSet(MunicipalityScopedViewSetMixin, ModelViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organizations")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "slug", "municipality", "website"]
    search_fields = ["name", "slug"]
    inspect_view_enabled = True
    inspect_view_fields = ["municipality", "name", "slug", "website", "contact_email", "logo", "member_list"]
    copy_view_enabled = False
    add_view_class = OrganizationCreateView
    edit_view_class = OrganizationEditView
    edit_handler = ObjectList(
        [
            FieldPanel("municipality"),
            FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
            FieldRowPanel([FieldPanel("website"), FieldPanel("contact_email")]),
            FieldPanel("logo"),
            MultiFieldPanel([FieldPanel("add_members"), FieldPanel("remove_members")], heading=_("Members")),
        ],
        base_form_class=OrganizationForm,
    )


# Admins of the municipality manage organizations; every role there reads them.
scope_model(Organization, "municipality", {action: MANAGING_ROLES for action in ("add", "change", "delete")})
organization_viewset = OrganizationViewSet("organizations")


@hooks.register("register_admin_viewset")
def register_organization_viewset():
    return organization_viewset


@hooks.register("register_log_actions")
def register_member_log_action(actions):
    actions.register_action("integreat.organization_members", _("Change members"), _("Organization members changed"))
