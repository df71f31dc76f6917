from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model
from integreat_wagtail.moderation.admin import MODERATION_ACTION_ROLES, ModerationViewSet
from integreat_wagtail.plugins.slots import slot

from .models import SampleNote, SampleSubmission


class SampleNoteViewSet(MunicipalityScopedViewSetMixin, SnippetViewSet):
    model = SampleNote


class SampleSubmissionViewSet(ModerationViewSet):
    model = SampleSubmission
    form_fields = ["municipality", "title", "street", "expires_at"]
    moderation_summary_fields = ["title", "street"]


scope_model(SampleNote)
scope_model(SampleSubmission, action_roles=MODERATION_ACTION_ROLES)
register_snippet(SampleNoteViewSet)


@hooks.register("register_admin_viewset")
def register_submission_queue():
    return SampleSubmissionViewSet("sample_submissions")


@slot("home_teasers")
def notes_teaser(context):
    return mark_safe('<section class="sample-teaser"><h2>Sample notices</h2></section>')
