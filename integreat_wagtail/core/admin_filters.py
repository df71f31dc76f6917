"""Listing and report filters that name only people, sites and workflows of the user's municipalities.

Wagtail builds the choices of its page listing and report filters (owner, edited by, locked by,
requested by, user, site, workflow, task) from the whole platform: every member of staff who
ever touched any page would be listed by name, every municipality's workflow too. Municipality
staff are offered those who left a trace on their own pages, the sites their trees are served
on, and the workflows that run on or are assigned to their pages.
"""

from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.models import Page, PageLogEntry, Site, Task, Workflow, get_default_page_content_type

from .admin_scoping import navigable_pages_q, own_pages_q

USER_FILTERS = ("owner", "edited_by", "locked_by", "requested_by", "user")


def users_on_own_pages(user):
    """Users who own, locked or have a log entry (edit, submission, approval…) on the user's pages."""
    own_pages = Page.objects.filter(own_pages_q(user))
    return get_user_model().objects.filter(
        Q(pk__in=own_pages.values("owner"))
        | Q(pk__in=own_pages.values("locked_by"))
        | Q(pk__in=PageLogEntry.objects.filter(own_pages_q(user, prefix="page__")).values("user"))
    )


def workflows_of_own_pages(user):
    """Workflows that ran on the user's pages or are assigned to them (or to the pages above them)."""
    own_page_ids = Page.objects.filter(own_pages_q(user)).values_list(Cast("pk", CharField()), flat=True)
    return Workflow.objects.filter(
        Q(pk__in=Page.objects.filter(navigable_pages_q(user)).values("workflowpage__workflow"))
        | Q(workflow_states__object_id__in=own_page_ids, workflow_states__base_content_type=get_default_page_content_type())
    ).distinct()


class ScopedChoicesFilterSetMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        if user.is_superuser:
            return
        allowed = dict.fromkeys(USER_FILTERS, users_on_own_pages(user))
        allowed["site"] = Site.objects.filter(root_page__in=Page.objects.filter(navigable_pages_q(user)))
        allowed["workflow"] = workflows_of_own_pages(user)
        allowed["task"] = Task.objects.filter(workflow_tasks__workflow__in=allowed["workflow"])
        for name, queryset in allowed.items():
            if name in self.filters:
                choices = self.filters[name]
                offered = choices.get_queryset(self.request) if choices.queryset is not None else choices.extra["queryset"]
                choices.queryset = offered.filter(pk__in=queryset.values("pk"))


@cache
def scoped_filterset(filterset_class):
    return type(f"Scoped{filterset_class.__name__}", (ScopedChoicesFilterSetMixin, filterset_class), {})
