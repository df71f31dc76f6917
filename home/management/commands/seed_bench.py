"""manage.py seed_bench: a platform-sized database for bench/run (never in production)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.demo.bench_seed import LANGUAGE_ORDER, BenchSeeder

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Create benchmark municipalities (bench-001…) with topic trees in several languages and plugin data."

    def add_arguments(self, parser):
        parser.add_argument("--municipalities", type=int, default=100)
        parser.add_argument("--pages", type=int, default=50, help="content pages per municipality and language")
        parser.add_argument("--languages", type=int, default=5, help=f"1–{len(LANGUAGE_ORDER)}: {', '.join(LANGUAGE_ORDER)}")
        parser.add_argument("--no-plugin-data", action="store_true", help="skip events, housing and job offers")

    def handle(self, *args, **options):
        if not getattr(settings, "INTEGREAT_DEMO", False):
            raise CommandError("seed_bench only runs with the demo, dev or test settings, never in production.")
        for name, low, high in (("municipalities", 1, 999), ("pages", 1, 10000), ("languages", 1, len(LANGUAGE_ORDER))):
            if not low <= options[name] <= high:
                raise CommandError(f"--{name} must be between {low} and {high}.")
        seeder = BenchSeeder(
            options["municipalities"], options["pages"], options["languages"],
            plugins=not options["no_plugin_data"], progress=self.progress,
        )
        pages = seeder.run()
        self.stdout.write(self.style.SUCCESS(f"\nSeeded: {pages} new pages."))

    def progress(self, done, total, pages, seconds):
        filled = BAR_WIDTH * done // total
        rate = pages / seconds if seconds else 0
        self.stdout.write(
            f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} municipalities, "
            f"{pages} pages, {seconds:.0f} s ({rate:.0f} pages/s)",
            ending="",
        )
        self.stdout.flush()
