"""Admin surfaces (scoped per municipality and gated by the plugin) and the home-page teaser."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.admin.views.generic import CreateView
from wagtail.snippets.views.snippets import SnippetViewSet

from integreat_wagtail.core.scoping import (
    MunicipalityScopedViewSetMixin,
    ScopedViewMixin,
    lists_own_model,
    scope_model,
    user_municipality_ids,
)
from integreat_wagtail.moderation.admin import MODERATION_ACTION_ROLES, ModerationViewSet, enabled_municipality_ids
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.slots import slot

from .models import CounsellingService, JobOffer

PLUGIN = "labour"


def allowed_services(queryset, user):
    """Services the user may see: own municipalities (all for platform admins) where labour is on."""
    queryset = queryset.filter(municipality__in=enabled_municipality_ids(PLUGIN))
    if user.is_superuser:
        return queryset
    return queryset.filter(municipality_id__in=user_municipality_ids(user))


class PluginGateViewMixin:
    """Municipalities where the plugin is off: their services are not listed (404 when addressed)."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if not lists_own_model(self, queryset):
            return queryset
        return queryset.filter(municipality__in=enabled_municipality_ids(PLUGIN))

    def get_object(self, *args, **kwargs):
        if isinstance(self, CreateView):
            # Create views have no object; the scoping mixin would refuse None (reported to the lead).
            return None
        instance = super().get_object(*args, **kwargs)
        if instance is not None and not is_enabled(instance.municipality, PLUGIN):
            raise Http404
        return instance

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        field = getattr(form, "fields", {}).get("municipality")
        if field is not None:
            field.queryset = field.queryset.filter(pk__in=enabled_municipality_ids(PLUGIN))
        return form


_gated_classes = {}


def _gated(view_class):
    """Gate outside the municipality scoping: PluginGate → ScopedViewMixin → Wagtail's view."""
    if view_class not in _gated_classes:
        _gated_classes[view_class] = type(
            f"LabourGated{view_class.__name__}", (PluginGateViewMixin, ScopedViewMixin, view_class), {}
        )
    return _gated_classes[view_class]


class ScopedServiceListMixin:
    def get_object_list(self):
        return allowed_services(super().get_object_list(), self.request.user).select_related("locale")


class ServiceChooseView(ScopedServiceListMixin, ChooseView):
    pass


class ServiceChooseResultsView(ScopedServiceListMixin, ChooseResultsView):
    pass


class ServiceChosenView(SnippetChosenView):
    def get_object(self, pk):
        instance = super().get_object(pk)
        if not allowed_services(CounsellingService.objects.filter(pk=instance.pk), self.request.user).exists():
            raise PermissionDenied
        return instance


class ServiceChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return allowed_services(super().get_objects(pks), self.request.user)


class CounsellingServiceChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ServiceChooseView
    choose_results_view_class = ServiceChooseResultsView
    chosen_view_class = ServiceChosenView
    chosen_multiple_view_class = ServiceChosenMultipleView
    creation_form_class = None  # create services in the full editor, where the municipality is scoped


class CounsellingServiceViewSet(MunicipalityScopedViewSetMixin, SnippetViewSet):
    model = CounsellingService
    icon = "group"
    menu_label = _("Counselling services")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["organisation", "name", "municipality", "locale"]
    list_filter = ["municipality"]
    search_fields = ["organisation", "name", "description"]
    search_backend_name = None  # the database backend cannot search only these fields (500); the ORM can
    chooser_viewset_class = CounsellingServiceChooserViewSet
    inspect_view_enabled = True
    copy_view_enabled = False

    def construct_view(self, view_class, **kwargs):
        # Skip MunicipalityScopedViewSetMixin.construct_view: _gated() already includes its ScopedViewMixin.
        return SnippetViewSet.construct_view(self, _gated(view_class), **kwargs)


class JobOfferViewSet(ModerationViewSet):
    """Moderation queue of job offers: the same mechanism (and dashboard panel) as housing."""

    model = JobOffer
    icon = "doc-full"
    menu_label = _("Job offers")
    menu_order = 240
    list_display = ["__str__", "municipality", "employment_type", "status", "submitted_at", "expires_at"]
    list_filter = ["status", "employment_type", "recognition_needed"]
    search_fields = ["title", "employer", "description"]
    moderation_summary_fields = [
        "employer", "title", "description", "employment_type", "start_date", "town", "cefr_level",
        "recognition_needed", "salary_min", "salary_max", "contact_email", "application_url", "expires_at",
    ]


scope_model(CounsellingService)
scope_model(JobOffer, action_roles=MODERATION_ACTION_ROLES)
register_snippet(CounsellingServiceViewSet)


@hooks.register("register_admin_viewset")
def register_job_offer_viewset():
    return JobOfferViewSet("labour_job_offers")


@slot("home_teasers")
def labour_teaser(context):
    """On the municipality's home page: the way into the labour section, with the number of jobs."""
    from .api import live_offers
    from .models import LabourIndexPage
    from .views import subpage_url

    page = context.get("page")
    request = context.get("request")
    if page is None or getattr(page, "municipality", None) is None:
        return ""
    root = page.municipality_page
    section = LabourIndexPage.objects.live().public().child_of(root).first()
    if section is None:
        return ""
    return render_to_string(
        "labour/includes/home_teaser.html",
        {
            "section": section,
            "section_url": section.get_url(request=request),
            "counselling_url": subpage_url(section, request, "counselling_listing"),
            "jobs_url": subpage_url(section, request, "job_listing"),
            "job_count": live_offers(root.municipality, root.locale.language_code).count(),
        },
        request=request,
    )
