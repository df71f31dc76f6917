"""Filling a translation's empty strings: translation memory first, machine translation for the rest.

Replaces wagtail-localize's `apply_machine_translation` (its editor button and the sync form's
"use machine translation" both land here). The memory is every `StringTranslation` of the same
source `String` (same text, same source language) into the same language, on any page of any
municipality: a person's translation is preferred and stays "manual" (reviewed), a reused machine
translation stays "machine" (flagged until someone edits it). Only what the memory lacks goes to
the service, within the municipality's monthly budget (budget.py).
"""

from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext as _
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation

from integreat_wagtail import languages

from . import budget
from .machine import MachineTranslationError, RoutingTranslator


@dataclass
class Result:
    from_memory: int = 0
    from_machine: int = 0
    service: str = ""
    refused: str = ""  # why the rest was not machine-translated, for the editor


def untranslated_segments(translation):
    """{string id: [(string, context id), …]} of the source's strings still empty in the target."""
    done = set(
        StringTranslation.objects.filter(locale=translation.target_locale, context__object_id=translation.source.object_id)
        .values_list("translation_of_id", "context_id")
    )
    pending = defaultdict(list)
    for segment in translation.source.stringsegment_set.select_related("string"):
        if (segment.string_id, segment.context_id) not in done:
            pending[segment.string_id].append((segment.string, segment.context_id))
    return pending


def memory_for(string_ids, locale):
    """{string id: StringTranslation to reuse}: a person's before a machine's, then the newest."""
    entries = (
        StringTranslation.objects.filter(translation_of_id__in=string_ids, locale=locale, has_error=False)
        .annotate(
            machine=Case(
                When(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("machine", "-updated_at")
    )
    best = {}
    for entry in entries:
        best.setdefault(entry.translation_of_id, entry)
    return best


def write(string_id, contexts, locale, user, *, data, translation_type, tool_name):
    for _string, context_id in contexts:
        StringTranslation.objects.get_or_create(
            translation_of_id=string_id,
            locale=locale,
            context_id=context_id,
            defaults={
                "data": data,
                "translation_type": translation_type,
                "tool_name": tool_name,
                "last_translated_by": user,
                "has_error": False,
                "field_error": "",
            },
        )


def service_for(translator, source_locale, target_locale):
    """The service that translates the pair (the routing translator's choice), or None."""
    if isinstance(translator, RoutingTranslator):
        return translator.service_for(source_locale, target_locale)
    if translator is not None and translator.can_translate(source_locale, target_locale):
        return translator
    return None


def language_name(locale):
    """Its own name, as everywhere in the admin ("Deutsch", "ትግርኛ")."""
    language = languages.get(locale.language_code)
    return language.native_name if language else locale.language_code


def fill_translation(translation, user, municipality):
    """Fill the empty strings of `translation` from memory, then by machine; returns a Result.

    Memory entries are kept even when the machine part is refused (no service for the pair,
    budget used up, service failed): `Result.refused` then says why.
    """
    locale = translation.target_locale
    pending = untranslated_segments(translation)
    result = Result()
    with transaction.atomic():
        for string_id, entry in memory_for(list(pending), locale).items():
            write(string_id, pending.pop(string_id), locale, user,
                  data=entry.data, translation_type=entry.translation_type, tool_name=entry.tool_name)
            result.from_memory += 1
    if not pending:
        return result
    source_locale = translation.source.locale
    service = service_for(get_machine_translator(), source_locale, locale)
    if service is None:
        result.refused = _("Machine translation from %(source)s into %(target)s is not available.") % {
            "source": language_name(source_locale), "target": language_name(locale)
        }
        return result
    values = {contexts[0][0].as_value(): string_id for string_id, contexts in pending.items()}
    characters = sum(len(value.data) for value in values)
    try:
        with budget.charged(municipality, characters) if municipality else nullcontext():
            translated = service.translate(source_locale, locale, list(values))
    except budget.BudgetExhausted as error:
        result.refused = _(
            "%(municipality)s's machine translation budget for this month is used up: %(used)s of "
            "%(limit)s characters used, this page needs %(needed)s more. Its admins can see the budget "
            "on the translation status page."
        ) % {"municipality": municipality, "used": error.budget.used, "limit": error.budget.limit, "needed": characters}
        return result
    except MachineTranslationError:
        result.refused = _("%(service)s did not answer; nothing was machine-translated. Please try again later.") % {
            "service": service.display_name
        }
        return result
    with transaction.atomic():
        for value, string_id in values.items():
            if translated.get(value) is not None and translated[value].data is not None:
                write(string_id, pending[string_id], locale, user, data=translated[value].data,
                      translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE, tool_name=service.display_name)
                result.from_machine += 1
    result.service = service.display_name
    return result
