"""manage.py import_municipality in.zip [--slug NEW]: a municipality exported elsewhere, in one transaction."""

from django.core.management.base import BaseCommand, CommandError

from integreat_wagtail.municipalities.importer import ImportRefused, import_municipality


class Command(BaseCommand):
    help = (
        "Import a municipality archive written by export_municipality: new ids, people matched by username "
        "or e-mail, all or nothing. Running it again with the same archive changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Archive to read (.zip)")
        parser.add_argument("--slug", help="Import under another slug (the archive's slug is taken here)")

    def handle(self, path, slug, **options):
        try:
            municipality, created = import_municipality(path, slug=slug)
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        if created:
            self.stdout.write(self.style.SUCCESS(f"Imported {municipality} ({municipality.slug})."))
        else:
            self.stdout.write(f"{municipality} ({municipality.slug}) was imported from this archive already: nothing changed.")
