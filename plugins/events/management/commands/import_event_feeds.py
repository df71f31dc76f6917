"""Refresh subscribed iCal feeds of municipalities where the events plugin is on (run from cron)."""

from django.core.management.base import BaseCommand

from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.plugins.gate import is_enabled
from plugins.events.importer import FeedError, import_feed


class Command(BaseCommand):
    help = "Import due iCal feeds for municipalities with the events plugin enabled."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Import every active feed, due or not.")
        parser.add_argument("--municipality", help="Only this municipality (slug).")

    def handle(self, *args, **options):
        municipalities = Municipality.objects.all()
        if options["municipality"]:
            municipalities = municipalities.filter(slug=options["municipality"])
        failures = 0
        # Same as municipalities.with_plugin("events"), asked through the gate directly.
        for municipality in [m for m in municipalities if is_enabled(m, "events")]:
            for feed in municipality.event_feeds.filter(active=True):
                if not (options["force"] or feed.is_due()):
                    continue
                try:
                    stats = import_feed(feed)
                except FeedError as error:
                    failures += 1
                    self.stderr.write(f"{municipality.slug}: {feed.name}: {error}")
                    continue
                self.stdout.write(
                    f"{municipality.slug}: {feed.name}: {stats['created']} new, {stats['updated']} changed, "
                    f"{stats['removed']} removed"
                )
        if failures:
            self.stderr.write(f"{failures} feed(s) failed.")
