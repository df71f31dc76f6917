"""Page permissions of organization members: on the pages their organization owns, in every language.

The organization of a page is the same in all its translations; the page in the municipality's
default language decides. Every save of a page's row (creation, publishing, wagtail-localize
creating or syncing a translation) runs `follow_organization`, which is idempotent: it copies the
source's organization to the translations and leaves each page with exactly one organization's
grant, so a change of organization moves the permission, whatever the previous value was.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from integreat_wagtail.municipalities.roles import ORGANIZATION_MEMBERS


def member_page_permissions():
    return Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=ORGANIZATION_MEMBERS.page_permissions
    )


def grant_members(page, organization):
    """Exactly `organization`'s members (or nobody's) hold organization rights on this page."""
    stale = GroupPagePermission.objects.filter(page_id=page.pk, group__organization__isnull=False)
    if (
        organization is not None
        and type(page).organization_may_own
        and organization.municipality_id == getattr(page.municipality, "pk", None)
    ):
        stale = stale.exclude(group_id=organization.members_group_id)
        for permission in member_page_permissions():
            GroupPagePermission.objects.get_or_create(
                group_id=organization.members_group_id, page_id=page.pk, permission=permission
            )
    stale.delete()


def _source_of(page, translations):
    """The page in the municipality's default language, else the page itself."""
    municipality = page.municipality
    default = municipality.default_language if municipality else None
    for candidate in translations:
        if candidate.locale.language_code == default:
            return candidate
    return page


@transaction.atomic
def follow_organization(page):
    """Align the organization of all language versions of `page` with its source, then the grants."""
    model = type(page)
    versions = list(model.objects.filter(translation_key=page.translation_key).select_related("locale", "organization"))
    source = _source_of(page, versions)
    organization_id = source.organization_id
    model.objects.filter(pk__in=[version.pk for version in versions if version.organization_id != organization_id]).update(
        organization_id=organization_id
    )
    page.organization_id = organization_id
    for version in versions:
        grant_members(version, source.organization)
