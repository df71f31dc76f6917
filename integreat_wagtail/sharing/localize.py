"""wagtail-localize's records for copies: in the target, a copied page's languages are translations of
its default-language copy, in the state they have at the source.

Copies of one page share a translation key, but without wagtail-localize's records they would be
unrelated pages to its editor and to the translation dashboard (`translations/states.py`). For each
copied page the target gets a `TranslationSource` (its default-language copy), a `Translation` per
other language, the source's string translations (machine-translated ones stay unreviewed) and a
`TranslationLog` that dates the sync so that the state matches the source's: a translation outdated
at the source is outdated in the target, a current one current, a draft stays in translation.
Where the source's default language differs from the target's, its records do not apply: the
copies' own texts become the translations, synced now.
"""

from django.utils import timezone
from wagtail_localize.models import StringTranslation, Translation, TranslationContext, TranslationLog, TranslationSource

from integreat_wagtail.translations.instances import store_string_translations
from integreat_wagtail.translations.states import TranslationState, page_translation_state, synced_at


def link_translations(sources, copies, source_municipality, target_municipality):
    """Record the target's copies of a page ({language code: page}, drafts included) as wagtail-localize
    translations of its default-language copy, each in the state of the source's translation there."""
    code = target_municipality.default_language
    if code not in copies:
        return
    target_source, _created = TranslationSource.update_or_create_from_instance(copies[code])
    now = timezone.now()
    TranslationSource.objects.filter(pk=target_source.pk).update(last_updated_at=now)  # extracted from the copy now
    carries_states = source_municipality.default_language == code and code in sources
    source_record = (
        TranslationSource.objects.filter(object_id=sources[code].translation_key, locale_id=copies[code].locale_id).first()
        if carries_states else None
    )
    for language, copy in copies.items():
        if language == code:
            continue
        Translation.objects.get_or_create(source=target_source, target_locale=copy.locale)
        if source_record is not None:
            copy_string_translations(source_record.object_id, copies[code].translation_key, copy.locale)
        else:
            store_string_translations(target_source, copy.specific, copy.locale)
        state = page_translation_state(sources[language], source_municipality) if carries_states and language in sources else None
        synced = now
        if state is not None and state[0] == TranslationState.OUTDATED:
            synced = source_synced_at(source_record, sources[language])
        TranslationLog.objects.filter(source=target_source, locale=copy.locale).delete()
        log = TranslationLog.objects.create(source=target_source, locale=copy.locale, revision=copy.latest_revision)
        TranslationLog.objects.filter(pk=log.pk).update(created_at=synced)


def copy_string_translations(source_key, target_key, locale):
    """The source page's string translations into `locale`, for the same strings of the target's copy."""
    contexts = {context.path: context for context in TranslationContext.objects.filter(object_id=target_key)}
    for translation in StringTranslation.objects.filter(context__object_id=source_key, locale=locale).select_related("context"):
        context = contexts.get(translation.context.path)
        if context is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of_id=translation.translation_of_id, locale=locale, context=context,
            defaults={
                "data": translation.data, "translation_type": translation.translation_type, "tool_name": translation.tool_name,
                "last_translated_by_id": translation.last_translated_by_id, "has_error": translation.has_error,
                "field_error": translation.field_error,
            },
        )


def source_synced_at(source_record, translation):
    """When the source's translation last took its content from its source page (states.synced_at)."""
    extracted = source_record.last_updated_at if source_record else None
    written = (
        TranslationLog.objects.filter(source=source_record, locale=translation.locale_id).order_by("-created_at")
        .values_list("created_at", flat=True).first() if source_record else None
    )
    return synced_at(extracted, written, translation.last_published_at) or translation.last_published_at
