"""Offboarding: everything a municipality owns, listed for a dry run and deleted in one transaction.

Data is found by following foreign keys to Municipality (core apps and plugins alike, so a new
plugin model with a `municipality` key is covered without registering anything), plus what the
municipality points at: its page trees, media collection, role and organization groups, site and
workflow, and the users who work for no other municipality. Another municipality's data is never
part of it: shared users only lose this municipality's groups.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site, Workflow
from wagtail_localize.models import TranslatableObject

from integreat_wagtail.organizations.models import Organization
from integreat_wagtail.plugins.registry import plugin_for_model

from . import roles
from .models import Municipality


@dataclass
class Part:
    """One kind of data to delete: a label for the report and the rows."""

    label: str
    queryset: models.QuerySet


def owned_by_foreign_key(municipality):
    """Rows of every model (core or plugin) with a foreign key to Municipality, pages excluded."""
    parts = []
    for model in apps.get_models():
        if issubclass(model, (Page, Municipality)):
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is Municipality:
                plugin = plugin_for_model(model)
                label = f"plugin {plugin.plugin_key}: {model._meta.label}" if plugin else model._meta.label
                parts.append(Part(label, model._default_manager.filter(**{field.name: municipality})))
    return parts


def groups_of(municipality):
    """Its role groups and its organizations' member groups (ids fixed now: organizations go first)."""
    role_groups = [municipality.group_for(role.key) for role in roles.ROLES]
    ids = {group.pk for group in role_groups if group is not None}
    ids |= set(Organization.objects.filter(municipality=municipality).exclude(members_group=None).values_list("members_group", flat=True))
    return Group.objects.filter(pk__in=ids)


def users_only_of(municipality):
    """Members of its groups who hold no other group (no other municipality's role) and are not platform admins."""
    groups = groups_of(municipality)
    return (
        get_user_model().objects.filter(groups__in=groups, is_superuser=False).distinct()
        .exclude(groups__in=Group.objects.exclude(pk__in=groups))
    )


def translation_sources_of(page_ids):
    """wagtail-localize's sources and translations of these pages (they outlive the pages otherwise),
    never those of a translation key a remaining page still uses."""
    keys = list(Page.objects.filter(pk__in=page_ids).values_list("translation_key", flat=True))
    still_used = set(Page.objects.exclude(pk__in=page_ids).filter(translation_key__in=keys).values_list("translation_key", flat=True))
    return TranslatableObject.objects.filter(pk__in=set(keys) - still_used)  # fixed now: the pages go first


def removal_plan(municipality):
    """Everything `remove` deletes, in deletion order (pages first: they protect the municipality)."""
    trees = [
        (root.locale.language_code, Page.objects.descendant_of(root, inclusive=True))
        for root in municipality.pages.select_related("locale").order_by("locale__language_code")
    ]
    parts = [Part(f"pages ({code})", tree) for code, tree in trees]
    page_ids = [pk for _code, tree in trees for pk in tree.values_list("pk", flat=True)]
    parts.append(Part("translation sources", translation_sources_of(page_ids)))
    parts += owned_by_foreign_key(municipality)
    if municipality.collection_id:
        collections = Collection.objects.descendant_of(municipality.collection, inclusive=True)
        parts += [
            Part("images", get_image_model().objects.filter(collection__in=collections)),
            Part("documents", get_document_model().objects.filter(collection__in=collections)),
            Part("media collections", collections),
        ]
    parts += [
        Part("users who work for no other municipality", users_only_of(municipality)),
        Part("groups", groups_of(municipality)),
        Part("sites", Site.objects.filter(pk=municipality.site_id)),
        Part("workflows", Workflow.objects.filter(pk=municipality.workflow_id)),
        Part("municipality", Municipality.objects.filter(pk=municipality.pk)),
    ]
    return parts


@transaction.atomic
def remove(municipality):
    """Delete the plan's parts in order, all or nothing; returns {label: rows deleted}."""
    return {part.label: part.queryset.delete()[0] for part in removal_plan(municipality)}
