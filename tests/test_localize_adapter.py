"""The wagtail-localize adapter holds only for the version it was checked against."""

import inspect

from django.core import checks
from wagtail_localize.views import edit_translation

from integreat_wagtail.translations import localize_adapter, permissions


def test_the_installed_wagtail_localize_is_the_checked_version():
    assert localize_adapter.installed_version().split(".")[:2] == localize_adapter.SUPPORTED_VERSION.split(".")
    assert not [m for m in checks.run_checks() if m.id == "integreat_translations.W001"]


def test_the_replaced_function_is_unchanged_upstream():
    """A changed signature or body fails here: re-check it (localize_adapter's docstring) first."""
    assert localize_adapter.upstream_source_digest() == localize_adapter.UPSTREAM_SOURCE_SHA256


def test_ours_takes_its_place_with_the_same_signature():
    assert edit_translation.user_can_edit_instance is permissions.user_can_edit_instance
    assert list(inspect.signature(permissions.user_can_edit_instance).parameters) == ["user", "instance"]


def test_another_version_is_reported_by_the_system_check(monkeypatch):
    monkeypatch.setattr(localize_adapter, "installed_version", lambda: "1.15.0")
    [warning] = localize_adapter.check_supported_version(None)
    assert warning.id == "integreat_translations.W001" and "1.15.0" in warning.msg
