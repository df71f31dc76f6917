"""Municipality scoping for admin surfaces that Wagtail keeps global (snippets, model viewsets).

Every municipality-owned model has a `municipality` foreign key (or a path to one). The policy
answers "may this user do X to this object?" from the user's municipality groups; the viewset
mixin filters listings and choosers, refuses other municipalities' objects with 403 and limits
the municipality field of forms. Platform admins (superusers) see everything.
"""

from functools import cache

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from integreat_wagtail.municipalities.roles import ALL_ROLES, CONTENT_ROLES
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.registry import plugin_for_model

def user_municipality_ids(user, roles=ALL_ROLES):
    """Ids of the municipalities where the user holds one of `roles`, memoised on the user object."""
    from integreat_wagtail.municipalities.models import Municipality

    if not user.is_authenticated:
        return frozenset()
    memo = user.__dict__.setdefault("_integreat_municipality_ids", {})
    key = tuple(sorted(roles))
    if key not in memo:
        memo[key] = frozenset(Municipality.objects.for_user(user, roles).values_list("id", flat=True))
    return memo[key]


def enabled_municipality_ids(user, plugin_key, ids):
    """The subset of `ids` where the plugin is on, memoised on the user for the request."""
    from integreat_wagtail.municipalities.models import Municipality

    memo = user.__dict__.setdefault("_integreat_plugin_municipality_ids", {})
    key = (plugin_key, ids)
    if key not in memo:
        memo[key] = frozenset(
            municipality.pk for municipality in Municipality.objects.filter(pk__in=ids) if is_enabled(municipality, plugin_key)
        )
    return memo[key]


class MunicipalityPermissionPolicy(BasePermissionPolicy):
    """Who may do what: by role in the object's municipality.

    `municipality_field` is the lookup from the model to its municipality ("municipality",
    "event__municipality", or "pk" for the Municipality model itself). `action_roles` maps an
    action to the roles allowed it; actions not listed are open to every role for "view" and to
    the content roles (editors, moderators, admins) otherwise, so observers only read. A plugin's
    models are only reachable in municipalities where the plugin is on (platform admins: all).
    """

    def __init__(self, model, municipality_field="municipality", action_roles=None):
        super().__init__(model)
        self.municipality_field = municipality_field
        self.action_roles = action_roles or {}
        self.plugin = plugin_for_model(model)

    def _allowed_ids(self, user, actions):
        """Municipalities where the user may do `actions`; for a plugin's model, only where it is on."""
        ids = user_municipality_ids(user, self._roles(actions))
        if self.plugin is None or not ids:
            return ids
        return enabled_municipality_ids(user, self.plugin.plugin_key, ids)

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
        return user.is_active and (user.is_superuser or bool(self._allowed_ids(user, [action])))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        return self._municipality_id(instance) in self._allowed_ids(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        if user.is_active and user.is_superuser:
            return queryset
        if not user.is_active:
            return queryset.none()
        lookup = "pk__in" if self.municipality_field == "pk" else f"{self.municipality_field}__in"
        return queryset.filter(**{lookup: self._allowed_ids(user, actions)})

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(is_active=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


class ScopedViewMixin:
    """Mixed into every view of a scoped viewset (see MunicipalityScopedViewSetMixin)."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        allowed = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["add", "change", "delete", "view"]
        )
        return queryset.filter(pk__in=allowed.values("pk"))

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if instance is None:  # create views have no object yet
            return instance
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, ["change", "view", "delete"], instance
        ):
            raise PermissionDenied
        return instance

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        field = form.fields.get("municipality")
        if field is not None and not self.request.user.is_superuser:
            field.queryset = field.queryset.filter(pk__in=user_municipality_ids(self.request.user))
            if field.queryset.count() == 1 and not form.initial.get("municipality"):
                form.initial["municipality"] = field.queryset.first().pk
        return form


@cache
def _scoped(view_class):
    # Each override calls super(), so views without a method simply never reach it.
    return type(f"Scoped{view_class.__name__}", (ScopedViewMixin, view_class), {})


def scope_model(model, municipality_field="municipality", action_roles=None):
    """Register the municipality policy for a model (Wagtail 8: policies live in a registry)."""
    register_permission_policy(model, MunicipalityPermissionPolicy(model, municipality_field, action_roles))


class MunicipalityScopedViewSetMixin:
    """For ModelViewSet/SnippetViewSet subclasses of a model passed to scope_model()."""

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
