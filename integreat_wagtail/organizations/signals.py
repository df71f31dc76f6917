"""Receivers: page saves move organization rights; a deleted organization takes its group along."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Organization, OrganizationPageMixin
from .permissions import follow_organization


@receiver(post_save, dispatch_uid="organizations_follow_organization")
def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save rather than page_published: it also sees creation and wagtail-localize's copies,
    and it sees the row, which is what readers and permissions go by (a draft changes nothing)."""
    if raw or not isinstance(instance, OrganizationPageMixin):
        return
    if update_fields is not None and "organization" not in update_fields:
        return  # save_revision() and similar bookkeeping saves leave the organization alone
    follow_organization(instance)


@receiver(post_delete, sender=Organization, dispatch_uid="organizations_delete_group")
def organization_deleted(sender, instance, **kwargs):
    """Deleting the group ends the members' page permissions and memberships."""
    if instance.members_group_id:
        instance.members_group.delete()
