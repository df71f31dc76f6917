"""Sharing a page, taking it as a mirror or a copy, and what happens when the source changes.

Callers check who may do what (access.py); these functions check what may be done: a page only
from a share open to the taking municipality, under a parent in its own tree, in its default
language. Each runs in one transaction, so a refused or failed step leaves nothing behind.
"""

import uuid
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from integreat_wagtail import languages
from integreat_wagtail.municipalities.pages import get_content_page_model, municipality_for

from .copying import copy_page, refresh_mirror
from .localize import link_translations
from .models import Reuse, Share


def language_name(code):
    language = languages.get(code)
    return language.native_name if language else code


def translations(translation_key, live_only=True):
    """{language code: page} of every language version of a page."""
    pages = Page.objects.filter(translation_key=translation_key).select_related("locale")
    if live_only:
        pages = pages.live()
    return {page.locale.language_code: page for page in pages}


@transaction.atomic
def share_page(page, audience, recipients=(), include_subpages=True, user=None):
    """Open a content page (any language version given) to an audience; sharing again changes it."""
    municipality = municipality_for(page)
    if municipality is None or not isinstance(page.specific, get_content_page_model()):
        raise ValidationError(_("Only topic pages of a municipality can be shared."))
    if Reuse.objects.filter(target_translation_key=page.translation_key, kind=Reuse.Kind.MIRROR).exists():
        raise ValidationError(_("This page mirrors another municipality's page; only its source can share it."))
    source = translations(page.translation_key, live_only=False).get(municipality.default_language, page)
    share, _created = Share.objects.update_or_create(
        page=source,
        defaults={"municipality": municipality, "audience": audience, "include_subpages": include_subpages, "created_by": user},
    )
    share.recipients.set(recipients if audience == Share.Audience.CHOSEN else [])
    return share


@transaction.atomic
def stop_sharing(share):
    """Unshare: mirrors stay in their municipalities with the last content, marked as no longer current."""
    Reuse.objects.filter(share=share, status=Reuse.Status.ACTIVE).update(status=Reuse.Status.UNSHARED)
    share.delete()


def shared_pages(shares):
    """Live content pages (the source's default language) the shares open, as one queryset."""
    if not shares:
        return get_content_page_model().objects.none()
    query = None
    for share in shares:
        part = {"path__startswith": share.page.path} if share.include_subpages else {"pk": share.page_id}
        query = Page.objects.filter(**part) if query is None else query | Page.objects.filter(**part)
    return get_content_page_model().objects.live().filter(pk__in=query.values("pk"))


def share_for(page, municipality):
    """The share through which `municipality` may read `page`, or None."""
    for share in Share.objects.visible_to(municipality).select_related("page"):
        if share.covers(page):
            return share
    return None


def check_target(page, parent, kind):
    """(share, municipality, {language: source page}) for taking `page` under `parent`, or ValidationError."""
    municipality = municipality_for(parent)
    share = share_for(page, municipality) if municipality else None
    if share is None:
        raise ValidationError(_("This page is not shared with your municipality."))
    if parent.locale.language_code != municipality.default_language:
        raise ValidationError(_("Choose the parent page in your municipality's default language."))
    page_class = page.specific_class
    if page_class not in parent.specific_class.allowed_subpage_models() or not page_class.can_create_at(parent):
        raise ValidationError(_("A topic page cannot be placed under “%(parent)s”.") % {"parent": parent.title})
    sources = translations(page.translation_key, live_only=kind == Reuse.Kind.MIRROR)
    if municipality.default_language not in sources:
        raise ValidationError(
            _("“%(title)s” has no published version in %(language)s, the default language of %(municipality)s.")
            % {"title": page.title, "language": language_name(municipality.default_language), "municipality": municipality}
        )
    if Reuse.objects.filter(target_municipality=municipality, source_translation_key=page.translation_key).exists():
        raise ValidationError(_("Your municipality already has “%(title)s” as a mirror or copy.") % {"title": page.title})
    return share, municipality, sources


@transaction.atomic
def take(page, parent, kind, user=None, publish=True):
    """Mirror or copy a shared page under `parent`, in every language both municipalities have, with
    its subpages where the share includes them (each its own mirror or copy, below its parent's).

    The page goes into the parent's translation in each language; a language where the parent has
    no translation is left out (translate the parent first). `publish=False` (a copy by someone who may
    not publish there) leaves the copies as drafts."""
    share, municipality, sources = check_target(page, parent, kind)
    reuse, copy = take_one(page, sources, parent, kind, share, user, publish)
    if share.include_subpages:
        copies = {page.path: copy}
        for child in page.get_descendants().filter(locale_id=page.locale_id).order_by("path"):
            below = copies.get(child.path[: -child.steplen])
            versions = translations(child.translation_key, live_only=kind == Reuse.Kind.MIRROR)
            taken = Reuse.objects.filter(target_municipality=municipality, source_translation_key=child.translation_key)
            if below is not None and municipality.default_language in versions and not taken.exists():
                copies[child.path] = take_one(child, versions, below, kind, share, user, publish)[1]
    return reuse, copy


