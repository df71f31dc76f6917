"""Tag suggestions and tag filters that name only tags of media the user may see.

Tags are one global namespace in Wagtail (taggit's `Tag`, shared by every tagged model): its
autocomplete, the "popular tags" filter of the image and document listings and the image
chooser's tag list name tags from the whole platform, so another municipality's tags ("Sommerfest
Birkenau") would show. Here municipality staff are offered only the tags used on images and
documents they may see (their municipalities' collections; the only tagged models here). A tag
used in both municipalities is offered to both: it is the same row, and only its use on the
user's own media is revealed. Platform admins get every tag.
"""

from functools import wraps

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.utils.functional import cached_property
from taggit.models import Tag
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .admin_api import visible_media

POPULAR_TAGS_COUNT = 10  # as Wagtail's popular_tags_for_model


def _used_on_visible(model, user):
    return Q(
        taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model),
        taggit_taggeditem_items__object_id__in=visible_media(model, user).values("pk"),
    )


def visible_tags(user):
    """Tags used on images or documents the user may see (every tag for platform admins)."""
    if user.is_superuser:
        return Tag.objects.all()
    return Tag.objects.filter(
        _used_on_visible(get_image_model(), user) | _used_on_visible(get_document_model(), user)
    ).distinct()


def popular_visible_tags(model, user):
    """Wagtail's `popular_tags_for_model`, counted among the media of `model` the user may see."""
    return (
        Tag.objects.filter(_used_on_visible(model, user))
        .annotate(item_count=Count("taggit_taggeditem_items"))
        .order_by("-item_count", "name")[:POPULAR_TAGS_COUNT]
    )


def scoped_autocomplete(upstream):
    """Wagtail's tag autocomplete (`/admin/tag-autocomplete/…`), suggesting only visible tags."""

    @wraps(upstream)
    def autocomplete(request, app_name=None, model_name=None):
        if request.user.is_superuser:
            return upstream(request, app_name=app_name, model_name=model_name)
        if (app_name or model_name) and (app_name, model_name) != ("taggit", "tag"):
            raise Http404  # no other tag model is installed; one would need its own scope
        term = request.GET.get("term")
        tags = visible_tags(request.user).filter(name__istartswith=term) if term else Tag.objects.none()
        return JsonResponse(list(tags.order_by("name").values_list("name", flat=True)[:TAGS_AUTOCOMPLETE_LIMIT]), safe=False)

    return autocomplete


class VisibleTagsFilterMixin:
    """For the image and document listings: the tag filter offers the popular visible tags."""

    @cached_property
    def filters(self):
        filters = super().filters
        if filters and "tag" in filters.form.fields:
            choices = [(tag.name, tag.name) for tag in popular_visible_tags(self.model, self.request.user)]
            if choices:
                filters.form.fields["tag"].choices = choices
                filters.filters["tag"].extra["choices"] = choices
            else:
                del filters.form.fields["tag"]
                del filters.filters["tag"]
        return filters


class VisibleTagsChooserMixin:
    """For the image chooser: its tag links name the popular visible tags."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "popular_tags" in context:
            context["popular_tags"] = popular_visible_tags(self.model_class, self.request.user)
        return context
