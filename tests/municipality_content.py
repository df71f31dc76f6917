"""Everything a municipality holds, described without ids, so two copies of it (another database, an
import under a new slug) can be compared: pages per language with every field and their draft, the
translation states, wagtail-localize's strings and translations, every row of the core's and the
plugins' models that belongs to it, media with their bytes, private files, groups with their
permissions, people with their roles."""

import hashlib

from django.contrib.auth import get_user_model
from django.db import models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from integreat_wagtail.municipalities import portable
from integreat_wagtail.municipalities.export import _owned_rows, page_trees
from integreat_wagtail.municipalities.removal import groups_of
from integreat_wagtail.translations.states import municipality_translation_states

# Bookkeeping that differs between copies by nature (ids, tree positions, caches, revision times).
SKIPPED = {"id", "path", "depth", "numchild", "url_path", "latest_revision", "live_revision",
           "latest_revision_created_at", "page_ptr", "file_hash", "focal_point_x", "created_at", "members_group",
           "collection", "workflow", "editors_group", "moderators_group", "admins_group", "event_managers_group",
           "observers_group", "site", "revision", "data_hash", "uuid", "timestamp", "content_json", "object_repr"}


class KeyNames(dict):
    """Translation keys named by order of appearance: a copy under another slug has other keys."""

    def __missing__(self, key):
        self[key] = f"key-{len(self) + 1}"
        return self[key]


def describe(obj, slug, keys):
    """A row as {field: value}, keys as what they point at (a page's slug path, a name), files as digests."""
    values = {}
    for field in obj._meta.concrete_fields:
        if field.name in SKIPPED or (isinstance(field, models.OneToOneField) and field.remote_field.parent_link):
            continue
        if field.name == "translation_key":
            values[field.name] = keys[str(getattr(obj, field.attname))]
        elif field.is_relation:
            values[field.name] = reference(getattr(obj, field.name), slug)
        elif isinstance(field, models.FileField):
            file = getattr(obj, field.attname)
            if file:
                with file.storage.open(file.name, "rb") as stored:
                    values[field.name] = hashlib.sha256(stored.read()).hexdigest()
            else:
                values[field.name] = None
        else:
            value = field.value_to_string(obj) if not isinstance(field, models.JSONField) else getattr(obj, field.attname)
            values[field.name] = value.replace(slug, "<slug>") if isinstance(value, str) else value
    return values


def reference(target, slug):
    if target is None:
        return None
    if isinstance(target, Page):
        path = "/".join(page.slug for page in target.get_ancestors(inclusive=True)[2:]).replace(slug, "<slug>")
        return f"page:{target.locale.language_code}:{path}"
    for name in ("language_code", "username", "title", "name", "slug", "translation_key"):
        if hasattr(target, name):
            return f"{type(target).__name__}:{str(getattr(target, name)).replace(slug, '<slug>')}"
    return f"{type(target).__name__}:{target}"


def content(municipality):
    """The municipality described (see the module docstring)."""
    slug, keys_ = municipality.slug, KeyNames()
    pages = page_trees(municipality).specific()
    page_ids = page_trees(municipality).values("pk")
    groups = groups_of(municipality)
    collections = Collection.objects.descendant_of(municipality.collection, inclusive=True)
    owned = portable.owned_models()
    keys = [page.translation_key for page in pages]
    sources = TranslationSource.objects.filter(object__in=keys)
    result = {
        "municipality": describe(municipality, slug, keys_),
        "pages": {reference(page, slug): dict(describe(page, slug, keys_), draft=_draft(page, slug)) for page in pages},
        "translation_states": [(row.source["title"], sorted((code, str(state)) for code, state in row.states.items()))
                               for row in municipality_translation_states(municipality)],
        "translation_sources": sorted((keys_[str(s.object_id)], s.locale.language_code, s.last_updated_at.isoformat()) for s in sources),
        "translations": sorted((keys_[str(t.source.object_id)], t.target_locale.language_code, t.enabled) for t in Translation.objects.filter(source__in=sources)),
        "string_translations": sorted(
            (st.translation_of.data, st.locale.language_code, st.data, st.translation_type, st.context.path)
            for st in StringTranslation.objects.filter(context__object__in=keys).select_related("translation_of", "locale", "context")
        ),
        "rows": {model._meta.label: sorted(map(repr, (describe(obj, slug, keys_) for obj in _owned_rows(model, municipality, owned, page_ids))))
                 for model in owned if model is not Page},
        "images": sorted(map(repr, (dict(describe(i, slug, keys_), tags=sorted(i.tags.names())) for i in get_image_model().objects.filter(collection__in=collections)))),
        "documents": sorted(map(repr, (dict(describe(d, slug, keys_), tags=sorted(d.tags.names())) for d in get_document_model().objects.filter(collection__in=collections)))),
        "collections": sorted(c.name.replace(slug, "<slug>") for c in collections),
        "groups": sorted((g.name.replace(slug, "<slug>"), sorted(g.permissions.values_list("content_type__app_label", "codename"))) for g in groups),
        "group_page_permissions": sorted(
            (p.group.name.replace(slug, "<slug>"), reference(p.page, slug), p.permission.codename)
            for p in GroupPagePermission.objects.filter(page__in=page_ids, group__in=groups)),
        "group_collection_permissions": sorted(
            (p.group.name.replace(slug, "<slug>"), p.collection.name.replace(slug, "<slug>"), p.permission.codename)
            for p in GroupCollectionPermission.objects.filter(group__in=groups)),
        "users": sorted(
            (u.username, u.email, u.is_active, sorted(g.name.replace(slug, "<slug>") for g in u.groups.filter(pk__in=groups)))
            for u in get_user_model().objects.filter(groups__in=groups).distinct()),
        "roles": {role: getattr(municipality, role).name.replace(slug, "<slug>") for role in
                  ("editors_group", "moderators_group", "admins_group", "event_managers_group", "observers_group")},
    }
    return result


def _draft(page, slug):
    """The unpublished draft's title and texts, if there is one."""
    if not page.has_unpublished_changes or page.latest_revision is None:
        return None
    draft = page.latest_revision.as_object()
    return {"title": draft.title, "slug": draft.slug, "intro": getattr(draft, "intro", None)}
