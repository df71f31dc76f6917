"""import_municipality: an archive of export.py into this installation, with new ids, in one
transaction. Files written before a failure are removed again; importing the same archive twice
changes nothing the second time; any other municipality with the slug is a clash."""

import json
import uuid
import zipfile

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, ModelLogEntry, Page, Site

from integreat_wagtail import languages

from . import portable
from .models import Municipality
from .pages import MUNICIPALITY_DEPTH, get_platform_page_model
from .platform import ensure_locale, ensure_platform
from .workflows import assign_workflow, ensure_workflow

IMPORTED_ACTION = "integreat.municipality_imported"


class ImportRefused(ValueError):
    """The archive cannot be imported here; the message says why (nothing was changed)."""


def read_manifest(archive):
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError) as error:
        raise ImportRefused(_("This is not a municipality archive (no readable manifest.json).")) from error
    if manifest.get("format_version") != portable.FORMAT_VERSION:
        raise ImportRefused(_("Unknown archive format version %(found)s (this installation reads version %(known)s).")
                            % {"found": manifest.get("format_version"), "known": portable.FORMAT_VERSION})
    return manifest


def import_municipality(path, slug=None):
    """Import the archive; returns (municipality, created). Raises ImportRefused."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise ImportRefused(_("Cannot read the archive: %(error)s") % {"error": error}) from error
    with archive:
        manifest = read_manifest(archive)
        importer = Importer(archive, manifest, slug or manifest["municipality"])
        try:
            with transaction.atomic():
                return importer.run()
        except ImportRefused:
            importer.remove_files()
            raise
        except (KeyError, ValueError, LookupError, TypeError, ValidationError, DatabaseError, zipfile.BadZipFile) as error:
            importer.remove_files()
            raise ImportRefused(_("The archive is damaged or does not fit this installation (nothing was imported): %(error)r")
                                % {"error": error}) from error
        except BaseException:
            importer.remove_files()
            raise


class Importer:
    def __init__(self, archive, manifest, slug):
        self.archive, self.manifest, self.slug = archive, manifest, slug
        self.ids = {}  # (base model label, old id) -> new id
        self.files = []  # (storage, name) written so far
        self.users = {}

    # ----- reading -----
    def lines(self, name):
        if name not in {member["file"] for member in self.manifest["members"]}:
            return
        with self.archive.open(name) as member:
            for line in member:
                yield json.loads(line)

    # ----- ids -----
    def remember(self, model, old, new):
        self.ids[(portable.key(model), old)] = new

    def translation_key(self, value):
        """Kept on another installation; derived (stable) when the slug changes, so one installation
        can hold a copy next to the original."""
        if value is None or self.slug == self.manifest["municipality"]:
            return value
        return str(uuid.uuid5(uuid.UUID(str(value)), self.slug))

    def resolve(self, model, old, ref=None):
        if old is None:
            return None
        if model is portable.TranslatableObject:
            return self.translation_key(old)
        new = self.ids.get((portable.key(model), old))
        if new is not None or ref is None:
            return new
        if model is Locale:
            return ensure_locale(ref[0]).pk
        if model is ContentType:
            return ContentType.objects.get_by_natural_key(*ref).pk
        if model is get_user_model():
            return model.objects.filter(models.Q(username=ref[0]) | models.Q(email__iexact=ref[1]) if ref[1] else models.Q(username=ref[0])).values_list("pk", flat=True).first()
        return model._default_manager.filter(translation_key=ref[0], locale__language_code=ref[1]).values_list("pk", flat=True).first()


    def values(self, model, record, skip=()):
        """Constructor arguments for a row: plain values parsed, keys mapped, references in text mapped."""
        values = {}
        for field in model._meta.concrete_fields:
            if field.attname not in record["fields"] or field.attname in skip:
                continue
            value = record["fields"][field.attname]
            if field.is_relation:
                value = self.resolve(field.related_model, value, record["refs"].get(field.attname))
            elif value is None or isinstance(field, models.JSONField):
                pass
            elif model is portable.TranslationSource and field.name == "content_json":
                content_type = ContentType.objects.get_for_id(values["specific_content_type_id"])
                value = json.dumps(portable.remap_content(content_type.model_class(), json.loads(value), self.resolve))
            elif isinstance(field, models.UUIDField) and (field.name == "translation_key" or (field.unique and model not in portable.SHARED_ROWS)):
                value = self.translation_key(value)
            elif isinstance(field, StreamField):
                value = json.dumps(portable.remap_stream(field.stream_block, json.loads(value), portable.kind_resolver(self.resolve)))
            elif isinstance(field, RichTextField):
                value = portable.remap_text(value, portable.kind_resolver(self.resolve))
            else:
                value = field.to_python(value)
            values[field.attname] = value
        return values

    def restore_dates(self, model, pk, record):
        """auto_now(_add) fields get the exported time, not the import's."""
        dates = {f.attname: f.to_python(record["fields"][f.attname]) for f in model._meta.concrete_fields
                 if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)}
        dates = {name: value for name, value in dates.items() if value is not None}
        if dates:
            model._default_manager.filter(pk=pk).update(**dates)

    # ----- files -----
    def stored_files(self, model, values, record):
        """Files the archive carries for a row, saved through the field's own storage (public or private)."""
        for attname, folder in record.get("files", {}).items():
            if folder:
                values[attname] = self.store(model._meta.get_field(attname).storage, folder, values[attname])

    def store(self, storage, folder, name):
        with self.archive.open(f"{folder}/{name}") as source:
            stored = storage.save(name, source)
        self.files.append((storage, stored))
        return stored

    def remove_files(self):
        for storage, name in self.files:
            storage.delete(name)

    # ----- the import -----
    def run(self):
        record = next(self.lines("municipality.jsonl"))
        existing = Municipality.objects.filter(slug=self.slug).first()
        if existing is not None:
            if ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Municipality), object_id=str(existing.pk),
                action=IMPORTED_ACTION, data__export_id=self.manifest["export_id"],
            ).exists():
                return existing, False
            raise ImportRefused(_('A municipality with the slug "%(slug)s" exists already. Import with --slug NEW, '
                                  "or remove it first.") % {"slug": self.slug})
        municipality = self.municipality(record)
        self.collections(municipality)
        self.groups(municipality)
        ensure_workflow(municipality)
        municipality.save()
        self.import_users()
        for name in ("images", "documents"):
            self.media(get_image_model() if name == "images" else get_document_model(), name)
        for model in portable.owned_models():
            if model is Page:
                self.pages(municipality)
            else:
                self.rows(model, f"rows/{model._meta.label}.jsonl")
        for item in self.lines("group_page_permissions.jsonl"):
            GroupPagePermission.objects.get_or_create(
                group_id=self.ids[("auth.group", item["group"])], page_id=self.ids[("wagtailcore.page", item["page"])],
                permission=permission(item["permission"]),
            )
        self.rows(portable.PageLogEntry, f"rows/{portable.PageLogEntry._meta.label}.jsonl")
        for model in portable.LOCALIZE_MODELS:
            self.rows(model, f"rows/{model._meta.label}.jsonl")
        self.site(municipality, record.get("site"))
        assign_workflow(municipality)
        log(municipality, IMPORTED_ACTION, data={"export_id": self.manifest["export_id"], "from": self.manifest["municipality"]})
        return municipality, True

    def municipality(self, record):
        values = self.values(Municipality, record)
        values.update(slug=self.slug, parent=Municipality.objects.filter(slug=record["parent"]).first() if record["parent"] else None)
        values.pop("id", None)
        municipality = Municipality(**values)
        municipality.full_clean(exclude=["parent"])
        municipality.save()
        self.restore_dates(Municipality, municipality.pk, record)
        self.remember(Municipality, record["pk"], municipality.pk)
        ensure_platform(municipality.language_codes)
        return municipality

    def collections(self, municipality):
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        for item in self.lines("collections.jsonl"):
            parent_id = self.ids.get(("wagtailcore.collection", item["parent"]))
            parent = Collection.objects.get(pk=parent_id) if parent_id else root
            collection = parent.add_child(name=self.renamed(item["name"]))
            if municipality.collection_id is None:
                municipality.collection = collection
            self.remember(Collection, item["pk"], collection.pk)

    def renamed(self, name):
        return name.replace(f"({self.manifest['municipality']})", f"({self.slug})")

    def groups(self, municipality):
        for item in self.lines("groups.jsonl"):
            group = Group.objects.create(name=self.unique_group_name(self.renamed(item["name"])))
            group.permissions.set([permission(natural) for natural in item["permissions"]])
            if item["role"]:
                setattr(municipality, item["role"], group)
            self.remember(Group, item["pk"], group.pk)
        for item in self.lines("group_collection_permissions.jsonl"):
            GroupCollectionPermission.objects.create(
                group_id=self.ids[("auth.group", item["group"])], collection_id=self.ids[("wagtailcore.collection", item["collection"])],
                permission=permission(item["permission"]),
            )

    @staticmethod
    def unique_group_name(name):
        candidate, number = name, 1
        while Group.objects.filter(name=candidate).exists():
            number += 1
            candidate = f"{name} {number}"
        return candidate

    def import_users(self):
        """People are matched by username, then e-mail; new accounts get no usable password (they
        set one through "forgot password" or an invitation)."""
        User = get_user_model()
        for item in self.lines("users.jsonl"):
            user = User.objects.filter(username=item["username"]).first()
            if user is None and item["email"]:
                user = User.objects.filter(email__iexact=item["email"]).first()
            if user is None:
                user = User(**{name: item[name] for name in ("username", "email", "first_name", "last_name", "is_active", "is_staff")})
                user.date_joined = item["date_joined"]
                user.set_unusable_password()
                user.save()
            user.groups.add(*[self.ids[("auth.group", old)] for old in item["groups"]])
            self.remember(User, item["pk"], user.pk)

    def media(self, model, name):
        for record in self.lines(f"{name}.jsonl"):
            values = self.values(model, record)
            self.stored_files(model, values, record)
            item = model(**values)
            item.save()
            item.tags.set(record["tags"])
            self.restore_dates(model, item.pk, record)
            self.remember(model, record["pk"], item.pk)

    def rows(self, model, name):
        shared = portable.SHARED_ROWS.get(model)
        for record in self.lines(name):
            values = self.values(model, record)
            self.stored_files(model, values, record)
            if shared:
                lookup = {model._meta.get_field(f).attname: values.pop(model._meta.get_field(f).attname) for f in shared}
                obj, created = model._default_manager.get_or_create(**lookup, defaults=values)
            else:
                obj, created = model(**values), True
                obj.save()
            if created:
                self.restore_dates(model, obj.pk, record)
            self.remember(model, record["pk"], obj.pk)

    def pages(self, municipality):
        """The trees in path order under the platform page of each language; aliases are linked to
        their originals once every page exists."""
        platform, aliases = None, []
        for record in self.lines("pages.jsonl"):
            model = apps.get_model(record["model"])
            values = self.values(model, record, skip=("alias_of_id",))
            values.pop("id", None)
            if record["root"]:
                values["slug"] = self.slug if values["slug"] == self.manifest["municipality"] else values["slug"]
                platform = platform or get_platform_page_model().objects.get(locale__language_code=languages.DEFAULT_LANGUAGE)
                parent = platform.get_translation(Locale.objects.get(pk=values["locale_id"]))
            else:
                parent = Page.objects.get(pk=self.ids[("wagtailcore.page", record["parent"])])
            page = model(**values)
            parent.add_child(instance=page)
            self.remember(Page, record["pk"], page.pk)
            self.revisions(page, record)
            if record["fields"].get("alias_of_id"):
                aliases.append((page.pk, record["fields"]["alias_of_id"]))
        for pk, original in aliases:
            Page.objects.filter(pk=pk).update(alias_of_id=self.resolve(Page, original))

    def revisions(self, page, record):
        """The live state as the live revision, the draft (if any) as the latest revision."""
        kept = {name: page.__dict__[name] for name in ("live", "first_published_at", "last_published_at")}
        revision = page.save_revision(clean=False, changed=False)
        latest = revision
        if record.get("draft"):
            draft = portable.remap_content(type(page), record["draft"], self.resolve)
            draft.update(pk=page.pk, locale=page.locale_id, translation_key=str(page.translation_key))
            if page.depth == MUNICIPALITY_DEPTH and draft.get("slug") == self.manifest["municipality"]:
                draft["slug"] = self.slug
            latest = page.with_content_json(draft).save_revision(clean=False, changed=False)
        type(page).objects.filter(pk=page.pk).update(
            live_revision=revision if kept["live"] else None, latest_revision=latest,
            has_unpublished_changes=bool(record.get("draft")) or not kept["live"], **kept,
        )

    def site(self, municipality, site):
        if not site or Site.objects.filter(hostname=site["hostname"], port=site["port"]).exists():
            return
        root = municipality.pages.get(locale__language_code=municipality.default_language)
        municipality.site = Site.objects.create(hostname=site["hostname"], port=site["port"], root_page=root, site_name=municipality.name)
        municipality.save(update_fields=["site"])



def permission(natural):
    app_label, codename = natural
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)
