"""The reader's note on a translated page: the original is newer, or the text is an unchecked machine translation."""

from django import template
from wagtail.models import Page

from integreat_wagtail import languages

from ..states import TranslationState, page_translation_state

register = template.Library()


@register.inclusion_tag("translations/translation_note.html", takes_context=True)
def translation_note(context, page):
    """A fixed handful of queries for one page, whatever the size of its tree (states.py)."""
    municipality = getattr(page, "municipality", None)
    status = page_translation_state(page, municipality) if municipality else None
    if status is None or status[0] not in (TranslationState.OUTDATED, TranslationState.MACHINE):
        return {"state": None}
    state, source_id = status
    source_language = languages.get(municipality.default_language)
    return {
        "state": state,
        "source_language": source_language,
        "source_url": Page.objects.get(pk=source_id).get_url(request=context.get("request")),
    }
