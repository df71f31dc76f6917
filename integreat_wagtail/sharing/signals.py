"""Mirrors follow their source: every publish updates them, a deletion turns them into notices."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published

from .services import forget_page, update_mirrors


@receiver(page_published)
def refresh_mirrors_of(sender, instance, **kwargs):
    update_mirrors(instance)


@receiver(post_delete)
def forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_page(instance.translation_key)
