"""Municipality scoping for admin surfaces that Wagtail keeps global (snippets, model viewsets).

Every municipality-owned model has a `municipality` foreign key (or a path to one). The policy
answers "may this user do X to this object?" from the user's municipality groups; the viewset
mixin filters listings and choosers, refuses other municipalities' objects with 403 and limits
the municipality field of forms. Platform admins (superusers) see everything.
"""

import operator
from functools import cache, reduce

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils.functional import cached_property
from wagtail.admin.views.generic.chooser import CreateViewMixin
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.roles import ALL_ROLES, BY_KEY, CONTENT_ROLES
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.registry import plugin_for_model

User = get_user_model()

def user_municipality_ids(user, roles=ALL_ROLES):
    """Ids of the municipalities where the user holds one of `roles` (all for platform admins). The
    user's roles everywhere are read in one query and memoised on the user object, so the admin's
    menu entries and checks of one request share it."""
    if not user.is_authenticated:
        return frozenset()
    by_role = user.__dict__.get("_integreat_municipality_ids_by_role")
    if by_role is None:
        by_role = user.__dict__["_integreat_municipality_ids_by_role"] = municipality_ids_by_role(user)
    return frozenset().union(*(by_role[key] for key in roles))


def forget_roles(user):
    """Drop the memoised roles of `user` after the request changed them (e.g. an admin stepping down)."""
    user.__dict__.pop("_integreat_municipality_ids_by_role", None)


def municipalities_for(user, roles):
    """The municipalities where an active user holds one of `roles` (all for platform admins): what
    each admin section (staff, sharing, impact, links) lists, from the memoised roles."""
    if not (user.is_authenticated and user.is_active):
        return Municipality.objects.none()
    return Municipality.objects.filter(pk__in=user_municipality_ids(user, roles))


def holds_role(user, municipality, roles):
    """Whether an active user holds one of `roles` in `municipality` (platform admins everywhere)."""
    return user.is_active and municipality.pk in user_municipality_ids(user, roles)


def municipality_ids_by_role(user):
    """{role key: ids of the municipalities where the user holds it}, in one query."""
    if user.is_superuser:
        ids = frozenset(Municipality.objects.values_list("pk", flat=True))
        return dict.fromkeys(ALL_ROLES, ids)
    memberships = User.groups.through.objects.filter(user_id=user.pk)
    holds = {
        key: Exists(memberships.filter(group_id=OuterRef(BY_KEY[key].group_field))) for key in ALL_ROLES
    }
    rows = (
        Municipality.objects.annotate(**{f"holds_{key}": condition for key, condition in holds.items()})
        .filter(reduce(operator.or_, (Q(**{f"holds_{key}": True}) for key in ALL_ROLES)))
        .values_list("pk", *(f"holds_{key}" for key in ALL_ROLES))
    )
    by_role = {key: set() for key in ALL_ROLES}
    for pk, *held in rows:
        for key, holds_role in zip(ALL_ROLES, held, strict=True):
            if holds_role:
                by_role[key].add(pk)
    return {key: frozenset(ids) for key, ids in by_role.items()}


def plugin_municipality_ids(plugin_key):
    """Ids of the municipalities where the plugin is on (one query: the gate reads each row)."""
    return plugin_ids(Municipality.objects.only("pk", "enabled_plugins"), plugin_key)


def plugin_ids(municipalities, plugin_key):
    return frozenset(municipality.pk for municipality in municipalities if is_enabled(municipality, plugin_key))


def enabled_municipality_ids(user, plugin_key, ids):
    """The subset of `ids` where the plugin is on; the municipalities' switches are read once per
    request (memoised on the user) for every plugin."""
    switches = user.__dict__.get("_integreat_plugin_switches")
    if switches is None:
        switches = user.__dict__["_integreat_plugin_switches"] = list(Municipality.objects.only("pk", "enabled_plugins"))
    memo = user.__dict__.setdefault("_integreat_plugin_municipality_ids", {})
    if plugin_key not in memo:
        memo[plugin_key] = plugin_ids(switches, plugin_key)
    return ids & memo[plugin_key]


