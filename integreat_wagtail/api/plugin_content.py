"""Content that other apps and plugins provide to the API, imported lazily and behind the gate.

A plugin endpoint answers 404 where the plugin is switched off for the municipality, and also where
the plugin (or its API module) isn't installed at all.
"""

import importlib

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import translation

from integreat_wagtail.plugins.gate import is_enabled, plugins_for
from integreat_wagtail.plugins.registry import installed_plugins

from .http import ApiError


def plugin_feeds():
    """(plugin key, API path segment) → (module, function), from each installed plugin's
    `api_feeds` (see PluginConfig); every feed is called f(municipality, language, request)."""
    return {
        (config.plugin_key, segment): tuple(dotted.split(":"))
        for config in installed_plugins()
        for segment, dotted in config.api_feeds.items()
    }


def load(module_name, function_name):
    """The function, or None when its module isn't there (yet)."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, function_name, None)


def feed_function(municipality, key, segment):
    """A callable f(request, language) giving the plugin's content; 404 where it's off or unknown."""
    entry = plugin_feeds().get((key, segment))
    if entry is None:
        raise Http404(f'Unknown plugin content "{key}/{segment}".')
    if not is_enabled(municipality, key):
        raise Http404(f'The plugin "{key}" is not available in "{municipality.slug}".')
    function = load(*entry)
    if function is None:
        raise Http404(f'The plugin "{key}" offers no such content.')

    def call(request, code):
        try:
            with translation.override(code):
                return function(municipality, code, request)
        except LookupError as error:  # the plugins' "Unavailable": off, or not in this language
            raise Http404(str(error) or "Not available.") from None
        except (ValueError, ValidationError) as error:  # the plugins' "FilterError" and friends: bad parameters
            messages = getattr(error, "messages", None) or [str(error)]
            raise ApiError("Invalid parameters.", 400, details=messages) from None

    return call


def available_feeds(municipality):
    """[(key, segment)] of plugin feeds that are enabled and installed for a municipality."""
    return [
        (key, segment)
        for (key, segment), entry in plugin_feeds().items()
        if is_enabled(municipality, key) and load(*entry) is not None
    ]


def region_flags(municipality):
    """Integreat v3 region fields switched on by the municipality's plugins (`api_region_flags`)."""
    return {flag for config in plugins_for(municipality) for flag in config.api_region_flags}


def offer_plugins(municipality):
    """Configs of enabled plugins that the apps can show as offers."""
    return [
        (config, config.api_offer)
        for config in installed_plugins()
        if config.api_offer and is_enabled(municipality, config.plugin_key)
    ]


def parse_bool(value):
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def call_in_language(function, code, *args, **kwargs):
    """Plugin functions may use gettext: run them in the requested language."""
    with translation.override(code):
        return function(*args, **kwargs)
