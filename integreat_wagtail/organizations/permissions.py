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


def may_be_owned(page, organization):
    """Only pages of the organization's own municipality, and never a municipality's home page."""
    return (
        organization is not None
        and type(page).organization_may_own
        and organization.municipality_id == getattr(page.municipality, "pk", None)
    )


def grant_members(pages, organization):
    """Exactly `organization`'s members (or nobody's) hold organization rights on these pages."""
    owned = [page.pk for page in pages if may_be_owned(page, organization)]
    GroupPagePermission.objects.filter(page_id__in=[page.pk for page in pages], group__organization__isnull=False).exclude(
        page_id__in=owned, group_id=getattr(organization, "members_group_id", None)
    ).delete()
    if owned:
        permissions = list(member_page_permissions())
        GroupPagePermission.objects.bulk_create(
            [
                GroupPagePermission(group_id=organization.members_group_id, page_id=page_id, permission=permission)
                for page_id in owned
                for permission in permissions
            ],
            ignore_conflicts=True,
        )


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
    grant_members(versions, source.organization)
