"""Translation files (XLIFF and PO) of one page × language: download, and upload all or nothing.

wagtail-localize's own PO upload imports what it recognises and skips the rest, and a file
without its header ends in a server error. Here a file is checked as a whole first — the page it
was made for, the languages, every text it names — and a file with any problem changes nothing
and says what is wrong. A text is identified by its translation context (the field) and its
source string, which survive re-extraction of the source, so a file downloaded before a sync still
fits where its texts are still used.
"""

import contextlib
import os
import tempfile
import uuid
from dataclasses import dataclass

import polib
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import String, StringSegment, StringTranslation, Translation

from . import xliff

MACHINE = StringTranslation.TRANSLATION_TYPE_MACHINE
MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL
XLIFF_TOOL = "XLIFF file"
PO_TOOL = "PO File"  # wagtail-localize's own name for PO uploads


@dataclass(frozen=True)
class Incoming:
    """One uploaded translation of a text: `reviewed` None when the file does not say."""

    context_id: int
    string_id: int
    data: str
    reviewed: bool | None


def segments(translation):
    """The source's string segments in order, each annotated with its translation (or None)."""
    return (
        StringSegment.objects.filter(source=translation.source)
        .order_by("order")
        .select_related("context", "string")
        .annotate_translation(translation.target_locale, include_errors=True)
    )


def unit_id(segment):
    return f"c{segment.context_id}-s{segment.string_id}"


def export_xliff(translation):
    """The XLIFF 1.2 file of the translation: every text with its translation and review state."""
    types = {
        (row.context_id, row.translation_of_id): row.translation_type for row in _existing(translation).values()
    }
    units, seen = [], set()
    for segment in segments(translation):
        if unit_id(segment) in seen:  # the same text twice in one field shares one translation
            continue
        seen.add(unit_id(segment))
        target = segment.translation
        state = ""
        if target is not None:
            machine = types.get((segment.context_id, segment.string_id)) == MACHINE
            state = "needs-review-translation" if machine else "translated"
        units.append(xliff.Unit(unit_id(segment), segment.string.data, target, state, segment.context.path))
    return xliff.dumps(xliff.XliffFile(
        original=str(translation.source.object_id),
        source_language=translation.source.locale.language_code,
        target_language=translation.target_locale.language_code,
        units=tuple(units),
    ))


def read_xliff(translation, data):
    """The translations an uploaded XLIFF file holds for `translation`; ValidationError if it does not fit."""
    try:
        document = xliff.loads(data)
    except xliff.XliffError as error:
        raise ValidationError(str(error)) from error
    if document.original != str(translation.source.object_id):
        raise ValidationError(_("This file was made for another page."))
    _check_languages(translation, document.source_language, document.target_language)
    known = {unit_id(segment): segment for segment in segments(translation)}
    unknown = [unit.id for unit in document.units if unit.id not in known]
    _refuse_unknown(unknown)
    return [
        Incoming(known[unit.id].context_id, known[unit.id].string_id, unit.target, unit.state not in xliff.UNREVIEWED_STATES)
        for unit in document.units
        if unit.target
    ]


def read_po(translation, data):
    """The translations an uploaded PO file (downloaded from wagtail-localize's editor) holds."""
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        file.write(data)  # polib would read a file *name* passed as contents
    try:
        po = polib.pofile(file.name)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ValidationError(_("The file is not a valid PO file.")) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(file.name)
    made_for = po.metadata.get("X-WagtailLocalize-TranslationID", "")
    if not _is_uuid(made_for):
        raise ValidationError(_("This PO file was not downloaded from a translation editor of this site."))
    if made_for != str(translation.uuid):
        other = Translation.objects.filter(uuid=made_for).select_related("target_locale").first()
        if other is not None and other.source_id == translation.source_id:
            _check_languages(translation, translation.source.locale.language_code, other.target_locale.language_code)
        raise ValidationError(_("This file was made for another page."))
    known = {(segment.context.path, segment.string.data_hash): segment for segment in segments(translation)}
    incoming, unknown = [], []
    for entry in po:
        if entry.obsolete:  # texts the source no longer uses, for reference only
            continue
        segment = known.get((entry.msgctxt, String._get_data_hash(entry.msgid)))
        if segment is None:
            unknown.append(f"{entry.msgctxt}: {entry.msgid[:40]}")
        elif entry.msgstr:
            incoming.append(Incoming(segment.context_id, segment.string_id, entry.msgstr, False if entry.fuzzy else None))
    _refuse_unknown(unknown)
    return incoming


@transaction.atomic
def import_strings(translation, incoming, user, tool_name):
    """Store the uploaded translations; returns how many changed. A text whose translation is
    unchanged keeps its review state unless the file says otherwise."""
    existing = _existing(translation)
    changed = 0
    for item in incoming:
        row = existing.get((item.context_id, item.string_id))
        if row is not None and row.data == item.data and (item.reviewed is None or item.reviewed == (row.translation_type == MANUAL)):
            continue
        reviewed = True if item.reviewed is None else item.reviewed
        StringTranslation.objects.update_or_create(
            translation_of_id=item.string_id, context_id=item.context_id, locale=translation.target_locale,
            defaults={
                "data": item.data, "translation_type": MANUAL if reviewed else MACHINE, "tool_name": tool_name,
                "last_translated_by": user, "updated_at": timezone.now(), "has_error": False, "field_error": "",
            },
        )
        changed += 1
    return changed


def _existing(translation):
    """{(context id, string id): StringTranslation} of the translation's page and language."""
    return {
        (row.context_id, row.translation_of_id): row
        for row in StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        )
    }


def _check_languages(translation, source_code, target_code):
    expected = (translation.source.locale.language_code, translation.target_locale.language_code)
    if (source_code, target_code) != expected:
        raise ValidationError(
            _("This file translates from “%(file_source)s” into “%(file_target)s”; this translation is from “%(source)s” into “%(target)s”.")
            % {"file_source": source_code, "file_target": target_code, "source": expected[0], "target": expected[1]}
        )


def _refuse_unknown(unknown):
    if unknown:
        raise ValidationError(
            _("The file names texts this page does not have (%(texts)s). Download the file again.")
            % {"texts": ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")}
        )


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
