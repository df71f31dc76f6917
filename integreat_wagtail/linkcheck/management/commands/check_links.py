"""manage.py check_links [--municipality SLUG] [--rate N] [--timeout S] [--limit N]"""

from django.core.management.base import BaseCommand, CommandError

from integreat_wagtail.municipalities.models import Municipality

from ...checks import RunOptions, check_all

MAX_TIMEOUT = 120


class Command(BaseCommand):
    help = "Collect the links of the live pages of each municipality and check them; the admin's report shows the broken ones."

    def add_arguments(self, parser):
        parser.add_argument("--municipality", metavar="SLUG", help="only this municipality")
        parser.add_argument("--rate", type=float, default=1.0, help="requests per second to one host (default 1)")
        parser.add_argument("--timeout", type=float, default=10.0, help=f"seconds to wait for each answer (default 10, at most {MAX_TIMEOUT})")
        parser.add_argument("--limit", type=int, help="external addresses to check in this run (default INTEGREAT_LINKCHECK_MAX_PER_RUN)")

    def handle(self, *args, municipality=None, rate, timeout, limit=None, **options):
        if not 0 < rate <= 100:
            raise CommandError(f"--rate must be more than 0 and at most 100 requests per second, not {rate:g}.")
        if not 0 < timeout <= MAX_TIMEOUT:
            raise CommandError(f"--timeout must be more than 0 and at most {MAX_TIMEOUT} seconds, not {timeout:g}.")
        if limit is not None and limit < 0:
            raise CommandError(f"--limit must be 0 or more, not {limit}.")
        municipalities = Municipality.objects.order_by("slug")
        if municipality is not None:
            municipalities = municipalities.filter(slug=municipality)
            if not municipalities.exists():
                raise CommandError(f"No municipality with the slug {municipality!r}.")
        summaries = check_all(municipalities, RunOptions.from_settings(rate=rate, timeout=timeout, limit=limit))
        for slug, summary in summaries.items():
            self.stdout.write(f"{slug}: {summary.links} links, {summary.checked} checked now, {summary.broken} broken")
