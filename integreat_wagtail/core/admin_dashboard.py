"""Dashboard panels that list only pages of the user's current municipalities.

Wagtail's panels list what the user edited, locked, requested or may review, wherever it is: after
leaving a municipality (county staff helping a town for a while) its pages would stay on the
dashboard with their draft titles.
"""

from wagtail.admin.views.home import (
    LockedPagesPanel,
    RecentEditsPanel,
    UserObjectsInWorkflowModerationPanel,
    WorkflowObjectsToModeratePanel,
)
from wagtail.models import Page

from .admin_scoping import is_own_page


class OwnPagesPanelMixin:
    """Drops the entries of `context_key` whose page (see `page_of`) is not the user's."""

    context_key = None

    def page_of(self, entry):
        return entry

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context[self.context_key] = [
            entry for entry in context[self.context_key]
            if not isinstance(page := self.page_of(entry), Page) or is_own_page(user, page)
        ]
        return context


class OwnRecentEditsPanel(OwnPagesPanelMixin, RecentEditsPanel):
    context_key = "last_edits"

    def page_of(self, entry):
        return entry[1]


class OwnLockedPagesPanel(OwnPagesPanelMixin, LockedPagesPanel):
    context_key = "locked_pages"


class OwnObjectsInWorkflowModerationPanel(OwnPagesPanelMixin, UserObjectsInWorkflowModerationPanel):
    context_key = "workflow_states"

    def page_of(self, entry):
        return entry.content_object


class OwnObjectsToModeratePanel(OwnPagesPanelMixin, WorkflowObjectsToModeratePanel):
    context_key = "states"

    def page_of(self, entry):
        return entry["obj"]


SCOPED_PANELS = {
    RecentEditsPanel: OwnRecentEditsPanel,
    LockedPagesPanel: OwnLockedPagesPanel,
    UserObjectsInWorkflowModerationPanel: OwnObjectsInWorkflowModerationPanel,
    WorkflowObjectsToModeratePanel: OwnObjectsToModeratePanel,
}


def scope_dashboard_panels(request, panels):
    """`construct_homepage_panels`: swap Wagtail's page panels for the scoped ones."""
    panels[:] = [SCOPED_PANELS[type(panel)]() if type(panel) in SCOPED_PANELS else panel for panel in panels]
