"""The municipality archive (export_municipality / import_municipality): what goes in, in which order.

An archive is a zip: `manifest.json` (format version, source slug, export id, the files in import
order with their row counts), one JSON-lines file per kind of row and the media files under
`media/` (public storage) and `private/` (private storage). The format is documented in
docs/deploy.md ("Moving a municipality"); change FORMAT_VERSION when a file changes meaning.

Rows are found the way offboarding finds them (`removal.py`): every model with a foreign key to
Municipality, core apps and plugins alike, plus the rows that hang on those or on the pages through
a cascading key (a plugin's translations, photos, event exceptions), so a plugin's models travel
without registering anything. Ids are never kept: every foreign key is written as the old id and
mapped on import; rows outside the archive are named by a natural key (locale code, content type,
username).
"""

import json
import re

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    SegmentOverride,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
    Translation,
    TranslationLog,
    TranslationSource,
)

from .models import Municipality

FORMAT_VERSION = 1

# wagtail-localize's tables in an order where every row's keys point backwards.
LOCALIZE_MODELS = (
    TranslatableObject, TranslationSource, String, TranslationContext, Template, StringSegment,
    TemplateSegment, RelatedObjectSegment, OverridableSegment, Translation, StringTranslation,
    SegmentOverride, TranslationLog,
)
# Rows matched to existing ones on import instead of copied: model -> fields that identify a row.
SHARED_ROWS = {
    TranslatableObject: ("translation_key",),
    String: ("locale", "data_hash"),
    TranslationContext: ("object", "path_id"),
    Template: ("uuid",),
}
# Rows outside the archive a key may point at, named by these fields.
NATURAL_KEYS = {
    Locale: ("language_code",),
    ContentType: ("app_label", "model"),
}
NATURAL_USER_KEYS = ("username", "email")
REFERENCE = re.compile(r'((?:linktype|embedtype)=\\?"(page|image|document)\\?" id=\\?")(\d+)')


def base_model(model):
    """The table whose ids a model's rows carry: the root of multi-table inheritance (Page for pages)."""
    parents = model._meta.get_parent_list()
    return parents[-1] if parents else model


def key(model):
    return base_model(model)._meta.label_lower


def relations(model):
    """The model's own foreign keys (parent links of multi-table inheritance excluded)."""
    return [field for field in model._meta.concrete_fields if field.is_relation and not field.primary_key
            and not (isinstance(field, models.OneToOneField) and field.remote_field.parent_link)]


def owned_models():
    """Models whose rows belong to one municipality (sharing links excluded): a key to Municipality,
    or a cascading key to such a model or to a page, ordered so that every row's keys point at rows written before it.
    Pages are the placeholder `Page` in that order."""
    # Shares and reuses link two municipalities of one installation: the pages travel, a mirror
    # or copy arrives as an ordinary page of its own.
    skip = {Municipality, PageLogEntry, *LOCALIZE_MODELS, *apps.get_app_config("sharing").get_models()}
    direct = [model for model in apps.get_models() if not issubclass(model, Page) and model not in skip
              and any(f.related_model is Municipality and f.name != "parent" for f in relations(model))]
    owned = set(direct)
    changed = True
    while changed:
        changed = False
        for model in apps.get_models():
            if model in owned or model in skip or issubclass(model, Page):
                continue
            for field in relations(model):
                target = base_model(field.related_model)
                if field.remote_field.on_delete is models.CASCADE and (target in owned or (target is Page and is_page_part(model))):
                    owned.add(model)
                    changed = True
                    break
    return _ordered(owned | {Page})


def is_page_part(model):
    """A model whose rows are the page's own parts (an Orderable's ParentalKey to a page type)."""
    return any(getattr(field, "related_model", None) and issubclass(field.related_model, Page)
               and type(field).__name__ == "ParentalKey" for field in relations(model))


