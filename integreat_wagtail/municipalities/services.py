"""Onboarding: everything a new municipality needs, created in one transaction."""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Site

from integreat_wagtail.translations.services import translate_and_publish

from .models import Municipality

logger = logging.getLogger(__name__)

# Page permissions per role (Wagtail 6+ uses Django permissions on the page model).
ROLE_PAGE_PERMISSIONS = {
    "editors": ["add_page", "change_page"],
    "moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "admins": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}
COLLECTION_PERMISSIONS = ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"]
ROLE_LABELS = {"editors": "Editors", "moderators": "Moderators", "admins": "Admins"}


def _permission(codename, app_label):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _create_groups(municipality):
    admin_access = _permission("access_admin", "wagtailadmin")
    submit_translation = _permission("submit_translation", "wagtail_localize")
    collection_perms = [
        _permission(codename, "wagtailimages" if codename.endswith("image") else "wagtaildocs")
        for codename in COLLECTION_PERMISSIONS
    ]
    groups = {}
    for role in ROLE_PAGE_PERMISSIONS:
        group = Group.objects.create(name=f"{municipality.name} ({municipality.slug}): {ROLE_LABELS[role]}")
        group.permissions.add(admin_access, submit_translation)
        for permission in collection_perms:
            GroupCollectionPermission.objects.create(
                group=group, collection=municipality.collection, permission=permission
            )
        groups[role] = group
    municipality.editors_group = groups["editors"]
    municipality.moderators_group = groups["moderators"]
    municipality.admins_group = groups["admins"]


def grant_page_permissions(municipality, page):
    """Give the municipality's groups their rights on one root page (one per language)."""
    for role, codenames in ROLE_PAGE_PERMISSIONS.items():
        group = getattr(municipality, f"{role}_group")
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission(codename, "wagtailcore")
            )


def add_languages(municipality, codes, user=None):
    """Translate the municipality's root page into new languages and grant permissions there."""
    from home.models import MunicipalityPage
    from home.platform import ensure_locale, ensure_platform

    source = MunicipalityPage.objects.get(municipality=municipality, locale__language_code=municipality.default_language)
    ensure_platform(codes)
    existing = set(municipality.pages.values_list("locale__language_code", flat=True))
    for code in codes:
        if code not in existing:
            translate_and_publish(source, ensure_locale(code), user=user)
    for page in municipality.pages.all():
        grant_page_permissions(municipality, page)


@transaction.atomic
def create_municipality(
    *, name, slug, language_codes, default_language, kind=Municipality.Kind.CITY, parent=None,
    intro="", imprint="", hostname="", enabled_plugins=(), user=None, instance=None, **fields,
):
    """Create a municipality with its page in every language, groups, collection and optional Site.

    Callers validate first (MunicipalityForm); this function assumes clean input.
    """
    from home.models import MunicipalityPage
    from home.platform import ensure_locale, ensure_platform

    platform = ensure_platform(language_codes)
    municipality = instance or Municipality()  # the admin form passes its own unsaved instance
    values = dict(
        name=name, slug=slug, kind=kind, parent=parent, language_codes=list(language_codes),
        default_language=default_language, enabled_plugins=list(enabled_plugins), **fields,
    )
    for field, value in values.items():
        setattr(municipality, field, value)
    municipality.full_clean()
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")  # flushed test DBs
    municipality.collection = root_collection.add_child(name=f"{name} ({slug})")
    municipality.save()
    _create_groups(municipality)

    parent_page = platform.get_translation(ensure_locale(default_language))
    page = parent_page.add_child(
        instance=MunicipalityPage(
            title=name, slug=slug, municipality=municipality, intro=intro, imprint=imprint,
            locale=parent_page.locale, show_in_menus=True,
        )
    )
    page.save_revision(user=user).publish(user=user)
    if hostname:
        municipality.site = Site.objects.create(hostname=hostname, port=80, root_page=page, site_name=name)
    municipality.save()
    add_languages(municipality, [code for code in language_codes if code != default_language], user=user)
    logger.info("Created municipality %s with languages %s", slug, ",".join(language_codes))
    return municipality
