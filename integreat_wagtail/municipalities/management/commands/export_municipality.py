"""manage.py export_municipality SLUG out.zip: the municipality in an archive another installation imports."""

from django.core.management.base import BaseCommand, CommandError

from integreat_wagtail.municipalities.export import export_municipality
from integreat_wagtail.municipalities.models import Municipality


class Command(BaseCommand):
    help = (
        "Write a municipality's page trees in every language with their draft and live state, translation "
        "sources and states, plugin and core data, media, private files, groups and users (without "
        "passwords) into a zip archive for import_municipality."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("path", help="Archive to write (.zip)")

    def handle(self, slug, path, **options):
        municipality = Municipality.objects.filter(slug=slug).first()
        if municipality is None:
            raise CommandError(f'No municipality with the slug "{slug}".')
        try:
            manifest = export_municipality(municipality, path)
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error}") from error
        rows = sum(member["rows"] for member in manifest["members"])
        self.stdout.write(self.style.SUCCESS(f"Exported {municipality} ({slug}) to {path}: {rows} rows, format version {manifest['format_version']}."))
