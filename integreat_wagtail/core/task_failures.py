"""Failed background tasks are noticed: an ERROR log line when one fails, and a dashboard panel
listing the failed task results (django-tasks-db) for platform admins.

django-tasks logs failures on its own logger, which `db_worker --verbosity 0` silences; this line
is on the project's logger whatever the worker's verbosity, so a log collector can alert on it.
Only platform admins see the panel: a task's arguments and traceback may name any municipality's data.
"""

import logging

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.components import Component

logger = logging.getLogger(__name__)

PANEL_LIMIT = 10


def log_failed_task(sender, task_result, **kwargs):
    """`task_finished` receiver."""
    if task_result.status == TaskResultStatus.FAILED:
        error = task_result.errors[-1].exception_class_path if task_result.errors else "unknown error"
        logger.error("Background task %s (%s) failed: %s", task_result.task.module_path, task_result.id, error)


def last_line(traceback):
    lines = [line for line in traceback.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


class FailedTasksPanel(Component):
    """Dashboard: the latest failed background tasks, newest first, with their error's last line."""

    name = "failed_tasks"
    order = 90
    template_name = "core/failed_tasks_panel.html"

    def __init__(self, count, results):
        self.count = count
        self.results = results

    @classmethod
    def for_user(cls, user):
        if not user.is_superuser:
            return None
        failed = DBTaskResult.objects.failed()
        results = list(failed.order_by("-finished_at")[:PANEL_LIMIT])
        if not results:
            return None
        return cls(failed.count(), results)

    def get_context_data(self, parent_context):
        return {
            "count": self.count,
            "rows": [{"result": result, "error": last_line(result.traceback)} for result in self.results],
        }


def add_failed_tasks_panel(request, panels):
    """`construct_homepage_panels`."""
    panel = FailedTasksPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)
