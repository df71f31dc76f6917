"""manage.py review_reminders: mail every municipality's editors the pages due for review (cron, weekly)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.review_reminders import send_review_reminders


class Command(BaseCommand):
    help = "Mail each municipality's editors the pages whose last review is older than its review interval."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report what would be sent; send nothing")
        parser.add_argument("--municipality", help="Only this municipality (slug)")

    def handle(self, *args, **options):
        municipalities = Municipality.objects.order_by("name")
        if options["municipality"]:
            municipalities = municipalities.filter(slug=options["municipality"])
            if not municipalities.exists():
                raise CommandError(f"No municipality with the slug “{options['municipality']}”.")
        verb = "would mail" if options["dry_run"] else "mailed"
        for municipality in municipalities:
            pages, editors = send_review_reminders(municipality, settings.WAGTAILADMIN_BASE_URL, options["dry_run"])
            self.stdout.write(f"{municipality.slug}: {pages} pages due for review, {verb} {editors} editors")
