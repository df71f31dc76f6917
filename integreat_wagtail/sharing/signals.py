"""Mirrors follow their source: every publish updates them (and adds new subpages), a deletion or a
move out of the share turns them into notices."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, post_page_move

from .services import forget_page, release_moved, update_mirrors


@receiver(page_published)
def refresh_mirrors_of(sender, instance, **kwargs):
    update_mirrors(instance)


@receiver(post_delete)
def forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_page(instance.translation_key)


@receiver(post_page_move)
def release_mirrors_of_moved(sender, instance, **kwargs):
    release_moved(instance)
