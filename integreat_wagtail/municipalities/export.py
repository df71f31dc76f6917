"""export_municipality: one municipality's pages, translations, plugin rows, media, groups and users
in a zip archive (format: portable.py), written row by row so memory stays flat."""

import datetime
import json
import shutil
import uuid
import zipfile

from django.contrib.auth import get_user_model
from django.core.files.storage import storages
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, PageLogEntry
from wagtail_localize import models as localize

from . import portable, roles
from .models import Municipality
from .pages import MUNICIPALITY_DEPTH
from .removal import groups_of

CHUNK = 500


class ArchiveWriter:
    """Writes JSON-lines members and media files into the zip and remembers them for the manifest."""

    def __init__(self, archive):
        self.archive = archive
        self.members = []
        self.natural_keys = {}
        self.pending_files = []

    def lines(self, name, records):
        """One JSON-lines member, then the files its rows named (a zip takes one member at a time)."""
        count = 0
        with self.archive.open(name, "w", force_zip64=True) as member:
            for record in records:
                member.write(json.dumps(record, cls=DjangoJSONEncoder, ensure_ascii=False).encode() + b"\n")
                count += 1
        self.members.append({"file": name, "rows": count})
        for storage, folder, file_name in self.pending_files:
            with storage.open(file_name, "rb") as source, self.archive.open(f"{folder}/{file_name}", "w", force_zip64=True) as target:
                shutil.copyfileobj(source, target, 1 << 20)
        self.pending_files.clear()

    def file(self, storage, name):
        """Queue a stored file for the archive (copied in chunks): under media/ from the public
        storage, under private/ from any other. Returns the folder, or None when the file is missing."""
        folder = "media" if _same_storage(storage, storages["default"]) else "private"
        if not name or not storage.exists(name):
            return False
        self.pending_files.append((storage, folder, name))
        return folder


    def record(self, obj, fields=None):
        """A row as {pk, fields, refs}: plain values as text, keys as old ids, natural keys for rows
        another installation already has (locales, content types, users, global translatable rows)."""
        values, refs = {}, {}
        for field in fields or obj._meta.concrete_fields:
            if field.primary_key and not isinstance(field, models.UUIDField):
                continue
            if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
                continue
            raw = getattr(obj, field.attname)
            if field.is_relation:
                values[field.attname] = raw
                ref = self.natural_key(field.related_model, raw)
                if ref is not None:
                    refs[field.attname] = ref
            elif raw is None:
                values[field.attname] = None
            elif isinstance(field, models.JSONField):
                values[field.attname] = raw
            else:
                values[field.attname] = field.value_to_string(obj)
        return {"pk": obj.pk, "fields": values, "refs": refs}

    def natural_key(self, model, pk):
        cache_key = (model, pk)
        if cache_key not in self.natural_keys:
            self.natural_keys[cache_key] = portable.natural_key(model, pk)
        return self.natural_keys[cache_key]


def page_trees(municipality):
    """The municipality's pages in every language, parents before children."""
    query = models.Q()
    for path in municipality.pages.values_list("path", flat=True):
        query |= models.Q(path__startswith=path)
    return Page.objects.filter(query).order_by("path") if query else Page.objects.none()


