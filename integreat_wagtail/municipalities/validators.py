"""Validators shared by the admin form, the management command and the model."""

import re
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from integreat_wagtail import languages

HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$")
POSTAL_CODE_RE = re.compile(r"^[A-Za-z0-9-]{3,10}$")


def validate_language_codes(codes):
    unknown = [code for code in codes if languages.get(code) is None]
    if unknown:
        raise ValidationError(
            _("Unknown language(s): %(codes)s. Known: %(known)s.")
            % {"codes": ", ".join(unknown), "known": ", ".join(languages.BY_CODE)}
        )
    if not codes:
        raise ValidationError(_("Choose at least one language."))
    if len(set(codes)) != len(codes):
        raise ValidationError(_("A language is listed twice."))


def validate_time_zone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_("“%(value)s” is not a known time zone (e.g. Europe/Berlin).") % {"value": value})


def validate_hostname(value):
    if not HOSTNAME_RE.match(value or ""):
        raise ValidationError(_("“%(value)s” is not a valid host name (e.g. www.example.org).") % {"value": value})


def validate_postal_codes(value):
    bad = [code for code in value.split() if not POSTAL_CODE_RE.match(code)]
    if bad:
        raise ValidationError(_("Not a postal code: %(codes)s.") % {"codes": ", ".join(bad)})
