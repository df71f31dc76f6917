"""Plugin metadata: a plugin is a Django app whose AppConfig subclasses PluginConfig."""

from django.apps import AppConfig, apps
from django.db.models import Model


class PluginConfig(AppConfig):
    """Base AppConfig of every plugin; class attributes describe the plugin to admins.

    plugin_key:   stable identifier stored per municipality (never rename it)
    description:  one translatable sentence for the admin's plugin list
    version:      the plugin's own version string
    depends_on:   keys of plugins that must be enabled first
    provides:     what the plugin adds, for humans: a tuple of translatable strings
    api_feeds:    API content, served at /api/v3/{r}/{l}/<key>/<segment>/ (a segment named like
                  the key also at /api/v3/{r}/{l}/<key>/) and at
                  /api/municipalities/{r}/{l}/plugins/<key>/<segment>/ where the plugin is on:
                  {"segment": "module:function"}, function(municipality, language_code, request)
                  returning JSON-ready data; it reads its parameters from request.GET and raises
                  LookupError (404), ValueError or ValidationError (400)
    api_offer:    how the Integreat apps list the plugin under offers/extras, or None:
                  {"alias": …, "api": "<segment path>/"}
    api_region_flags: Integreat v3 region fields the plugin switches on where it is on, e.g.
                  ("events",)
    role_index_pages: page types of the plugin that open a municipality's role (roles.py) to
                  the plugin's pages although it holds no rights on the root page:
                  {"<role key>": ("<page model name>", …)}. Each such page, in every language,
                  gives the municipality's group for that role the role's
                  `plugin_page_permissions` when the page is created (role_pages.py).
    sitemap_sub_paths: "module:function" giving the readable sub-routes below one of the plugin's
                  pages for the sitemap (job offers, counselling…): f(page, municipality) →
                  {key: sub-path}, `page` a plain Page (check `page.specific_class`);
                  the same key in two languages makes them alternates of one entry.
    """

    default = False  # never picked as an app's config itself, although plugins' apps.py import it
    plugin_key = ""
    description = ""
    version = "0"
    depends_on = ()
    provides = ()
    api_feeds = {}
    api_offer = None
    api_region_flags = ()
    role_index_pages = {}
    sitemap_sub_paths = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.default = cls.__dict__.get("default", True)
        if not cls.plugin_key:
            cls.plugin_key = cls.__module__.rsplit(".", 2)[-2] if "." in cls.__module__ else cls.__module__

    def page_models(self):
        """The plugin's Wagtail page types (gated at creation and serving)."""
        from wagtail.models import Page

        return [model for model in self.get_models() if issubclass(model, Page)]

    def role_index_page_models(self):
        """(role key, page model) for every page type the plugin opens to a role."""
        return [(role_key, self.get_model(name)) for role_key, names in self.role_index_pages.items() for name in names]


def installed_plugins():
    """Every installed plugin's config, ordered by key."""
    return sorted(
        (config for config in apps.get_app_configs() if isinstance(config, PluginConfig)),
        key=lambda config: config.plugin_key,
    )


def get_plugin(key):
    """The installed plugin with that key, or None."""
    return next((config for config in installed_plugins() if config.plugin_key == key), None)


def plugin_for_model(model):
    """The plugin that defines a model (class or instance), or None for core models."""
    if isinstance(model, Model):
        model = type(model)
    config = apps.get_app_config(model._meta.app_label)
    return config if isinstance(config, PluginConfig) else None
