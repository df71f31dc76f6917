"""Admin of the events plugin: calendar listing with filters, bulk unpublish of past events,
iCal feeds (scoped per municipality), categories, read-only imported events, hiding, the teaser slot."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_filters import ChoiceFilter, ModelChoiceFilter
from wagtail import hooks
from wagtail.admin import widgets as wagtailadmin_widgets
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import MunicipalityPage, municipality_for
from integreat_wagtail.core.admin_filters import scoped_filterset
from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.roles import EVENT_ROLES
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.slots import slot

from .models import EventCategory, EventFeed, EventIndexPage, EventPage


# ----- calendar listing in the admin -----
def in_municipalities_with_events(pages):
    """Pages in the trees of municipalities where events are on: switching events off hides them here too."""
    roots = MunicipalityPage.objects.filter(municipality__in=Municipality.objects.with_plugin("events"))
    condition = Q(pk__in=[])
    for root in roots.values_list("path", flat=True):
        condition |= Q(path__startswith=root)
    return pages.filter(condition)


def user_has_events(user):
    """True when events are on in a municipality the user works for (platform admins: in any)."""
    return bool(Municipality.objects.for_user(user).with_plugin("events"))


class EventFilterSet(PageFilterSet):
    timing = ChoiceFilter(
        label=_("Date"), choices=[("upcoming", _("Upcoming")), ("past", _("Past"))], method="filter_timing",
        empty_label=_("All"),
    )
    category = ModelChoiceFilter(label=_("Category"), queryset=EventCategory.objects.all())

    class Meta:
        model = EventPage
        fields = []

    def filter_timing(self, queryset, name, value):
        today = timezone.localdate()
        if value == "upcoming":
            return queryset.filter(last_date__gte=today)
        if value == "past":
            return queryset.filter(last_date__lt=today)
        return queryset


class EventIndexView(IndexView):
    def get_base_queryset(self):
        return in_municipalities_with_events(super().get_base_queryset()).select_related("category", "locale")

    def get_add_url(self):
        return super().get_add_url() if user_has_events(self.request.user) else None


class EventChooseParentView(ChooseParentView):
    """“Add event” offers only calendars where events are on, and is refused where there is none."""

    def get_valid_parent_pages(self, user):
        return in_municipalities_with_events(super().get_valid_parent_pages(user))

    def get(self, request, *args, **kwargs):
        if not self.get_valid_parent_pages(request.user).exists():
            raise PermissionDenied
        return super().get(request, *args, **kwargs)


class EventsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_events(request.user)


class EventListingViewSet(PageListingViewSet):
    """All events the user may explore (their municipality's trees only, where events are on), newest first."""

    model = EventPage
    menu_item_class = EventsMenuItem
    choose_parent_view_class = EventChooseParentView
    icon = "date"
    menu_label = _("Events")
    menu_order = 205
    add_to_admin_menu = True
    filterset_class = scoped_filterset(EventFilterSet)
    index_view_class = EventIndexView
    columns = [
        *IndexView.base_columns,
        Column("start_date", label=_("Starts"), accessor="start_date"),
        DateColumn("last_date", label=_("Last date"), accessor="last_date"),
        Column("category", label=_("Category"), accessor="category"),
    ]


events_listing = EventListingViewSet("events")


@hooks.register("register_admin_viewset")
def register_events_listing():
    return events_listing


class UnpublishPastEventsBulkAction(PageBulkAction):
    """Unpublishes only the selected events whose last date lies in the past; others stay live."""

    display_name = _("Unpublish past events")
    action_type = "unpublish_past_events"
    aria_label = _("Unpublish the selected events that are over")
    template_name = "events/admin/confirm_bulk_unpublish_past.html"
    action_priority = 60

    def check_perm(self, page):
        return page.permissions_for_user(self.request.user).can_unpublish()

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        today = timezone.localdate()
        count = 0
        for page in objects:
            page = page.specific
            if isinstance(page, EventPage) and page.live and page.last_date and page.last_date < today:
                page.unpublish(user=user)
                count += 1
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d past event unpublished.", "%(count)d past events unpublished.", num_parent_objects) % {
            "count": num_parent_objects
        }


