"""Admin surfaces (scoped and gated by core.scoping like every plugin's) and the home-page teaser."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model
from integreat_wagtail.moderation.admin import MODERATION_ACTION_ROLES, ModerationViewSet
from integreat_wagtail.plugins.slots import slot

from .models import CounsellingService, JobOffer


class CounsellingServiceChooserViewSet(SnippetChooserViewSet):
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
