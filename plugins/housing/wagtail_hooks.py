"""Admin surfaces of the housing plugin and its home-page teaser, all scoped per municipality."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model
from integreat_wagtail.moderation.admin import MODERATION_ACTION_ROLES, ModerationViewSet
from integreat_wagtail.plugins.slots import slot

from .models import HousingIndexPage, HousingOffer, HousingSettings

scope_model(HousingOffer, action_roles=MODERATION_ACTION_ROLES)
scope_model(HousingSettings, action_roles={"add": ("admins",), "change": ("admins",), "delete": ("admins",)})


class HousingOfferViewSet(ModerationViewSet):
    model = HousingOffer
    icon = "home"
    menu_label = _("Housing offers")
    menu_order = 310
    search_fields = ["title", "district"]
    moderation_summary_fields = [
        "title", "description", "rooms", "living_area", "cold_rent", "additional_costs", "deposit", "available_from",
        "available_until", "district", "street_address", "show_address", "contact_visibility",
    ]


class HousingSettingsViewSet(MunicipalityScopedViewSetMixin, ModelViewSet):
    model = HousingSettings
    icon = "cog"
    menu_label = _("Housing settings")
    menu_order = 311
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["municipality", "currency", "expiry_days", "reminder_days", "retention_days"]
    form_fields = ["municipality", "currency", "expiry_days", "reminder_days", "retention_days"]


@hooks.register("register_admin_viewset")
def register_housing_offers():
    return HousingOfferViewSet("housing_offers")


@hooks.register("register_admin_viewset")
def register_housing_settings():
    return HousingSettingsViewSet("housing_settings")


@slot("home_teasers")
def housing_teaser(context):
    """Number of live offers with a link, only where the plugin is on and an index page exists."""
    page = context.get("page")
    municipality = getattr(page, "municipality", None)
    if municipality is None:
        return ""
    index = HousingIndexPage.for_municipality(municipality, get_language())
    if index is None:
        return ""
    count = HousingOffer.objects.live().filter(municipality=municipality).count()
    return render_to_string("housing/teaser.html", {"url": index.get_url(context.get("request")), "count": count})
