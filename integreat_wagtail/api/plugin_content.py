"""Content that other apps and plugins provide to the API, imported lazily and behind the gate.

A plugin endpoint answers 404 where the plugin is switched off for the municipality, and also where
the plugin (or its API module) isn't installed at all.
"""

import datetime
import importlib

from django.http import Http404
from django.utils import translation

from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.registry import installed_plugins

from .http import ApiError



def plugin_feeds():
    """(plugin key, API path segment) → (module, function, calling style), from each installed
    plugin's `api_feeds` (see PluginConfig). Styles: "request": f(municipality, language, request);
    "params": f(municipality, language, params=GET, request=…)."""
    feeds = {}
    for config in installed_plugins():
        for segment, (dotted, style) in config.api_feeds.items():
            module_name, function_name = dotted.split(":")
            feeds[(config.plugin_key, segment)] = (module_name, function_name, style)
    return feeds


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
    """A callable f(request, language) giving the plugin's content; 404 where it's off or unknown."""
    entry = plugin_feeds().get((key, segment))
    if entry is None:
        raise Http404(f'Unknown plugin content "{key}/{segment}".')
    module_name, function_name, style = entry
    function = plugin_function(municipality, key, module_name, function_name)

    def call(request, code):
        try:
            with translation.override(code):
                if style == "params":
                    return function(municipality, code, params=request.GET, request=request)
                return function(municipality, code, request)
        except LookupError as error:  # the plugins' "Unavailable": off, or not in this language
            raise Http404(str(error) or "Not available.") from None
        except ValueError as error:  # the plugins' "FilterError" and friends: bad parameters
            messages = getattr(error, "messages", None) or [str(error)]
            raise ApiError("Invalid parameters.", 400, details=messages) from None

    return call


def available_feeds(municipality):
    """[(key, segment)] of plugin feeds that are enabled and installed for a municipality."""
    return [
        (key, segment)
        for (key, segment), (module, function, _style) in plugin_feeds().items()
        if is_enabled(municipality, key) and load(module, function) is not None
    ]


def offer_plugins(municipality):
    """Configs of enabled plugins that the apps can show as offers."""
    return [
        (config, config.api_offer)
        for config in installed_plugins()
        if config.api_offer and is_enabled(municipality, config.plugin_key)
    ]


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
