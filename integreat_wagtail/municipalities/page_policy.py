"""Wagtail's page permission policy, plus read-only exploring for observers.

Wagtail only lets users explore pages on which they hold add, change, publish, lock, unlock or
bulk_delete rights. Observers hold `view_page` on their municipality's root pages (roles.py): this
policy counts it for exploring (explorer, page listings, the Pages menu) and for nothing else, so
the edit, publish, delete… checks of `PagePermissionTester` still refuse them.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

# What Wagtail asks when it wants to know whether a user may explore pages at all.
EXPLORE_ACTIONS = frozenset({"add", "change", "publish", "bulk_delete", "lock", "unlock"})


class ExploringPagePermissionPolicy(PagePermissionPolicy):
    def user_has_any_permission(self, user, actions):
        actions = set(actions)
        if actions >= EXPLORE_ACTIONS:
            actions.add("view")
        return super().user_has_any_permission(user, actions)

    def instances_with_direct_explore_permission(self, user):
        if user.is_superuser:
            return super().instances_with_direct_explore_permission(user)
        codenames = self._get_permission_codenames(EXPLORE_ACTIONS | {"view"})
        return [perm.page for perm in self.get_cached_permissions_for_user(user) if perm.permission.codename in codenames]

    def explorable_instances(self, user):
        explorable = super().explorable_instances(user)
        if user.is_active and not user.is_superuser:
            explorable |= self.instances_user_has_any_permission_for(user, {"view"})
        return explorable
