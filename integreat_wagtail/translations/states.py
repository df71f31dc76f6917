"""The state of every page × language of a municipality, computed from what Wagtail and wagtail-localize record.

Nothing here is stored: the state follows from the pages, their publish log and wagtail-localize's
sync records. For a page of the source language (the municipality's default language) and one of
its other languages, exactly one state holds, checked in this order:

- ``missing``: no page with the source's translation key in that language;
- ``in_translation``: the translation exists but readers cannot see it (never published, or
  unpublished again) — a draft;
- ``outdated``: it is live, but the source's last *significant* publish came after the
  translation was last synced from the source (see ``synced_at``);
- ``machine``: live and current, but some of its strings were machine-translated and no person
  has reviewed them yet (``StringTranslation.translation_type == "machine"``, counting only the
  strings the source still uses);
- ``up_to_date``: live, current and reviewed.

A significant publish is any ``wagtail.publish`` log entry of the source whose revision was not
marked as a minor change (``minor_changes.py``). The sync time of a translation is the earlier of
the last time wagtail-localize wrote it (``TranslationLog``) and the last time it extracted the
source's strings (``TranslationSource.last_updated_at``): a translation written before the last
extraction may still carry older source text. Translations made outside wagtail-localize fall back
to their own last publish.

Every function here runs a fixed number of queries, however large the tree.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Exists, Max, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import StringSegment, StringTranslation, TranslationLog, TranslationSource

from .minor_changes import MINOR_CHANGE_ACTION


class TranslationState(models.TextChoices):
    MISSING = "missing", _("Missing")
    IN_TRANSLATION = "in_translation", _("In translation")
    OUTDATED = "outdated", _("Outdated")
    MACHINE = "machine", _("Machine translated")
    UP_TO_DATE = "up_to_date", _("Up to date")


PAGE_FIELDS = ("id", "translation_key", "locale_id", "title", "path", "depth", "live", "last_published_at")


@dataclass
class PageRow:
    """One source page and, per language code, its translation's state and page id."""

    source: dict
    states: dict = field(default_factory=dict)
    translation_ids: dict = field(default_factory=dict)


def municipality_translation_states(municipality):
    """The live pages of the municipality's source language, in tree order, each with its states."""
    roots = list(municipality.pages.values("path", "locale_id", "locale__language_code"))
    locale_ids = {root["locale__language_code"]: root["locale_id"] for root in roots}
    source_code = municipality.default_language
    if source_code not in locale_ids:
        return []
    # A language without a root page (yet) has no pages either: every page is missing there.
    targets = {code: locale_ids.get(code) for code in municipality.language_codes if code != source_code}
    pages = Page.objects.filter(reduce(or_, (Q(path__startswith=root["path"]) for root in roots))).values(*PAGE_FIELDS)
    sources, translations = [], {}
    for page in pages.order_by("path"):
        if page["locale_id"] == locale_ids[source_code]:
            if page["live"]:
                sources.append(page)
        else:
            translations[(page["translation_key"], page["locale_id"])] = page
    return _rows(sources, translations, targets)


def page_translation_state(page, municipality):
    """(state, source page id) of one translated page, for its readers; None for the source language."""
    source_code = municipality.default_language
    if page.locale.language_code == source_code:
        return None
    source = Page.objects.filter(translation_key=page.translation_key, locale__language_code=source_code, live=True)
    source = source.values(*PAGE_FIELDS).first()
    if source is None:
        return None
    current = {field_name: getattr(page, field_name) for field_name in PAGE_FIELDS}
    code = page.locale.language_code
    [row] = _rows([source], {(page.translation_key, page.locale_id): current}, {code: page.locale_id})
    return row.states[code], source["id"]


def _rows(sources, translations, targets):
    """States for `sources` × `targets` ({language code: locale id}), in five queries."""
    keys = [source["translation_key"] for source in sources]
    if not keys or not targets:
        return [PageRow(source) for source in sources]
    published = _significant_publishes([source["id"] for source in sources])
    extracted = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale_id=sources[0]["locale_id"]).values_list(
            "object_id", "last_updated_at"
        )
    )
    written = {
        (entry["source__object_id"], entry["locale_id"]): entry["at"]
        for entry in TranslationLog.objects.filter(
            source__object_id__in=keys, source__locale_id=sources[0]["locale_id"], locale_id__in=targets.values()
        )
        .values("source__object_id", "locale_id")
        .annotate(at=Max("created_at"))
    }
    machine = _unreviewed_machine_translations(keys, sources[0]["locale_id"], targets.values())
    rows = []
    for source in sources:
        row = PageRow(source)
        key = source["translation_key"]
        changed_at = published.get(source["id"]) or source["last_published_at"]
        for code, locale_id in targets.items():
            translation = translations.get((key, locale_id))
            if translation is None:
                row.states[code] = TranslationState.MISSING
                continue
            row.translation_ids[code] = translation["id"]
            synced = synced_at(extracted.get(key), written.get((key, locale_id)), translation["last_published_at"])
            if not translation["live"]:
                row.states[code] = TranslationState.IN_TRANSLATION
            elif changed_at and synced and changed_at > synced:
                row.states[code] = TranslationState.OUTDATED
            elif (key, locale_id) in machine:
                row.states[code] = TranslationState.MACHINE
            else:
                row.states[code] = TranslationState.UP_TO_DATE
        rows.append(row)
    return rows


def synced_at(extracted_at, written_at, published_at):
    """When the translation last took its content from the source (module docstring)."""
    if written_at is None:
        return published_at
    return min(written_at, extracted_at) if extracted_at else written_at


def _significant_publishes(page_ids):
    """{page id: time of its last publish not marked as a minor change}."""
    minor = PageLogEntry.objects.filter(
        page_id__in=page_ids, action=MINOR_CHANGE_ACTION, revision_id__isnull=False
    ).values("revision_id")
    return dict(
        PageLogEntry.objects.filter(page_id__in=page_ids, action="wagtail.publish")
        .exclude(revision_id__in=minor)
        .values("page_id")
        .annotate(at=Max("timestamp"))
        .values_list("page_id", "at")
    )


def _unreviewed_machine_translations(keys, source_locale_id, target_locale_ids):
    """{(translation key, locale id)} with a machine-translated string the source still uses."""
    used = StringSegment.objects.filter(
        source__object_id=OuterRef("context__object_id"),
        source__locale_id=source_locale_id,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    return set(
        StringTranslation.objects.filter(
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            context__object_id__in=keys,
            locale_id__in=list(target_locale_ids),
        )
        .filter(Exists(used))
        .values_list("context__object_id", "locale_id")
        .distinct()
    )
