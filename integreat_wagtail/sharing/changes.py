"""For copies: whether the original changed since the copy was made (or last compared), and how."""

import difflib

from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.models import Page, Revision

from .models import Reuse


def changed_languages(reuses):
    """{reuse id: [language codes whose original was published again since]} for copies."""
    copies = [reuse for reuse in reuses if reuse.kind == Reuse.Kind.COPY and reuse.status == Reuse.Status.ACTIVE]
    live = Page.objects.live().filter(translation_key__in=[reuse.source_translation_key for reuse in copies])
    current = {(key, code): revision for key, code, revision in live.values_list("translation_key", "locale__language_code", "live_revision_id")}
    return {
        reuse.pk: sorted(
            code for (key, code), revision in current.items()
            if key == reuse.source_translation_key and code in reuse.source_revisions and reuse.source_revisions[code] != revision
        )
        for reuse in copies
    }


def text_lines(page):
    """The page's texts as lines: its title and every text, rich text and stream field, tags stripped."""
    lines = [page.title]
    for field in page._meta.concrete_fields:
        if field.model is Page or not (isinstance(field, StreamField) or field.get_internal_type() == "TextField"):
            continue
        value = getattr(page, field.name)
        text = strip_tags(str(value.render_as_block() if isinstance(field, StreamField) else value))
        lines += [line.strip() for line in text.splitlines() if line.strip()]
    return lines


def diff(reuse, code):
    """[(sign, line)] from the source version the copy knows to the source's live version, or None."""
    known = Revision.objects.filter(pk=reuse.source_revisions.get(code)).first()
    source = Page.objects.live().filter(translation_key=reuse.source_translation_key, locale__language_code=code).first()
    if known is None or source is None:
        return None
    before, after = text_lines(known.as_object()), text_lines(source.specific)
    return [(line[0], line[2:]) for line in difflib.ndiff(before, after) if line[0] in " +-"]


def mark_compared(reuse, code):
    """The copy's editors looked at the change in that language: compare with the current version from now on."""
    live = Page.objects.live().filter(translation_key=reuse.source_translation_key, locale__language_code=code).first()
    if live is not None:
        reuse.source_revisions[code] = live.live_revision_id
        reuse.save(update_fields=["source_revisions"])