def _ordered(models_):
    ordered, pending = [], sorted(models_, key=lambda m: m._meta.label)
    while pending:
        for model in pending:
            needs = {base_model(f.related_model) for f in relations(model)} & set(pending) - {model}
            if not needs:
                ordered.append(model)
                pending.remove(model)
                break
        else:  # a cycle: the rest in name order, unresolvable keys are cleared on import
            ordered += pending
            break
    return ordered


def rich_text_fields(model):
    return [field for field in model._meta.concrete_fields if isinstance(field, (RichTextField, StreamField))]


def remap_text(text, resolve):
    """Page links and image/document embeds in rich text, with their ids mapped (None: left out)."""
    def replace(match):
        new = resolve(match.group(2), int(match.group(3)))
        return f"{match.group(1)}{new if new is not None else 0}"
    return REFERENCE.sub(replace, text) if text else text


def remap_stream(block, value, resolve):
    """A StreamField's raw value with the ids of chosen pages, images and documents mapped."""
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return [dict(item, value=remap_stream(block.child_blocks[item["type"]], item.get("value"), resolve))
                if item.get("type") in block.child_blocks else item for item in value]
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [dict(item, value=remap_stream(block.child_block, item["value"], resolve))
                if isinstance(item, dict) and "type" in item and "value" in item
                else remap_stream(block.child_block, item, resolve) for item in value]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {name: remap_stream(block.child_blocks[name], item, resolve) if name in block.child_blocks else item
                for name, item in value.items()}
    if isinstance(block, blocks.ChooserBlock) and isinstance(value, int):
        kind = {Page: "page"}.get(base_model(block.target_model), block.target_model._meta.model_name)
        return resolve(kind, value)
    if isinstance(block, blocks.RichTextBlock) and isinstance(value, str):
        return remap_text(value, resolve)
    return value


def natural_key(model, pk):
    """How a row outside the archive is found on another installation, or None."""
    if pk is None or issubclass(model, Page):  # pages are in the archive or installation-specific
        return None
    if model is get_user_model():
        return list(model._default_manager.filter(pk=pk).values_list(*NATURAL_USER_KEYS).first() or []) or None
    fields = NATURAL_KEYS.get(model)
    if fields is None and {"translation_key", "locale"} <= {f.name for f in model._meta.concrete_fields}:
        fields = ("translation_key", "locale__language_code")  # a platform-wide translatable row (a category)
    if fields:
        return [str(value) for value in model._default_manager.filter(pk=pk).values_list(*fields).first() or []] or None
    return None


def remap_content(model, data, resolve):
    """A serialized instance (a revision's or a translation source's content) with its own id, its
    translation key, its keys and the references in its texts mapped; keys that cannot be mapped are
    cleared. Child rows (inline panels) lose their ids and get new ones when saved."""
    data = dict(data)
    if data.get("pk") is not None:
        data["pk"] = resolve(base_model(model), data["pk"])
    if data.get("translation_key"):
        data["translation_key"] = resolve(TranslatableObject, data["translation_key"])
    for field in model._meta.concrete_fields:
        value = data.get(field.name)
        if value is None or field.primary_key:
            continue
        if field.is_relation and not (isinstance(field, models.OneToOneField) and field.remote_field.parent_link):
            data[field.name] = resolve(field.related_model, value)
        elif isinstance(field, StreamField) and isinstance(value, str):
            data[field.name] = json.dumps(remap_stream(field.stream_block, json.loads(value), kind_resolver(resolve)))
        elif isinstance(field, RichTextField):
            data[field.name] = remap_text(value, kind_resolver(resolve))
    for relation in model._meta.related_objects:
        children = data.get(relation.name)
        if isinstance(children, list):
            data[relation.name] = [dict(child, pk=None, **{relation.field.name: data.get("pk")}) for child in children if isinstance(child, dict)]
    return data


def kind_resolver(resolve):
    kinds = {"page": Page, "image": get_image_model(), "document": get_document_model()}
    return lambda kind, old: resolve(kinds[kind], old) if kind in kinds else old
