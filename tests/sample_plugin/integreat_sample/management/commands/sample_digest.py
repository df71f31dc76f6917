"""A periodic job: runs only for municipalities where the plugin is on."""

from django.core.management.base import BaseCommand

from integreat_wagtail.municipalities.models import Municipality


class Command(BaseCommand):
    def handle(self, *args, **options):
        for municipality in Municipality.objects.all().with_plugin("sample"):
            self.stdout.write(f"digest for {municipality.slug}")
