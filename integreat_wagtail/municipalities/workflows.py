"""Each municipality's own review workflow, so its moderators (not a global group) approve its pages.

Wagtail takes the workflow of a page's nearest ancestor with one assigned. Every municipality gets
a `Workflow` with one `GroupApprovalTask` whose reviewers are its moderators and admins groups
(roles.PUBLISHING_ROLES). While it publishes by review, the workflow is assigned to its root page
in every language; while it publishes directly, none is assigned, and nothing above its root
page may have one either (migration 0003 removed Wagtail's default from the tree root), otherwise
that one would catch its pages. The editors' publish right follows the same setting
(services.grant_page_permissions, services.set_publishing).
"""

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from . import roles


def workflow_name(municipality):
    """Stable like the groups' names: "<name> (<slug>): Review"."""
    return f"{municipality.name} ({municipality.slug}): Review"


def ensure_workflow(municipality):
    """The municipality's workflow, created on first use; its reviewers are kept to its publishing roles."""
    workflow = municipality.workflow
    if workflow is None:
        workflow = Workflow.objects.create(name=workflow_name(municipality))
        task = GroupApprovalTask.objects.create(name=f"{municipality.name} ({municipality.slug}): Moderators and admins")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        municipality.workflow = workflow
        municipality.save(update_fields=["workflow"])
    for workflow_task in workflow.workflow_tasks.select_related("task"):
        task = workflow_task.task.specific
        if isinstance(task, GroupApprovalTask):
            task.groups.set([municipality.group_for(key) for key in roles.PUBLISHING_ROLES])
    return workflow


def assign_workflow(municipality):
    """Assign the workflow to every root page (review) or unassign it (publish directly)."""
    pages = list(municipality.pages.all())
    if municipality.publishes_directly:
        WorkflowPage.objects.filter(page__in=pages).delete()
        return
    workflow = ensure_workflow(municipality)
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
