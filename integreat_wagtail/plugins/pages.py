"""Base for plugin page types: not offered under municipalities where the plugin is off."""

from integreat_wagtail.municipalities.pages import municipality_for, remember_municipality_page

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


def index_page(page_model, municipality, *language_codes):
    """A plugin's index page: the municipality's live, public page of `page_model` right under its
    live root in the first of `language_codes` that has one (give the default language last for a
    fallback), or None. Two queries per language tried; finding its municipality page costs none."""
    for code in dict.fromkeys(code for code in language_codes if code):
        root = municipality.pages.live().filter(locale__language_code=code).first()
        page = page_model.objects.live().public().child_of(root).first() if root else None
        if page is not None:
            remember_municipality_page(page, root)
            return page
    return None