hooks.register("register_bulk_action", UnpublishPastEventsBulkAction)


# ----- imported events are read-only (translations and hiding excepted) -----
def _is_imported_source(page):
    specific = page.specific
    if not isinstance(specific, EventPage) or not specific.source_uid:
        return False
    municipality = municipality_for(specific)
    return municipality is None or specific.locale.language_code == municipality.default_language


@hooks.register("before_edit_page")
def refuse_editing_imported_events(request, page):
    if _is_imported_source(page):
        messages.warning(
            request,
            _("“%(title)s” is imported from an external calendar and updated from there. You can translate it or hide it.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_explore", page.get_parent().id)
    return None


@hooks.register("register_page_listing_more_buttons")
def hide_button(page, user, next_url=None):
    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page.specific
    if (
        isinstance(specific, EventPage)
        and is_enabled(municipality_for(page), "events")
        and page.permissions_for_user(user).can_edit()
    ):
        label = _("Show in listings") if specific.hidden else _("Hide from listings")
        yield wagtailadmin_widgets.Button(label, reverse("events_toggle_hidden", args=[page.id]), priority=60)


def toggle_hidden(request, page_id):
    """Hide or show an event (also imported ones) without opening the editor. POST only."""
    if request.method != "POST":
        page = get_object_or_404(EventPage, pk=page_id)
        return _confirm_hidden(request, page)
    page = get_object_or_404(EventPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not is_enabled(municipality_for(page), "events"):
        raise PermissionDenied
    EventPage.objects.filter(translation_key=page.translation_key).update(hidden=not page.hidden)
    messages.success(request, _("Event hidden.") if not page.hidden else _("Event shown again."))
    return redirect("wagtailadmin_explore", page.get_parent().id)


def _confirm_hidden(request, page):
    from django.template.response import TemplateResponse

    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return TemplateResponse(request, "events/admin/confirm_hidden.html", {"page": page})


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [path("events/<int:page_id>/toggle-hidden/", toggle_hidden, name="events_toggle_hidden")]


# ----- snippets -----
class EventFeedViewSet(MunicipalityScopedViewSetMixin, SnippetViewSet):
    model = EventFeed
    icon = "calendar-alt"
    menu_label = _("iCal feeds")
    menu_order = 206
    add_to_admin_menu = True
    list_display = ["name", "municipality", "url", "last_fetched_at", "last_status"]
    search_fields = ["name", "url"]


class EventCategoryViewSet(SnippetViewSet):
    """Categories are platform-wide; only platform admins (model permissions) change them."""

    model = EventCategory
    icon = "tag"
    menu_label = _("Event categories")
    add_to_settings_menu = True
    list_display = ["name", "icon", "color"]


scope_model(EventFeed, action_roles={action: EVENT_ROLES for action in ("add", "change", "delete")})
register_snippet(EventFeedViewSet)
register_snippet(EventCategoryViewSet)


# ----- home page teaser -----
@slot("home_teasers")
def upcoming_events_teaser(context):
    """The next three dates of the municipality's calendar in the page's language."""
    from .queries import localize_related, occurrences_between, events_under

    page = context.get("page")
    municipality = getattr(page, "municipality", None)
    if municipality is None:
        return ""
    index = EventIndexPage.objects.live().public().filter(
        locale_id=page.locale_id, path__startswith=page.path[: page.steplen * 3]
    ).first()
    if index is None:
        return ""
    today = timezone.localdate()
    occurrences = occurrences_between(
        events_under(index, municipality), municipality, today, today + timezone.timedelta(days=60),
        not_before=timezone.now(), municipality_page=getattr(page, "municipality_page", None),
    )[:3]
    if not occurrences:
        return ""
    localize_related({occurrence.event for occurrence in occurrences}, page.locale.language_code)
    return render_to_string(
        "events/includes/teaser.html", {"occurrences": occurrences, "index": index, "request": context.get("request")}
    )
