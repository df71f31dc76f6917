"""Who may edit (and machine-translate) a translation: the same people who may edit its target."""

from wagtail.models import Page
from wagtail.permissions import policy_registry


def user_can_edit_instance(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)
