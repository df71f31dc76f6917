"""For readers: where a mirrored page's information comes from, and whether it is still kept current."""

from django import template

from ..models import Reuse

register = template.Library()


@register.inclusion_tag("sharing/origin.html")
def shared_origin(page):
    """ "Information from <source>, last reviewed on …" on a mirror (one query)."""
    reuse = (
        Reuse.objects.filter(target_translation_key=page.translation_key, kind=Reuse.Kind.MIRROR)
        .select_related("source_municipality").first()
    )
    return {"reuse": reuse, "page": page, "current": reuse is not None and reuse.status == Reuse.Status.ACTIVE}
