"""Base for plugin page types: not offered under municipalities where the plugin is off."""

from integreat_wagtail.municipalities.pages import municipality_for

from .gate import is_enabled
from .registry import plugin_for_model


class PluginPageMixin:
    """Put before Page in a plugin page's bases: `class EventIndexPage(PluginPageMixin, Page)`.

    Serving and crafted POSTs are refused by the framework's hooks for any plugin page type;
    this mixin also removes the type from the admin's "add child page" list.
    """

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        config = plugin_for_model(cls)
        return config is None or is_enabled(municipality_for(parent), config.plugin_key)


