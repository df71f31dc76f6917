"""StreamField blocks of the labour plugin.

ArrivalChecklistBlock is self-contained (template + small script) so that core ContentPage can
offer it too: add `("worker_checklist", ArrivalChecklistBlock())` to its stream block.
"""

import hashlib

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES, LinkBlock


class StepBlock(blocks.StructBlock):
    """One step of a procedure: what to do, why, and where to read more."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.RichTextBlock(label=_("Explanation"), required=False, features=RICH_TEXT_FEATURES)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), default=[], min_num=0)

    class Meta:
        icon = "list-ol"
        label = _("Step")


def step_key(title):
    """A stable short id of a step, so ticks survive edits of other steps and re-ordering."""
    return hashlib.sha1(title.strip().encode("utf-8")).hexdigest()[:12]


class ArrivalChecklistBlock(blocks.StructBlock):
    """An ordered list of steps a reader can tick off; ticks stay in the reader's browser only.

    Without JavaScript it is a plain numbered list; the script adds checkboxes and keeps the
    state in localStorage, so it needs no account and works offline.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Arrival checklist for workers")
        template = "labour/blocks/arrival_checklist.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        titles = [step["title"] for step in value["steps"]]
        context["checklist_key"] = step_key(value["title"] + "\n" + "\n".join(titles))
        context["steps"] = [(step_key(step["title"]), step) for step in value["steps"]]
        return context


class LabourStreamBlock(blocks.StreamBlock):
    """Free content on labour pages."""

    heading = blocks.CharBlock(label=_("Heading"), icon="title", template="home/blocks/heading.html")
    paragraph = blocks.RichTextBlock(
        label=_("Text"), icon="pilcrow", features=RICH_TEXT_FEATURES + ["h3"], template="home/blocks/paragraph.html"
    )
    checklist = ArrivalChecklistBlock()
