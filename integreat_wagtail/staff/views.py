"""The staff area: a municipality's admins list, invite, re-assign and deactivate its people.

Every view names its municipality in the URL and answers 403 to anyone who does not administer it
(platform admins administer all); a person who holds no role there is not found (404).
"""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from integreat_wagtail.core.admin_sections import municipality_home, section_refused
from integreat_wagtail.core.scoping import forget_roles
from integreat_wagtail.municipalities import roles
from integreat_wagtail.municipalities.models import Municipality

from . import services
from .access import manageable_municipalities, may_manage
from .forms import InviteForm, RolesForm


def refused(request):
    return section_refused(request, "staff/refused.html", _("Staff"), "group")


def home(request):
    """The menu's target."""
    return municipality_home(request, "staff:index", manageable_municipalities(request.user), refused)


class StaffViewMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.municipality = get_object_or_404(Municipality, pk=kwargs["municipality_id"])
        if not may_manage(request.user, self.municipality):
            return refused(request)
        self.find_objects()
        return super().dispatch(request, *args, **kwargs)

    def find_objects(self):
        """Look up the view's further objects, once the user is known to administer the municipality."""

    def index_url(self):
        return reverse("staff:index", args=[self.municipality.pk])

    def get_page_subtitle(self):
        return self.municipality.name

    def index_breadcrumbs(self):
        label = _("Staff of %(municipality)s") % {"municipality": self.municipality}
        return self.breadcrumbs_items + [{"url": self.index_url(), "label": label}]

    def get_breadcrumbs_items(self):
        return self.index_breadcrumbs() + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(municipality=self.municipality, index_url=self.index_url(), **kwargs)

    def after_change(self):
        """Back to the list; to the dashboard if the user just gave up administering this municipality."""
        forget_roles(self.request.user)
        if may_manage(self.request.user, self.municipality):
            return redirect(self.index_url())
        return redirect("wagtailadmin_home")


class MemberViewMixin(StaffViewMixin):
    """For views of one person, who must hold a role in the municipality."""

    def find_objects(self):
        self.member = get_object_or_404(services.members(self.municipality), pk=self.kwargs["user_id"])

    def get_page_subtitle(self):
        return services.display_name(self.member)

    def get_context_data(self, **kwargs):
        return super().get_context_data(member=self.member, **kwargs)


class IndexView(StaffViewMixin, TemplateView):
    template_name = "staff/index.html"
    page_title = gettext_lazy("Staff")

    def get_breadcrumbs_items(self):
        return self.index_breadcrumbs()

    def get_header_buttons(self):
        url = reverse("staff:invite", args=[self.municipality.pk])
        return [HeaderButton(_("Invite"), url=url, icon_name="plus")]

    def get_context_data(self, **kwargs):
        people = [
            (person, [roles.get(key).label for key in services.roles_of(person, self.municipality)])
            for person in services.members(self.municipality)
        ]
        switcher = manageable_municipalities(self.request.user).order_by("name")
        return super().get_context_data(
            people=people, switcher=switcher if len(switcher) > 1 else None, **kwargs
        )


class InviteView(StaffViewMixin, FormView):
    template_name = "staff/invite.html"
    form_class = InviteForm
    page_title = gettext_lazy("Invite")

    def get_context_data(self, **kwargs):
        return super().get_context_data(roles=roles.ROLES, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.invite(
                self.municipality, email=data["email"], name=data["name"], role_keys=data["roles"],
                by=self.request.user, base_url=self.request.build_absolute_uri("/"),
                language=translation.get_language(),
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        except OSError as error:  # smtplib's errors included; the transaction has been rolled back
            form.add_error(None, _("The invitation could not be sent (%(error)s). Nothing was changed.") % {"error": error})
            return self.form_invalid(form)
        messages.success(self.request, _("Invitation sent to %(email)s.") % {"email": data["email"]})
        return redirect(self.index_url())


class MemberView(MemberViewMixin, FormView):
    template_name = "staff/member.html"
    form_class = RolesForm
    page_title = gettext_lazy("Roles")

    def get_initial(self):
        return {"roles": services.roles_of(self.member, self.municipality)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(roles=roles.ROLES, **kwargs)

    def form_valid(self, form):
        try:
            changed = services.set_roles(self.municipality, self.member, form.cleaned_data["roles"], by=self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        if changed:
            messages.success(self.request, _("Roles of %(name)s changed.") % {"name": services.display_name(self.member)})
        return self.after_change()


class DeactivateView(MemberViewMixin, TemplateView):
    template_name = "staff/deactivate.html"
    page_title = gettext_lazy("Deactivate")

    def get_context_data(self, **kwargs):
        held = ", ".join(str(roles.get(key).label) for key in services.roles_of(self.member, self.municipality))
        return super().get_context_data(roles_here=held, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            switched_off = services.deactivate(self.municipality, self.member, by=request.user)
        except ValidationError as error:
            return self.render_to_response(self.get_context_data(errors=error.messages))
        name = services.display_name(self.member)
        if switched_off:
            messages.success(request, _("%(name)s no longer has a role anywhere; the account is deactivated.") % {"name": name})
        else:
            messages.success(request, _("%(name)s no longer has a role in %(municipality)s.") % {
                "name": name, "municipality": self.municipality})
        return self.after_change()


class AcceptInvitationView(auth_views.PasswordResetConfirmView):
    """The invited person chooses a password; Django's token makes the link work once."""

    template_name = "staff/accept.html"
    success_url = reverse_lazy("wagtailadmin_login")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context["validlink"]:
            context["username"] = self.user.get_username()
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is set. Log in with your e-mail address."))
        return response