def take_one(page, sources, parent, kind, share, user=None, publish=True):
    """One page taken: its copy in each language the parent has, and the record that remembers its origin."""
    municipality = municipality_for(parent)
    key = uuid.uuid4()
    parents = translations(parent.translation_key, live_only=False)
    created = {}
    for code in municipality.language_codes:
        if code in sources and code in parents:
            created[code] = copy_page(sources[code], parents[code], key, user=user, publish=publish)
    reuse = Reuse.objects.create(
        kind=kind, share=share, source_municipality=share.municipality, source_translation_key=page.translation_key,
        source_title=page.title, target_municipality=municipality, target_translation_key=key, created_by=user,
        source_revisions={code: sources[code].live_revision_id for code in created},
    )
    link_translations(sources, created, share.municipality, municipality)
    return reuse, created[municipality.default_language]


def update_mirrors(source, user=None):
    """After the source published in one language: its mirrors in that language get the new content
    (and a mirror gets the language, where the source added one its municipality has), with their
    translation records; a page new in a mirrored subtree is mirrored below its parent's mirrors."""
    code = source.locale.language_code
    mirrors = Reuse.objects.filter(
        source_translation_key=source.translation_key, kind=Reuse.Kind.MIRROR, status=Reuse.Status.ACTIVE
    ).select_related("target_municipality", "source_municipality", "share__page")
    for reuse in mirrors:
        if not still_shared(reuse, source) or not reuse.target_municipality.offers_language(code):
            continue
        versions = translations(reuse.target_translation_key, live_only=False)
        if code in versions:
            refresh_mirror(source, versions[code], user=user)
        else:
            default = versions.get(reuse.target_municipality.default_language)
            parent = default.get_parent().get_translation_or_none(source.locale) if default else None
            if parent is None:
                continue
            copy_page(source, parent, reuse.target_translation_key, user=user)
        # Wagtail logs a publish after its signal: the states are read once the source's publish is logged.
        transaction.on_commit(partial(relink_mirror, reuse.pk))
    mirror_new_subpage(source, user=user)


@transaction.atomic
def relink_mirror(reuse_id):
    """The mirror's wagtail-localize records, in the states of its source's translations."""
    reuse = Reuse.objects.filter(pk=reuse_id).select_related("source_municipality", "target_municipality").first()
    if reuse is not None:
        link_translations(
            translations(reuse.source_translation_key, live_only=False), translations(reuse.target_translation_key, live_only=False),
            reuse.source_municipality, reuse.target_municipality,
        )


def mirror_new_subpage(page, user=None):
    """A page published in a subtree shared with its subpages appears below every mirror of its parent
    (in the target's default language first; its other languages follow as they are published)."""
    parent = page.get_parent()
    parent_mirrors = Reuse.objects.filter(
        source_translation_key=parent.translation_key, kind=Reuse.Kind.MIRROR, status=Reuse.Status.ACTIVE,
        share__include_subpages=True,
    ).select_related("target_municipality", "share__page", "share__municipality")
    for reuse in parent_mirrors:
        municipality = reuse.target_municipality
        sources = translations(page.translation_key)
        taken = Reuse.objects.filter(target_municipality=municipality, source_translation_key=page.translation_key)
        below = translations(reuse.target_translation_key, live_only=False).get(municipality.default_language)
        if below is not None and municipality.default_language in sources and reuse.share.covers(page) and not taken.exists():
            take_one(sources[municipality.default_language], sources, below, Reuse.Kind.MIRROR, reuse.share, user)


def still_shared(reuse, source):
    """Whether the mirror's share still covers its source; a source moved out of it leaves its mirrors
    as no longer shared (the target keeps the last version, with the notice)."""
    if reuse.share is not None and reuse.share.covers(source):
        return True
    Reuse.objects.filter(pk=reuse.pk).update(status=Reuse.Status.UNSHARED)
    return False


def release_moved(page):
    """After a move: mirrors of the page and its subpages that left their share stop following them."""
    moved = {item.translation_key: item for item in page.get_descendants(inclusive=True).filter(locale_id=page.locale_id)}
    active = Reuse.objects.filter(
        source_translation_key__in=list(moved), kind=Reuse.Kind.MIRROR, status=Reuse.Status.ACTIVE
    ).select_related("share__page")
    for reuse in active:
        still_shared(reuse, moved[reuse.source_translation_key])


def forget_page(translation_key):
    """After a page was deleted: when no language of it is left, mirrors and copies of it learn that
    their source is gone, and a mirror or copy that was deleted drops its record."""
    if Page.objects.filter(translation_key=translation_key).exists():
        return
    Reuse.objects.filter(source_translation_key=translation_key).exclude(status=Reuse.Status.SOURCE_DELETED).update(
        status=Reuse.Status.SOURCE_DELETED
    )
    Reuse.objects.filter(target_translation_key=translation_key).delete()


def active_mirror(page):
    """The reuse that makes `page` a mirror still kept by its source, or None."""
    return Reuse.objects.filter(
        target_translation_key=page.translation_key, kind=Reuse.Kind.MIRROR, status=Reuse.Status.ACTIVE
    ).first()