def export_municipality(municipality, path):
    """Write the archive to `path` (a file name or a binary file object); returns the manifest."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        writer = ArchiveWriter(archive)
        pages = page_trees(municipality)
        page_ids = pages.values("pk")
        collections = Collection.objects.descendant_of(municipality.collection, inclusive=True) if municipality.collection_id else Collection.objects.none()
        groups = groups_of(municipality)
        group_ids = set(groups.values_list("pk", flat=True))
        users = get_user_model().objects.filter(groups__in=groups, is_superuser=False).distinct().order_by("pk")

        writer.lines("municipality.jsonl", [_municipality(writer, municipality)])
        writer.lines("collections.jsonl", ({"pk": c.pk, "name": c.name, "depth": c.depth, "parent": c.get_parent().pk if c.depth > 1 else None}
                                           for c in collections.order_by("path")))
        writer.lines("groups.jsonl", (_group(municipality, group) for group in groups.order_by("pk").prefetch_related("permissions__content_type")))
        writer.lines("group_collection_permissions.jsonl", (
            {"group": gcp.group_id, "collection": gcp.collection_id, "permission": _permission(gcp.permission)}
            for gcp in GroupCollectionPermission.objects.filter(group__in=groups).select_related("permission__content_type")))
        writer.lines("users.jsonl", (
            {"pk": u.pk, "username": u.username, "email": u.email, "first_name": u.first_name, "last_name": u.last_name,
             "is_active": u.is_active, "is_staff": u.is_staff, "date_joined": u.date_joined,
             "groups": [g.pk for g in u.groups.all() if g.pk in group_ids]}
            for u in users.prefetch_related("groups").iterator(chunk_size=CHUNK)))
        for model, label in ((get_image_model(), "images"), (get_document_model(), "documents")):
            writer.lines(f"{label}.jsonl", _media(writer, model.objects.filter(collection__in=collections).order_by("pk")))

        owned = portable.owned_models()
        for model in owned:
            if model is Page:
                writer.lines("pages.jsonl", _pages(writer, pages))
                continue
            writer.lines(f"rows/{model._meta.label}.jsonl", _rows(writer, _owned_rows(model, municipality, owned, page_ids)))
        writer.lines("group_page_permissions.jsonl", (
            {"group": gpp.group_id, "page": gpp.page_id, "permission": _permission(gpp.permission)}
            for gpp in GroupPagePermission.objects.filter(page__in=page_ids, group__in=groups).select_related("permission__content_type")))
        writer.lines(f"rows/{PageLogEntry._meta.label}.jsonl", _rows(writer, PageLogEntry.objects.filter(page__in=page_ids).order_by("pk")))
        for model, queryset in _localize_rows(municipality, pages, owned):
            writer.lines(f"rows/{model._meta.label}.jsonl", _rows(writer, queryset))

        manifest = {
            "format": "integreat-wagtail municipality",
            "format_version": portable.FORMAT_VERSION,
            "export_id": str(uuid.uuid4()),
            "exported_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "municipality": municipality.slug,
            "members": writer.members,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    return manifest


def _municipality(writer, municipality):
    record = writer.record(municipality, [f for f in municipality._meta.concrete_fields if not f.is_relation])
    record["parent"] = municipality.parent.slug if municipality.parent_id else None
    record["site"] = {"hostname": municipality.site.hostname, "port": municipality.site.port} if municipality.site_id else None
    return record


def _permission(permission):
    return [permission.content_type.app_label, permission.codename]


def _group(municipality, group):
    role = next((role.group_field for role in roles.ROLES if getattr(municipality, f"{role.group_field}_id") == group.pk), None)
    return {"pk": group.pk, "name": group.name, "role": role, "permissions": [_permission(p) for p in group.permissions.all()]}


def _media(writer, queryset):
    for item in queryset.iterator(chunk_size=CHUNK):
        record = writer.record(item)
        record["tags"] = sorted(item.tags.names())
        record["files"] = {"file": writer.file(item.file.storage, item.file.name)}
        yield record


def _pages(writer, pages):
    """Pages in path order: a parent's id is known before its children (no query per page)."""
    ids_by_path = {}
    for page in pages.specific().iterator(chunk_size=CHUNK):
        ids_by_path[page.path] = page.pk
        record = writer.record(page)
        record.update(model=page._meta.label, parent=ids_by_path.get(page.path[:-Page.steplen]), root=page.depth == MUNICIPALITY_DEPTH)
        for name in ("path", "depth", "numchild", "url_path", "latest_revision_id", "live_revision_id"):
            record["fields"].pop(name, None)
        if page.has_unpublished_changes and page.latest_revision_id:
            record["draft"] = page.latest_revision.content
        yield record


def _owned_rows(model, municipality, owned, page_ids):
    """A model's rows of this municipality: through a key to it, to a page, or to an owned row."""
    query = models.Q()
    for field in portable.relations(model):
        target = portable.base_model(field.related_model)
        if field.related_model is Municipality and field.name != "parent":
            query |= models.Q(**{field.name: municipality})
        elif target is Page and portable.is_page_part(model):
            query |= models.Q(**{f"{field.name}__in": page_ids})
        elif target in owned and target is not Page and field.remote_field.on_delete is models.CASCADE:
            query |= models.Q(**{f"{field.name}__in": _owned_rows(target, municipality, owned, page_ids).values("pk")})
    return model._default_manager.filter(query).order_by("pk") if query else model._default_manager.none()


def _rows(writer, queryset):
    files = [f for f in queryset.model._meta.concrete_fields if isinstance(f, models.FileField)]
    for obj in queryset.iterator(chunk_size=CHUNK):
        record = writer.record(obj)
        if files:
            record["files"] = {field.attname: writer.file(field.storage, getattr(obj, field.attname).name) for field in files}
        yield record


def _localize_rows(municipality, pages, owned):
    """wagtail-localize's rows of the municipality's pages and translatable rows, in import order."""
    keys = set(pages.values_list("translation_key", flat=True))
    page_ids = pages.values("pk")
    for model in owned:
        if model is not Page and any(f.name == "translation_key" for f in model._meta.concrete_fields):
            keys |= set(_owned_rows(model, municipality, owned, page_ids).values_list("translation_key", flat=True))
    sources = localize.TranslationSource.objects.filter(object__in=keys)
    contexts = localize.TranslationContext.objects.filter(object__in=keys)
    string_translations = localize.StringTranslation.objects.filter(context__in=contexts)
    strings = localize.String.objects.filter(models.Q(segments__source__in=sources) | models.Q(pk__in=string_translations.values("translation_of"))).distinct()
    related = localize.RelatedObjectSegment.objects.filter(source__in=sources)
    yield localize.TranslatableObject, localize.TranslatableObject.objects.filter(models.Q(pk__in=keys) | models.Q(pk__in=related.values("object"))).order_by("pk")
    yield localize.TranslationSource, sources.order_by("pk")
    yield localize.String, strings.order_by("pk")
    yield localize.TranslationContext, contexts.order_by("pk")
    yield localize.Template, localize.Template.objects.filter(segments__source__in=sources).distinct().order_by("pk")
    for model in (localize.StringSegment, localize.TemplateSegment, localize.RelatedObjectSegment, localize.OverridableSegment, localize.Translation):
        yield model, model.objects.filter(source__in=sources).order_by("pk")
    yield localize.StringTranslation, string_translations.order_by("pk")
    yield localize.SegmentOverride, localize.SegmentOverride.objects.filter(context__in=contexts).order_by("pk")
    yield localize.TranslationLog, localize.TranslationLog.objects.filter(source__in=sources).order_by("pk")


def _same_storage(one, other):
    return all(getattr(one, name, None) == getattr(other, name, None) for name in ("__class__", "location", "bucket_name"))
