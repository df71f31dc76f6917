from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PluginsConfig(AppConfig):
    name = "integreat_wagtail.plugins"
    label = "integreat_plugins"
    verbose_name = _("Plugin framework")

    def ready(self):
        from . import role_pages

        role_pages.connect()
