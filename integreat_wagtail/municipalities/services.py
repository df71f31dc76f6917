"""Onboarding: everything a new municipality needs, created in one transaction."""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Site

from integreat_wagtail.translations.services import translate_and_publish

from . import roles
from .models import Municipality
from .pages import get_municipality_page_model
from .platform import ensure_locale, ensure_platform
from .workflows import assign_workflow, ensure_workflow

logger = logging.getLogger(__name__)


def _permission(codename, app_label):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _split(dotted):
    app_label, codename = dotted.split(".")
    return app_label, codename


def _media_permission(codename):
    return _permission(codename, "wagtailimages" if codename.endswith("image") else "wagtaildocs")


def create_group(name, role, collection):
    """A group with a role's global permissions and its permissions on one media collection."""
    group = Group.objects.create(name=name)
    group.permissions.add(*(_permission(codename, app) for app, codename in map(_split, role.permissions)))
    for codename in role.collection_permissions:
        GroupCollectionPermission.objects.create(group=group, collection=collection, permission=_media_permission(codename))
    return group


def create_role_group(municipality, role):
    """The municipality's group for one role, with its global and collection permissions."""
    group = create_group(f"{municipality.name} ({municipality.slug}): {role.group_name}", role, municipality.collection)
    setattr(municipality, role.group_field, group)
    return group


def grant_page_permissions(municipality, page):
    """Give the municipality's groups their rights on one root page (one per language).

    The rights that depend on the publishing setting are revoked where it no longer grants them.
    """
    for role in roles.ROLES:
        group = municipality.group_for(role.key)
        granted = role.root_page_permissions(municipality.publishes_directly)
        for codename in granted:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission(codename, "wagtailcore")
            )
        withdrawn = set(role.direct_publishing_page_permissions) - set(granted)
        GroupPagePermission.objects.filter(
            group=group, page=page, permission__content_type__app_label="wagtailcore", permission__codename__in=withdrawn
        ).delete()


def grant_plugin_page_permissions(municipality, role_key, page):
    """Give the municipality's group for a role its rights on a plugin page opened to that role."""
    group = municipality.group_for(role_key)
    for codename in roles.get(role_key).plugin_page_permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_permission(codename, "wagtailcore"))


def add_languages(municipality, codes, user=None):
    """Translate the municipality's root page into new languages and grant permissions there."""
    source = get_municipality_page_model().objects.get(municipality=municipality, locale__language_code=municipality.default_language)
    ensure_platform(codes)
    existing = set(municipality.pages.values_list("locale__language_code", flat=True))
    for code in codes:
        if code not in existing:
            translate_and_publish(source, ensure_locale(code), user=user)
    apply_to_root_pages(municipality)


def apply_to_root_pages(municipality):
    """Rights and workflow on every root page, as the role table and the publishing setting say."""
    for page in municipality.pages.all():
        grant_page_permissions(municipality, page)
    assign_workflow(municipality)


@transaction.atomic
def set_publishing(municipality, publishing, user=None):
    """Switch between publishing directly and review: the editors' publish right and the workflow
    on every root page follow; the switch is written to the audit log."""
    previous = Municipality.objects.filter(pk=municipality.pk).values_list("publishing", flat=True).get()
    municipality.publishing = Municipality.Publishing(publishing)
    municipality.save(update_fields=["publishing"])
    apply_to_root_pages(municipality)
    if previous != municipality.publishing:
        log(
            municipality, "integreat.publishing_changed", user=user,
            data={"municipality": municipality.slug, "from": previous, "to": municipality.publishing},
        )


@transaction.atomic
def create_municipality(
    *, name, slug, language_codes, default_language, kind=Municipality.Kind.CITY, parent=None,
    intro="", imprint="", hostname="", enabled_plugins=(), user=None, instance=None, **fields,
):
    """Create a municipality with its page in every language, groups, collection and optional Site.

    Callers validate first (MunicipalityForm); this function assumes clean input.
    """
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
    for role in roles.ROLES:
        create_role_group(municipality, role)
    ensure_workflow(municipality)

    parent_page = platform.get_translation(ensure_locale(default_language))
    page = parent_page.add_child(
        instance=get_municipality_page_model()(
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
