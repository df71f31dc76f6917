"""Switching plugins on and off for a municipality: validated, audited, never deleting content."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .gate import forget
from .registry import get_plugin, installed_plugins


def validate_plugin_keys(keys):
    """Refuse unknown plugins and plugins whose dependencies are not among `keys`."""
    keys = set(keys)
    unknown = sorted(key for key in keys if get_plugin(key) is None)
    if unknown:
        installed = ", ".join(config.plugin_key for config in installed_plugins()) or _("none")
        raise ValidationError(
            _("Unknown or uninstalled plugin(s): %(keys)s. Installed: %(installed)s.")
            % {"keys": ", ".join(unknown), "installed": installed}
        )
    for key in sorted(keys):
        missing = [dependency for dependency in get_plugin(key).depends_on if dependency not in keys]
        if missing:
            raise ValidationError(
                _("The plugin “%(key)s” needs %(missing)s to be enabled as well.")
                % {"key": key, "missing": ", ".join(missing)}
            )


@transaction.atomic
def set_enabled_plugins(municipality, keys, user=None):
    """Store the municipality's plugin choice and log each switch to Wagtail's audit log."""
    validate_plugin_keys(keys)
    before = set(municipality.enabled_plugins or ())
    after = set(keys)
    municipality.enabled_plugins = sorted(after)
    municipality.save(update_fields=["enabled_plugins"])
    forget(municipality)
    for key in sorted(after - before):
        log(municipality, "integreat.plugin_enabled", user=user, data={"plugin": key, "municipality": municipality.slug})
    for key in sorted(before - after):
        log(municipality, "integreat.plugin_disabled", user=user, data={"plugin": key, "municipality": municipality.slug})


def enable_plugin(municipality, key, user=None):
    set_enabled_plugins(municipality, set(municipality.enabled_plugins or ()) | {key}, user=user)


def disable_plugin(municipality, key, user=None):
    if get_plugin(key) is None and key not in (municipality.enabled_plugins or ()):
        validate_plugin_keys([key])
    remaining = set(municipality.enabled_plugins or ()) - {key}
    dependants = sorted(other for other in remaining if get_plugin(other) and key in get_plugin(other).depends_on)
    if dependants:
        raise ValidationError(
            _("Cannot disable “%(key)s”: %(dependants)s depend on it.") % {"key": key, "dependants": ", ".join(dependants)}
        )
    set_enabled_plugins(municipality, remaining, user=user)
