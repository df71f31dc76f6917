"""manage.py plugins list|enable|disable: the plugin switch from the shell (audit-logged)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.registry import installed_plugins
from integreat_wagtail.plugins.services import disable_plugin, enable_plugin


class Command(BaseCommand):
    help = "List installed plugins, or enable/disable one for a municipality."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["list", "enable", "disable"])
        parser.add_argument("plugin", nargs="?", help="Plugin key (for enable/disable)")
        parser.add_argument("--municipality", help="Municipality slug")

    def handle(self, *args, action, plugin, municipality, **options):
        with translation.override("en"):
            target = self.municipality(municipality) if municipality else None
            if action == "list":
                return self.list(target)
            if not plugin or target is None:
                raise CommandError(f"Usage: manage.py plugins {action} PLUGIN --municipality SLUG")
            change = enable_plugin if action == "enable" else disable_plugin
            try:
                change(target, plugin)
            except ValidationError as error:
                raise CommandError(" ".join(error.messages))
            self.stdout.write(self.style.SUCCESS(f"{plugin} {action}d for {target.slug}."))

    def municipality(self, slug):
        found = Municipality.objects.filter(slug=slug).first()
        if found is None:
            raise CommandError(f"No municipality with the slug “{slug}”.")
        return found

    def list(self, municipality):
        plugins = installed_plugins()
        if not plugins:
            self.stdout.write("No plugins installed.")
        for config in plugins:
            state = ""
            if municipality is not None:
                state = " [on]" if is_enabled(municipality, config.plugin_key) else " [off]"
            depends = f" (needs {', '.join(config.depends_on)})" if config.depends_on else ""
            self.stdout.write(f"{config.plugin_key} {config.version}{state}: {config.verbose_name} – {config.description}{depends}")
