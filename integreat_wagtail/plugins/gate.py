"""The gate: is plugin P enabled for municipality M?

The answer comes from the municipality row itself (a JSON list loaded with it), so asking costs
no query; the municipality of a request is memoised on the request (see core.context).
"""

from django.contrib.contenttypes.models import ContentType

from .registry import get_plugin, installed_plugins


def enabled_plugin_keys(municipality):
    """Keys of the installed plugins that are on for the municipality, dependencies included."""
    if municipality is None:
        return frozenset()
    cached = getattr(municipality, "_enabled_plugin_keys", None)
    if cached is None:
        chosen = set(municipality.enabled_plugins or ())
        installed = {config.plugin_key: config for config in installed_plugins()}
        cached = frozenset(
            key
            for key in chosen
            if key in installed and all(dependency in chosen for dependency in installed[key].depends_on)
        )
        municipality._enabled_plugin_keys = cached
    return cached


def is_enabled(municipality, key):
    """True when the plugin `key` is installed and switched on for the municipality."""
    return key in enabled_plugin_keys(municipality)


def plugins_for(municipality):
    """Configs of the plugins enabled for the municipality."""
    keys = enabled_plugin_keys(municipality)
    return [config for config in installed_plugins() if config.plugin_key in keys]


def hidden_page_content_types(municipality):
    """Content-type ids of page types whose plugin is off for the municipality (for menus, search)."""
    keys = enabled_plugin_keys(municipality)
    models = [
        model for config in installed_plugins() if config.plugin_key not in keys for model in config.page_models()
    ]
    return [content_type.id for content_type in ContentType.objects.get_for_models(*models).values()]


def forget(municipality):
    """Drop the memoised answer after the municipality's plugins changed."""
    municipality.__dict__.pop("_enabled_plugin_keys", None)


__all__ = ["enabled_plugin_keys", "get_plugin", "hidden_page_content_types", "is_enabled", "plugins_for"]
