"""Admin: editors read their own municipality's feedback and searches without results, nobody else's."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from integreat_wagtail.core.csv_export import FormulaSafeIndexView
from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model

from .models import Feedback, NoResultQuery


class FeedbackViewSet(MunicipalityScopedViewSetMixin, ModelViewSet):
    model = Feedback
    icon = "comment"
    menu_label = _("Feedback")
    # Editors only mark feedback as read or archived; readers create it on the site, nobody invents it here.
    form_fields = ["read", "archived"]
    list_display = ["__str__", "kind", "rating", "language", "municipality", "created_at", "read", "archived"]
    list_filter = ["kind", "rating", "read", "archived", "language"]
    search_fields = ["comment", "object_ref"]
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = FormulaSafeIndexView  # comments are the reader's text
    list_export = ["created_at", "municipality", "language", "kind", "object_ref", "rating", "comment", "read", "archived"]


class NoResultQueryViewSet(MunicipalityScopedViewSetMixin, ModelViewSet):
    model = NoResultQuery
    icon = "search"
    menu_label = _("Searches without results")
    form_fields = ["query"]
    list_display = ["query", "count", "language", "municipality", "last_seen"]
    list_filter = ["language"]
    search_fields = ["query"]
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = FormulaSafeIndexView  # queries are the reader's text
    list_export = ["query", "count", "language", "municipality", "first_seen", "last_seen"]


class ReaderFeedbackGroup(ViewSetGroup):
    menu_label = _("Reader feedback")
    menu_icon = "comment"
    menu_order = 160
    items = (FeedbackViewSet("feedback"), NoResultQueryViewSet("no_result_queries"))


# Editors and moderators read and mark; adding is the public site's job; only admins delete.
scope_model(Feedback, "municipality", {"add": (), "delete": ("admins",)})
scope_model(NoResultQuery, "municipality", {"add": (), "change": (), "delete": ("admins",)})


@hooks.register("register_admin_viewset")
def register_feedback_viewsets():
    return ReaderFeedbackGroup()
