"""manage.py remove_municipality SLUG [--export FILE] [--confirm]: offboarding; a dry run unless confirmed,
the archive (export_municipality's) written before anything is deleted."""

from django.core.management.base import BaseCommand, CommandError

from integreat_wagtail.municipalities.export import export_municipality
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.removal import remove, removal_plan


class Command(BaseCommand):
    help = (
        "Remove a municipality with its page trees, plugin data, media, groups, logs and the users who "
        "work for no other municipality. Lists what would be deleted unless --confirm is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--confirm", action="store_true", help="Really delete (one transaction)")
        parser.add_argument(
            "--export", metavar="FILE", help="Write the municipality's archive (as export_municipality) before anything else"
        )

    def handle(self, slug, confirm, export, **options):
        municipality = Municipality.objects.filter(slug=slug).first()
        if municipality is None:
            raise CommandError(f'No municipality with the slug "{slug}".')
        members = list(municipality.members.values_list("slug", flat=True))
        if members:
            # Removing the county would silently change its towns; they are moved or removed first.
            raise CommandError(f"{municipality} is the county of {', '.join(members)}: change their parent or remove them first.")
        if export:
            try:
                export_municipality(municipality, export)
            except OSError as error:
                raise CommandError(f"Cannot write {export}: {error}. Nothing was deleted.") from error
            self.stdout.write(f"Exported {municipality} ({slug}) to {export}.")
        if not confirm:
            self.stdout.write(f"Dry run: removing {municipality} ({slug}) would delete")
            for part in removal_plan(municipality):
                rows = part.queryset
                names = f": {', '.join(sorted(str(row) for row in rows))}" if part.label.startswith("users") and rows else ""
                self.stdout.write(f"  {part.label}: {rows.count()}{names}")
            self.stdout.write("Nothing was deleted. Run again with --export FILE --confirm to keep an archive and delete.")
            return
        deleted = remove(municipality)
        self.stdout.write(self.style.SUCCESS(f"Removed {municipality} ({slug}): {sum(deleted.values())} rows deleted."))
