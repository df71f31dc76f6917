from django.utils.safestring import mark_safe
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from integreat_wagtail.core.scoping import MunicipalityScopedViewSetMixin, scope_model
from integreat_wagtail.plugins.slots import slot

from .models import SampleNote


class SampleNoteViewSet(MunicipalityScopedViewSetMixin, SnippetViewSet):
    model = SampleNote


scope_model(SampleNote)
register_snippet(SampleNoteViewSet)


@slot("home_teasers")
def notes_teaser(context):
    return mark_safe('<section class="sample-teaser"><h2>Sample notices</h2></section>')
