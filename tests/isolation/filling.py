"""Fill an admin pattern's arguments with real foreign ids of the right model.

An argument is mapped by its name (page_id, image_id, translation_id…) or, for `pk`, by the model
the view declares (initkwargs, viewset, view class) or names in its route ("workflows/usage/<pk>").
Ids that belong to a page (revision, translation, workflow state…) come from the same "subject"
page; `app_label`/`model_name` pairs are tried for every model the world has a foreign object of
(bulk actions: every registered action). A filling counts only when the platform admin gets
something other than 404 for it, so every filled URL addresses an object that exists for the view.
"""

from dataclasses import dataclass, field
from datetime import date

from django.apps import apps
from django.contrib.auth import get_user_model
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Page, Task, UploadedFile, Workflow

from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.sharing.models import Reuse, Share

from .world import SEARCH_WORD

# Patterns that cannot be filled, with the reason. Keep it short: every entry is a blind spot.
UNFILLED_ALLOWED = {
    "admin/password_reset/confirm/<uidb64>/<token>/":
        "needs the foreign user's secret reset token; whoever holds it may reset that password by design",
    "admin/welcome/<uidb64>/<token>/":
        "an invitation link needs the invited person's secret token; whoever holds it sets that password by design",
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/":
        "no page type has a named preview mode; the translation preview without a mode is in the table",
    "admin/images/<int:image_id>/generate_url/":
        "the dynamic image serve view is not configured, so Wagtail answers 404 to everyone",
    "admin/images/<int:image_id>/generate_url/output/":
        "the dynamic image serve view is not configured, so Wagtail answers 404 to everyone",
    "admin/sharing/<int:municipality_id>/library/<int:page_id>/":
        "a page shared with the foreign municipality belongs to a third one, not a foreign candidate; "
        "integreat_wagtail/sharing/tests/test_admin.py::test_isolation_of_every_sharing_view covers it",
}

PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
# Ids that belong to the subject page: argument -> key in World.by_page.
PAGE_RELATED = {
    "revision_id": "revision", "revision_id_a": "revision", "revision_id_b": "revision",
    "translation_id": "translation", "translation_source_id": "translation_source",
    "string_segment_id": "string_segment", "overridable_segment_id": "overridable_segment",
    "task_state_id": "task_state", "workflow_state_id": "workflow_state", "task_id": "task", "session_id": "session",
}
BY_NAME = {
    "image_id": Image, "document_id": Document, "doc_id": Document, "collection_id": Collection,
    "redirect_id": Redirect, "uploaded_file_id": UploadedFile, "workflow_pk": Workflow, "task_id": Task,
    "municipality_id": Municipality, "user_id": get_user_model(), "share_id": Share, "reuse_id": Reuse,
}
SEARCH_QUERY = {"q": SEARCH_WORD, "term": SEARCH_WORD}  # listings, searches, choosers, autocompletes find them
# The impact area's report year and a table of its CSV export.
CONSTANTS = {"action_name": "approve", "filter_spec": "original", "year": date.today().year, "table": "top-pages"}
MODEL_PAIRS = (("app_label", "model_name"), ("app_name", "model_name"))


class Missing(Exception):
    """No foreign object for an argument."""

    def __init__(self, argument):
        super().__init__(f"no foreign value for <{argument}>")
        self.argument = argument


@dataclass
class Filling:
    values: dict
    query: dict = field(default_factory=dict)
    variant: str = ""


def needs_subject(pattern):
    names = set(pattern.arguments)
    return bool(names & (PAGE_ARGUMENTS | set(PAGE_RELATED) | {"destination_id", "object_id", "content_type_app_name"})
                or ("pk" in names and pattern_pk_model(pattern) is Page))


def pattern_pk_model(pattern):
    """The model of a `pk`: the one the view declares, else the one its route names nearest before it."""
    declared = pattern.model()
    named = None
    for word in reversed(pattern.words_before("pk")):
        named = _model_named(word)
        if named is not None:
            break
    if declared is None or declared is Page and named not in (None, Page):
        return named
    return declared


def _model_named(word):
    """wagtailcore.Workflow for "workflows", auth.User for "users"…, when exactly one model has that name."""
    word = word.lower().replace("-", "").replace("_", "")
    names = {word, word.removesuffix("s")}
    found = [model for model in apps.get_models() if model._meta.model_name in names]
    return found[0] if len(found) == 1 else None


def variants(pattern, world):
    """(values, query, label) templates for the pattern's model-choice arguments; one empty template if none."""
    names = set(pattern.arguments)
    if "action" in names and {"app_label", "model_name"} <= names:
        bulk_action_registry._scan_for_bulk_actions()
        for app_label, by_model in sorted(bulk_action_registry.actions.items()):
            for model_name, actions in sorted(by_model.items()):
                instance = world.first(apps.get_model(app_label, model_name))
                for action in sorted(actions):
                    query = {"id": instance.pk} if instance is not None else {}
                    yield Filling({"app_label": app_label, "model_name": model_name, "action": action}, query,
                                  f"{app_label}.{model_name} {action}")
        return
    for app_key, model_key in MODEL_PAIRS:
        if {app_key, model_key} <= names:
            for model in sorted(world.objects, key=lambda m: m._meta.label):
                instance = world.objects[model][0]
                values = {app_key: model._meta.app_label, model_key: model._meta.model_name}
                if "object_id" in names:
                    values["object_id"] = instance.pk
                if "pk" in names:
                    values["pk"] = instance.pk
                yield Filling(values, variant=model._meta.label)
            return
    yield Filling({})


def fill(pattern, world, template, subject):
    """A Filling of every argument, or Missing."""
    values = dict(template.values)
    related = world.by_page.get(subject.pk, {}) if subject is not None else {}
    for name in pattern.arguments:
        if name in values:
            continue
        if name in PAGE_ARGUMENTS or name == "object_id":
            value = subject
        elif name == "destination_id":
            value = world.subjects[1] if subject is not world.subjects[1] else world.subjects[0]
        elif name in PAGE_RELATED and related.get(PAGE_RELATED[name]) is not None:
            value = related[PAGE_RELATED[name]]
        elif name in BY_NAME:
            value = world.first(BY_NAME[name])
        elif name == "pk":
            model = pattern_pk_model(pattern)
            value = subject if model is Page else world.first(model) if model is not None else None
        elif name == "photo_id":
            value = world.first(apps.get_model("housing", "HousingPhoto"))
        elif name in ("content_type_app_name", "content_type_model_name"):
            value = _page_type(pattern, subject)
        elif name in CONSTANTS:
            value = CONSTANTS[name]
        elif name == "mode":
            modes = [mode for mode, _label in subject.specific.preview_modes if mode] if subject else []
            value = modes[0] if modes else None
        else:
            value = None
        if value is None:
            raise Missing(name)
        if name == "content_type_app_name":
            values[name] = value._meta.app_label
        elif name == "content_type_model_name":
            values[name] = value._meta.model_name
        else:
            values[name] = getattr(value, "pk", value)
    return Filling(values, {**SEARCH_QUERY, **template.query}, template.variant)


def _page_type(pattern, subject):
    """The subject's own type, or (to add a page under it) a type allowed below it."""
    if subject is None:
        return None
    specific_class = subject.specific_class
    if "parent_page_id" not in pattern.arguments:
        return specific_class
    allowed = specific_class.allowed_subpage_models()
    return specific_class if specific_class in allowed else (allowed[0] if allowed else None)
