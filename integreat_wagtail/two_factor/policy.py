"""Who must use two-factor authentication: superusers, when the platform says so."""

from django.conf import settings


def two_factor_required(user):
    return user.is_superuser and getattr(settings, "INTEGREAT_REQUIRE_2FA", False)
