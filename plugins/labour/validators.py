"""Validators for the labour plugin's list fields (codes from fixed vocabularies)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from integreat_wagtail import languages

from .constants import CounsellingTopic


def _validate_codes(value, allowed, what):
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError(_("Expected a list of %(what)s codes.") % {"what": what}, code="not_a_list")
    unknown = sorted(set(value) - set(allowed))
    if unknown:
        raise ValidationError(
            _("Unknown %(what)s: %(codes)s.") % {"what": what, "codes": ", ".join(unknown)}, code="unknown_code"
        )
    if len(set(value)) != len(value):
        raise ValidationError(_("Each %(what)s may be listed only once.") % {"what": what}, code="duplicate_code")


def validate_topics(value):
    _validate_codes(value, CounsellingTopic.values, _("topic"))


def validate_language_codes(value):
    _validate_codes(value, languages.BY_CODE, _("language"))
