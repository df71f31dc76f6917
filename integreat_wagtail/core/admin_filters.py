"""Listing and report filters that name only people and sites of the user's municipalities.

Wagtail builds the choices of its page listing and report filters (owner, edited by, locked by,
requested by, user, site) from the whole platform: every member of staff who ever touched any
page would be listed by name. Municipality staff are offered those who left a trace on their
own pages, and the sites their trees are served on.
"""

from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import Page, PageLogEntry, Site

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


class ScopedChoicesFilterSetMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        if user.is_superuser:
            return
        allowed = dict.fromkeys(USER_FILTERS, users_on_own_pages(user))
        allowed["site"] = Site.objects.filter(root_page__in=Page.objects.filter(navigable_pages_q(user)))
        for name, queryset in allowed.items():
            if name in self.filters:
                choices = self.filters[name]
                offered = choices.get_queryset(self.request) if choices.queryset is not None else choices.extra["queryset"]
                choices.queryset = offered.filter(pk__in=queryset.values("pk"))


@cache
def scoped_filterset(filterset_class):
    return type(f"Scoped{filterset_class.__name__}", (ScopedChoicesFilterSetMixin, filterset_class), {})
