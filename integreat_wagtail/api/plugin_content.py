"""Content that other apps and plugins provide to the API, imported lazily and behind the gate.

A plugin endpoint answers 404 where the plugin is switched off for the municipality, and also where
the plugin (or its API module) isn't installed at all.
"""

import datetime
import importlib

from django.http import Http404
from django.utils import translation

from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.registry import get_plugin

from .http import ApiError

# Plugins whose content the apps can open as an "offer" (Integreat's extras), with their API module.
OFFER_PLUGINS = {
    "housing": {"alias": "housing", "module": "plugins.housing.api"},
    "labour": {"alias": "labour", "module": "plugins.labour.api"},
}
# Content feeds per plugin: (plugin key, API path segment) → (module, function name).
PLUGIN_FEEDS = {
    ("housing", "housing"): ("plugins.housing.api", "housing_offers"),
    ("labour", "guides"): ("plugins.labour.api", "labour_guides"),
    ("labour", "counselling"): ("plugins.labour.api", "labour_counselling"),
    ("labour", "jobs"): ("plugins.labour.api", "labour_jobs"),
}


def load(module_name, function_name):
    """The function, or None when its module isn't there (yet)."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, function_name, None)


def require_plugin(municipality, key):
    if not is_enabled(municipality, key):
        raise Http404(f'The plugin "{key}" is not available in "{municipality.slug}".')


def plugin_function(municipality, key, module_name, function_name):
    require_plugin(municipality, key)
    function = load(module_name, function_name)
    if function is None:
        raise Http404(f'The plugin "{key}" offers no such content.')
    return function


def feed_function(municipality, key, segment):
    entry = PLUGIN_FEEDS.get((key, segment))
    if entry is None:
        raise Http404(f'Unknown plugin content "{key}/{segment}".')
    return plugin_function(municipality, key, *entry)


def available_feeds(municipality):
    """[(key, segment)] of plugin feeds that are enabled and installed for a municipality."""
    return [
        (key, segment)
        for (key, segment), (module, function) in PLUGIN_FEEDS.items()
        if is_enabled(municipality, key) and load(module, function) is not None
    ]


def offer_plugins(municipality):
    """Configs of enabled plugins that the apps can show as offers."""
    result = []
    for key, offer in OFFER_PLUGINS.items():
        config = get_plugin(key)
        if config is not None and is_enabled(municipality, key):
            result.append((config, offer))
    return result


def parse_date(value, name):
    """YYYY-MM-DD (or a full ISO datetime) → date; 400 on anything else."""
    if value in (None, ""):
        return None
    try:
        if len(value) <= 10:
            return datetime.date.fromisoformat(value)
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except (TypeError, ValueError):
        raise ApiError(f'"{name}" must be a date like 2026-05-31.', 400) from None


def parse_bool(value):
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def call_in_language(function, code, *args, **kwargs):
    """Plugin functions may use gettext: run them in the requested language."""
    with translation.override(code):
        return function(*args, **kwargs)
