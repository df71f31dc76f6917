"""manage.py create_municipality: onboard a municipality from the shell (same rules as the admin)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from integreat_wagtail.municipalities.forms import MunicipalityForm
from integreat_wagtail.municipalities.models import Municipality


class Command(BaseCommand):
    help = "Create a municipality: its page in every language, groups, media collection and optional site."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True)
        parser.add_argument("--slug", required=True)
        parser.add_argument("--languages", required=True, help="Comma-separated codes, e.g. de,en,ar,uk")
        parser.add_argument("--default-language", help="Source language (default: the first of --languages)")
        parser.add_argument("--kind", default="city", choices=[choice for choice, _ in Municipality.Kind.choices])
        parser.add_argument("--parent", help="Slug of the parent county")
        parser.add_argument(
            "--publishing", default=Municipality.Publishing.REVIEW,
            help="direct: editors publish themselves; review (default): the municipality's moderators approve first",
        )
        parser.add_argument(
            "--from", dest="template", default="",
            help="Slug of a platform template or municipality whose topic pages the new one starts with (the languages both have)",
        )
        parser.add_argument(
            "--platform-template", action="store_true",
            help="A platform template: hidden from readers, a tree new municipalities start from (--from SLUG)",
        )
        parser.add_argument("--hostname", default="", help="Own domain: creates a Wagtail Site for it")
        parser.add_argument("--time-zone", default="Europe/Berlin")
        parser.add_argument("--latitude")
        parser.add_argument("--longitude")
        parser.add_argument("--postal-codes", default="", help="Space- or comma-separated")
        parser.add_argument("--contact-name", default="")
        parser.add_argument("--contact-email", default="")
        parser.add_argument("--contact-phone", default="")
        parser.add_argument("--contact-address", default="")
        parser.add_argument("--intro", default="")
        parser.add_argument("--imprint", default="")

    def handle(self, *args, **options):
        with translation.override("en"):
            self.create(options)

    def create(self, options):
        parent = None
        if options["parent"]:
            parent = Municipality.objects.filter(slug=options["parent"]).first()
            if parent is None:
                raise CommandError(f"No municipality with the slug “{options['parent']}” to use as parent.")
        codes = options["languages"]
        data = {
            "name": options["name"],
            "slug": options["slug"],
            "kind": options["kind"],
            "parent": parent.pk if parent else "",
            "language_codes": codes,
            "default_language": options["default_language"] or codes.split(",")[0].strip(),
            "hostname": options["hostname"],
            "template": options["template"],
            "is_template": options["platform_template"],
            "time_zone": options["time_zone"],
            "latitude": options["latitude"] or "",
            "longitude": options["longitude"] or "",
            "postal_codes": options["postal_codes"].replace(",", " "),
            "publishing": options["publishing"],
            "contact_name": options["contact_name"],
            "contact_email": options["contact_email"],
            "contact_phone": options["contact_phone"],
            "contact_address": options["contact_address"],
            "intro": options["intro"],
            "imprint": options["imprint"],
        }
        form = MunicipalityForm(data=data)
        if not form.is_valid():
            messages = [
                f"{field if field != '__all__' else 'error'}: {' '.join(errors)}"
                for field, errors in form.errors.items()
            ]
            raise CommandError("Municipality not created.\n" + "\n".join(messages))
        municipality = form.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {municipality.name} ({municipality.slug}) in {', '.join(municipality.language_codes)}."
            )
        )
