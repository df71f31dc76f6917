"""Store human-written translations the way wagtail-localize would (the demos of the site and of
plugins bring theirs along with the source).

For a source page or snippet and an in-memory copy holding the translated values (same structure, same
StreamField block ids), each extracted segment of the copy becomes a StringTranslation of the
matching source segment; then wagtail-localize builds and publishes the translated page. Editors
see the result in wagtail-localize's editor as 100 % translated, exactly like their own work.
"""

from collections import defaultdict

from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .services import translate_and_publish


def _by_path(segments):
    grouped = defaultdict(list)
    for segment in segments:
        grouped[segment.path].append(segment)
    return grouped


def translate_instance(source_instance, translated_instance, locale, user=None):
    """Translate `source_instance` into `locale` with the strings of `translated_instance`."""
    source, _ = TranslationSource.update_or_create_from_instance(source_instance)
    store_string_translations(source, translated_instance, locale, user=user)
    return translate_and_publish(source_instance, locale, user=user)


def store_string_translations(source, translated_instance, locale, user=None):
    """Each string of `translated_instance` becomes the manual translation of the matching segment of `source`."""
    translated = _by_path(
        segment for segment in extract_segments(translated_instance) if isinstance(segment, StringSegmentValue)
    )
    source_segments = (
        StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    )
    seen = defaultdict(int)
    for segment in source_segments:
        path = segment.context.path
        index = seen[path]
        seen[path] += 1
        candidates = translated.get(path, [])
        if index >= len(candidates):
            continue  # structure differs: keep the source text (wagtail-localize's fallback)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": candidates[index].string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
