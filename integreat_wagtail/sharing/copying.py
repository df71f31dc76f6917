"""Page copies across municipalities: a new page in another tree, and bringing a mirror up to date.

Everything here is a service acting for an authorised user (checked by the caller), so Wagtail's
own permission checks, which know nothing of shares, are skipped. A page copied into another
municipality leaves the source's organization behind (it belongs to the source) and starts with
no revisions of the source's (its history stays with the source).
"""

import uuid

from django.utils.text import slugify
from wagtail.models import Page


def unique_slug(parent, slug, exclude_pk=None):
    """`slug`, or `slug-2`, `slug-3`… so that it is unique among `parent`'s children."""
    siblings = set(parent.get_children().exclude(pk=exclude_pk).values_list("slug", flat=True))
    candidate, number = slug or slugify(str(uuid.uuid4())[:8]), 1
    while candidate in siblings:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def copy_page(source, parent, translation_key, user=None, publish=True):
    """Copy `source` (one language) under `parent` (same language) as the page `translation_key`,
    published when the source is live and `publish` allows it (a draft otherwise)."""
    source = source.specific
    update_attrs = {
        "slug": unique_slug(parent, source.slug),
        "translation_key": translation_key,
        "live": False,
        "has_unpublished_changes": True,
        "live_revision": None,
        "first_published_at": None,
        "last_published_at": None,
    }
    if hasattr(source, "organization_id"):
        update_attrs["organization"] = None
    copy = source.copy(
        to=parent, update_attrs=update_attrs, copy_revisions=False, keep_live=False, user=user,
        reset_translation_key=False,
    )
    publish_like(source, copy, user, publish)
    return copy


def publish_like(source, copy, user=None, publish=True):
    """A first revision of `copy`, published when `source` is live (and `publish` allows it)."""
    revision = Page.objects.get(pk=copy.pk).specific.save_revision(user=user, clean=False)
    if source.live and publish:
        revision.publish(user=user, skip_permission_checks=True)


def refresh_mirror(source, mirror, user=None):
    """Give `mirror` the source's live content (same language), keeping its place, slug and key."""
    mirror = mirror.specific
    source = source.specific
    updated = mirror.with_content_json(source.serializable_data())
    updated.slug = mirror.slug
    updated.live_revision = mirror.live_revision
    if hasattr(updated, "organization_id"):
        updated.organization = None
    revision = updated.save_revision(user=user, clean=False)
    revision.publish(user=user, skip_permission_checks=True)
    return revision
