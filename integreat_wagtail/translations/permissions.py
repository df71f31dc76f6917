"""Who may translate what: the people who may edit (and publish) the object in its municipality.

Pages answer through their page permissions (granted per municipality on each language's root
page), snippets through the permission policy registered for their model (`policy_registry`).
"""

from django.db.models import Q
from wagtail.models import DraftStateMixin, Page, get_translatable_models
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

EDIT_ACTIONS = ["add", "change", "publish"]


def user_can_edit_instance(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)


def user_can_publish_instance(user, instance):
    """Pages and draftable snippets need "publish"; a snippet without drafts is live once saved."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    policy = policy_registry.get_by_type(type(instance))
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return policy.user_has_permission_for_instance(user, action, instance)


def translations_user_may_edit(user, translations):
    """Only translations of objects the user may edit (pages and snippets alike); platform admins: all."""
    if user.is_superuser:
        return translations
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, EDIT_ACTIONS)
    condition = Q(source__object_id__in=pages.values("translation_key"))
    for model in get_translatable_models():
        if not issubclass(model, Page):
            snippets = policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, ["change"])
            condition |= Q(source__object_id__in=snippets.values("translation_key"))
    return translations.filter(condition)
