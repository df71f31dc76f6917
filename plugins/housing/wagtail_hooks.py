"""Admin surfaces of the housing plugin and its home-page teaser, all scoped per municipality."""

from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail import hooks
from wagtail.admin.views.generic.base import BaseObjectMixin
from wagtail.admin.viewsets.model import ModelViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model
from integreat_wagtail.moderation.admin import MODERATION_ACTION_ROLES, ModerateView, ModerationViewSet
from integreat_wagtail.plugins.pages import index_page
from integreat_wagtail.plugins.slots import slot

from .models import HousingIndexPage, HousingOffer, HousingPhoto, HousingSettings
from .views import photo_response

scope_model(HousingOffer, action_roles=MODERATION_ACTION_ROLES)
scope_model(HousingSettings, action_roles={"add": ("admins",), "change": ("admins",), "delete": ("admins",)})


class AdminPhotoView(BaseObjectMixin, View):
    """A photo of an offer in any state, for whoever may view the offer in the admin.

    The viewset gates it like its other views: plugin off → 404, another municipality → refused.
    """

    permission_policy = None

    def get(self, request, pk, photo_id):
        response = photo_response(get_object_or_404(HousingPhoto, offer=self.object, pk=photo_id))
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response


class HousingModerateView(ModerateView):
    """The moderation page with the offer's photos: moderators judge them before anyone else sees them."""

    template_name = "housing/admin/moderate.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["photos"] = [(photo, reverse("housing_offers:photo", args=[self.object.pk, photo.pk]))
                             for photo in self.object.photos.order_by("sort_order", "pk")]
        return context


class HousingOfferViewSet(ModerationViewSet):
    model = HousingOffer
    icon = "home"
    menu_label = _("Housing offers")
    menu_order = 310
    search_fields = ["title", "district"]
    moderate_view_class = HousingModerateView
    moderation_summary_fields = [
        "title", "description", "rooms", "living_area", "cold_rent", "additional_costs", "deposit", "available_from",
        "available_until", "district", "street_address", "show_address", "contact_visibility",
    ]

    def get_urlpatterns(self):
        photo_view = self.construct_view(AdminPhotoView, permission_policy=self.permission_policy)
        return super().get_urlpatterns() + [
            path(f"photo/<{self.pk_path_converter}:pk>/<int:photo_id>/", photo_view, name="photo"),
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
    index = index_page(HousingIndexPage, municipality, get_language(), municipality.default_language)
    if index is None:
        return ""
    count = HousingOffer.objects.live().filter(municipality=municipality).count()
    return render_to_string("housing/teaser.html", {"url": index.get_url(context.get("request")), "count": count})
