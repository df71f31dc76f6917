"""Daily housing jobs: expire offers, remind landlords, delete personal data, fill machine translations.

Only municipalities where the housing plugin is enabled take part. Run it from cron, e.g.
`0 3 * * * manage.py housing_maintenance`; `--dry-run` reports without changing or mailing anything.
"""

from django.core.management.base import BaseCommand, CommandError

from integreat_wagtail.moderation import services
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.plugins.gate import is_enabled
from plugins.housing.models import HousingOffer, translate_missing


class Command(BaseCommand):
    help = "Expire housing offers, send renewal reminders and delete landlords' personal data when due."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report what would be done.")
        parser.add_argument("--municipality", help="Limit to one municipality (slug).")

    def handle(self, *args, dry_run=False, municipality=None, **options):
        municipalities = Municipality.objects.all()
        if municipality:
            municipalities = municipalities.filter(slug=municipality)
            if not municipalities.exists():
                raise CommandError(f"No municipality with the slug {municipality!r}.")
        prefix = "[dry run] " if dry_run else ""
        for current in (municipality for municipality in municipalities if is_enabled(municipality, "housing")):
            offers = HousingOffer.objects.filter(municipality=current)
            expired = services.expire_due(offers, dry_run=dry_run)
            reminded = services.send_reminders(offers, dry_run=dry_run)
            purged = services.purge_personal_data(offers, dry_run=dry_run)
            translated = 0 if dry_run else sum(translate_missing(offer) for offer in offers.live())
            self.stdout.write(
                f"{prefix}{current.slug}: {len(expired)} expired, {len(reminded)} reminded, "
                f"{len(purged)} anonymised, {translated} machine translations"
            )
