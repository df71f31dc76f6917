"""Storing feedback: one entry point for the site's form and the app API."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from integreat_wagtail.municipalities.pages import municipality_for

from .models import Feedback


@transaction.atomic
def record_feedback(*, municipality, language, kind=Feedback.Kind.PAGE, rating="", comment="", page=None, object_ref=""):
    """Validate and save one anonymous feedback entry; raises ValidationError on bad input."""
    if not municipality.offers_language(language):
        raise ValidationError({"language": _("This municipality does not offer this language.")})
    if page is not None:
        if municipality_for(page) != municipality:
            raise ValidationError({"page": _("This page does not belong to this municipality.")})
    entry = Feedback(
        municipality=municipality,
        language=language,
        kind=kind,
        rating=rating or "",
        comment=(comment or "").strip(),
        page=page,
        object_ref=(object_ref or "")[:200],
    )
    if not entry.rating and not entry.comment:
        raise ValidationError(_("Please choose yes or no, or write a comment."))
    entry.full_clean()
    entry.save()
    return entry