class MunicipalityPermissionPolicy(BasePermissionPolicy):
    """Who may do what: by role in the object's municipality.

    `municipality_field` is the lookup from the model to its municipality ("municipality",
    "event__municipality", or "pk" for the Municipality model itself). `action_roles` maps an
    action to the roles allowed it; actions not listed are open to every role for "view" and to
    the content roles (editors, moderators, admins) otherwise, so observers only read.

    The plugin gate for every model of a plugin (`plugin_for_model`) is here too: `gate()` and
    `plugin_is_on_for()` hide the rows of municipalities where the plugin is off from everyone,
    platform admins included; the scoped views and choosers apply them.
    """

    def __init__(self, model, municipality_field="municipality", action_roles=None):
        super().__init__(model)
        self.municipality_field = municipality_field
        self.action_roles = action_roles or {}
        self.plugin = plugin_for_model(model)

    def municipality_ids_for(self, user, actions):
        """Municipalities where the user may do `actions`; for a plugin's model, only where it is on."""
        ids = user_municipality_ids(user, self._roles(actions))
        if self.plugin is None or not ids:
            return ids
        return enabled_municipality_ids(user, self.plugin.plugin_key, ids)

    @property
    def _lookup(self):
        return "pk__in" if self.municipality_field == "pk" else f"{self.municipality_field}__in"

    def gate(self, queryset, lookup=None):
        """`queryset` without rows of municipalities where the model's plugin is off (for everyone).
        `lookup`: the municipality lookup of `queryset` when it is not of this model ("pk__in")."""
        if self.plugin is None:
            return queryset
        return queryset.filter(**{lookup or self._lookup: plugin_municipality_ids(self.plugin.plugin_key)})

    def plugin_is_on_for(self, instance):
        """False for an object of a municipality where the model's plugin is off."""
        return self.plugin is None or self._municipality_id(instance) in plugin_municipality_ids(self.plugin.plugin_key)

    def _roles(self, actions):
        roles = set()
        for action in actions:
            roles.update(self.action_roles.get(action, ALL_ROLES if action == "view" else CONTENT_ROLES))
        return tuple(roles)

    def _municipality_id(self, instance):
        value = instance
        for part in self.municipality_field.split("__"):
            value = getattr(value, part if part != "municipality" else "municipality_id", None)
            if part == "municipality" or value is None:
                break
        return value

    def user_has_permission(self, user, action):
        return user.is_active and (user.is_superuser or bool(self.municipality_ids_for(user, [action])))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        return self._municipality_id(instance) in self.municipality_ids_for(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.filter_for_user(self.model._default_manager.all(), user, actions)

    def filter_for_user(self, queryset, user, actions):
        """`queryset` limited by the municipality lookup itself (never `pk__in`), so that a search
        backend can still run on it: indexed models declare `FilterField("municipality")`."""
        if user.is_active and user.is_superuser:
            return queryset
        if not user.is_active:
            return queryset.none()
        return queryset.filter(**{self._lookup: self.municipality_ids_for(user, actions)})

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(is_active=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


def lists_own_model(view, queryset):
    """False for the querysets of a viewset's history and usage views (log entries, references),
    which Wagtail lists for one object that get_object() has already checked."""
    return view.model is None or issubclass(queryset.model, view.model)


def limit_municipality_field(field, user, policy=None):
    """A form or filter field choosing a municipality offers only the user's own; with a policy,
    only those where it lets the user add or change (an observer's municipality is not offered)
    and where the model's plugin is on."""
    if isinstance(policy, MunicipalityPermissionPolicy):
        field.queryset = policy.gate(field.queryset, "pk__in")
    if not user.is_superuser:
        if isinstance(policy, MunicipalityPermissionPolicy):
            allowed = policy.municipality_ids_for(user, ["add", "change"])
        else:
            allowed = user_municipality_ids(user)
        field.queryset = field.queryset.filter(pk__in=allowed)


DEFAULT_OBJECT_ACTIONS = ("change", "view", "delete")


class ScopedViewMixin:
    """Mixed into every view of a scoped viewset (see MunicipalityScopedViewSetMixin): the one
    admin gate. Objects of municipalities where the model's plugin is off are not listed and
    answer 404; other municipalities' objects are refused. A view class may set `object_actions`,
    what the user must be allowed on its object (default: change, view or delete; a moderation
    queue narrows it per view). It is read with getattr: this mixin comes first in the MRO."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if not lists_own_model(self, queryset):
            return queryset
        policy = self.permission_policy
        return policy.gate(policy.filter_for_user(queryset, self.request.user, ["add", "change", "delete", "view"]))

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if instance is None:  # create views have no object yet
            return instance
        if not self.permission_policy.plugin_is_on_for(instance):
            raise Http404
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, list(getattr(self, "object_actions", DEFAULT_OBJECT_ACTIONS)), instance
        ):
            raise PermissionDenied
        return instance

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        field = getattr(form, "fields", {}).get("municipality")
        if field is not None:
            limit_municipality_field(field, self.request.user, self.permission_policy)
        if field is not None and not self.request.user.is_superuser:
            if field.queryset.count() == 1 and not form.initial.get("municipality"):
                form.initial["municipality"] = field.queryset.first().pk
        return form

    @cached_property
    def filters(self):
        """The listing's filters (list_filter) offer only the user's municipalities."""
        filters = super().filters
        for name, field in (filters.form.fields.items() if filters else ()):
            if getattr(field, "queryset", None) is not None and field.queryset.model is Municipality:
                limit_municipality_field(field, self.request.user)
                limit_municipality_field(filters.filters[name], self.request.user)
        return filters


class ScopedChooserViewMixin:
    """Mixed into every view of a scoped model's chooser: choose, results, chosen, create.

    Wagtail's chooser views check no permission on what they list or return. Here they offer and
    return only objects the user may choose, add or change by the model's policy (a role that
    writes such objects may pick them; content roles by default; only where the model's plugin is
    on), and the inline creation form offers only the user's municipalities.
    """

    choose_actions = ["choose", "add", "change"]

    @property
    def _policy(self):  # chosen views lack Wagtail's permission_policy attribute
        return policy_registry.get_by_type(self.model_class)

    def _choosable(self, queryset):
        return self._policy.gate(self._policy.filter_for_user(queryset, self.request.user, self.choose_actions))

    def get_object_list(self):
        return self._choosable(super().get_object_list())

    def get_object(self, pk):
        instance = super().get_object(pk)
        if not self._policy.plugin_is_on_for(instance):
            raise Http404
        if not self._policy.user_has_any_permission_for_instance(self.request.user, self.choose_actions, instance):
            raise PermissionDenied
        return instance

    def get_objects(self, pks):
        return self._choosable(super().get_objects(pks))

    def get_creation_form(self):
        form = super().get_creation_form()
        field = form.fields.get("municipality") if form is not None else None
        if field is not None:
            limit_municipality_field(field, self.request.user, self._policy)
        return form


class ScopedChooserCreateViewMixin(ScopedChooserViewMixin):
    """Wagtail serves a chooser's "create" URL even when the chooser has no creation form, and a
    POST to it then fails on the missing form (500): there is nothing to create here (404)."""

    def dispatch(self, request, *args, **kwargs):
        if self.get_creation_form_class() is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


@cache
def _scoped(view_class):
    # Each override calls super(), so views without a method simply never reach it.
    return type(f"Scoped{view_class.__name__}", (ScopedViewMixin, view_class), {})


@cache
def _scoped_chooser(view_class):
    mixin = ScopedChooserCreateViewMixin if issubclass(view_class, CreateViewMixin) else ScopedChooserViewMixin
    return type(f"Scoped{view_class.__name__}", (mixin, view_class), {})


@cache
def _scoped_chooser_viewset(chooser_viewset_class):
    def construct_view(self, view_class, **kwargs):
        return chooser_viewset_class.construct_view(self, _scoped_chooser(view_class), **kwargs)

    name = f"Scoped{chooser_viewset_class.__name__}"
    return type(name, (chooser_viewset_class,), {"construct_view": construct_view})


def scope_model(model, municipality_field="municipality", action_roles=None):
    """Register the municipality policy for a model (Wagtail 8: policies live in a registry)."""
    register_permission_policy(model, MunicipalityPermissionPolicy(model, municipality_field, action_roles))


class MunicipalityScopedViewSetMixin:
    """For ModelViewSet/SnippetViewSet subclasses of a model passed to scope_model().

    A snippet viewset's chooser (its own `chooser_viewset_class` or Wagtail's) is scoped too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chooser_viewset_class = getattr(self, "chooser_viewset_class", None)  # snippet viewsets only
        if chooser_viewset_class is not None:
            self.chooser_viewset_class = _scoped_chooser_viewset(chooser_viewset_class)

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(_scoped(view_class), **kwargs)


class PlatformAdminOnlyPermissionPolicy(BasePermissionPolicy):
    """For global models that no municipality owns: only platform admins, whatever Django
    permissions a group holds (a permission granted in the group editor must not open them)."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
