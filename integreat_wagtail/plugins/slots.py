"""Named template slots that core templates expose and plugins fill.

A plugin registers a renderer with `@slot("home_teasers")`; `{% plugin_slot "home_teasers" %}`
calls the renderers of the plugins enabled for the page's municipality, in plugin-key order.
Core code may fill slots too; its renderers always run.
"""

from django.apps import apps
from wagtail import hooks

from .gate import is_enabled
from .registry import PluginConfig

SLOTS = ("home_teasers",)  # a slot no plugin fills is not offered


def _hook_name(name):
    return f"integreat_slot_{name}"


def slot(name):
    """Decorator: `fn(context) -> str` fills the slot `name` where its plugin is enabled."""
    if name not in SLOTS:
        raise ValueError(f"Unknown slot {name!r}; known slots: {', '.join(SLOTS)}")
    return hooks.register(_hook_name(name))


def renderers(name, municipality):
    """The renderers allowed to fill slot `name` for the municipality."""
    allowed = []
    for renderer in hooks.get_hooks(_hook_name(name)):
        config = apps.get_containing_app_config(renderer.__module__)
        if isinstance(config, PluginConfig) and not is_enabled(municipality, config.plugin_key):
            continue
        allowed.append(renderer)
    return allowed
