"""Admin for locations: a snippet viewset and chooser scoped to the editor's municipalities."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model, user_municipality_ids
from integreat_wagtail.municipalities.roles import EVENT_ROLES

from .models import Location, LocationCategory


def _allowed(queryset, user):
    if user.is_superuser:
        return queryset
    return queryset.filter(municipality_id__in=user_municipality_ids(user))


class ScopedCreationFormMixin:
    """The chooser's inline "create" form only offers the municipalities where the user may add
    locations (an observer's municipality is not among them)."""

    def get_creation_form(self):
        form = super().get_creation_form()
        field = form.fields.get("municipality") if form is not None else None
        if field is not None and not self.request.user.is_superuser:
            field.queryset = field.queryset.filter(pk__in=user_municipality_ids(self.request.user, EVENT_ROLES))
        return form


class ScopedObjectListMixin:
    def get_object_list(self):
        return _allowed(super().get_object_list(), self.request.user).select_related("locale")


class LocationChooseView(ScopedObjectListMixin, ScopedCreationFormMixin, ChooseView):
    pass


class LocationChooseResultsView(ScopedObjectListMixin, ScopedCreationFormMixin, ChooseResultsView):
    pass


class LocationChosenView(SnippetChosenView):
    """A crafted "chosen" URL with another municipality's id is refused."""

    def get_object(self, pk):
        instance = super().get_object(pk)
        if not _allowed(Location.objects.filter(pk=instance.pk), self.request.user).exists():
            raise PermissionDenied
        return instance


class LocationChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _allowed(super().get_objects(pks), self.request.user)


class LocationCreateView(ScopedCreationFormMixin, SnippetCreateView):
    pass


class LocationChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LocationChooseView
    choose_results_view_class = LocationChooseResultsView
    chosen_view_class = LocationChosenView
    chosen_multiple_view_class = LocationChosenMultipleView
    create_view_class = LocationCreateView


class LocationViewSet(MunicipalityScopedViewSetMixin, SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "category", "town", "municipality"]
    list_filter = ["category", "barrier_free", "temporarily_closed"]
    search_fields = ["name", "address", "town"]
    chooser_viewset_class = LocationChooserViewSet
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
