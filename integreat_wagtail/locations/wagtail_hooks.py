"""Admin for locations: a snippet viewset and chooser scoped to the editor's municipalities."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model
from integreat_wagtail.municipalities.roles import EVENT_ROLES

from .models import Location, LocationCategory


class LocationViewSet(MunicipalityScopedViewSetMixin, SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "category", "town", "municipality"]
    list_filter = ["category", "barrier_free", "temporarily_closed"]
    search_fields = ["name", "address", "town"]
    search_backend_name = None  # the database backend cannot search only these fields (500); the ORM can
    inspect_view_enabled = True


class LocationCategoryViewSet(SnippetViewSet):
    """Categories are platform-wide; only platform admins (model permissions) change them."""

    model = LocationCategory
    icon = "tag"
    menu_label = _("Location categories")
    add_to_settings_menu = True
    list_display = ["name", "icon", "color"]


scope_model(Location, action_roles={action: EVENT_ROLES for action in ("add", "change", "delete")})  # events need places
register_snippet(LocationViewSet)
register_snippet(LocationCategoryViewSet)
