"""Which pages a user may meet in Wagtail's admin outside the page editor.

Wagtail's page chooser, the explorer of an arbitrary page, move and copy destinations, the page
types report and the dashboard panels are global. Municipality staff see their municipalities'
trees (in every language) and, to navigate down to them, the pages above those trees (the tree
root and the platform's landing pages, which belong to no municipality). Platform admins
(superusers) see everything.
"""

from functools import reduce
from operator import or_

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permissions import policy_registry

from integreat_wagtail.municipalities.models import Municipality

from .scoping import user_municipality_ids


def own_tree_paths(user):
    """Tree paths of the root pages (one per language) of the user's municipalities, memoised on the user."""
    paths = getattr(user, "_integreat_own_tree_paths", None)  # getattr/setattr reach through request.user's lazy proxy
    if paths is None:
        rows = Municipality.objects.filter(pk__in=user_municipality_ids(user)).values_list("pages__path", flat=True)
        paths = user._integreat_own_tree_paths = tuple(path for path in rows if path)
    return paths


def _ancestor_paths(user):
    return {path[:end] for path in own_tree_paths(user) for end in range(Page.steplen, len(path), Page.steplen)}


def own_pages_q(user, prefix=""):
    """Pages in the user's municipalities' trees; `prefix` reaches pages through a relation ("pages__")."""
    if user.is_superuser:
        return Q()
    conditions = [Q(**{f"{prefix}path__startswith": path}) for path in own_tree_paths(user)]
    return reduce(or_, conditions, Q(**{f"{prefix}pk__in": []}))


def navigable_pages_q(user):
    """Own pages and the pages above them, which staff pass through to reach their trees."""
    if user.is_superuser:
        return Q()
    return own_pages_q(user) | Q(path__in=_ancestor_paths(user))


def is_own_page(user, page):
    return user.is_superuser or page.path.startswith(own_tree_paths(user))


def is_navigable_page(user, page):
    return is_own_page(user, page) or page.path in _ancestor_paths(user)


def may_see(user, obj):
    """Pages: in the user's trees (or above them); other objects: any right on them by their policy."""
    if isinstance(obj, Page):
        return is_navigable_page(user, obj)
    policy = policy_registry.get_by_type(type(obj))
    return policy.user_has_any_permission_for_instance(user, ["view", "change", "choose", "delete"], obj)


def scope_page_chooser(pages, request):
    """`construct_page_chooser_queryset`: browse and search offer no other municipality's pages."""
    return pages.filter(navigable_pages_q(request.user))


def refuse_foreign_move(request, page_to_move, destination):
    """`before_move_page`: Wagtail checks the destination only when the move is POSTed; its
    confirmation page would show any page's title. Refuse what the move itself would refuse."""
    if not page_to_move.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


def refuse_foreign_copy(request, page):
    """`before_copy_page`: Wagtail loads the POSTed destination before validating it (a missing or
    unknown id is a 500, a foreign one is shown back with its title). Check it first."""
    if request.method != "POST":
        return None
    try:
        destination = Page.objects.get(pk=int(request.POST.get("new_parent_page", "")))
    except (ValueError, Page.DoesNotExist):
        return HttpResponseBadRequest(_("Choose an existing page to copy into."))
    if not page.permissions_for_user(request.user).can_copy_to(destination):
        raise PermissionDenied
    return None
