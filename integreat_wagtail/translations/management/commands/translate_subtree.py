"""manage.py translate_subtree: draft translations of a municipality's pages (or one section) into one of its languages."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.translations.subtree import translate_subtree


class Command(BaseCommand):
    help = (
        "Translate a municipality's pages (or the section under --page) into one of its languages, as drafts. "
        "Pages already translated are left alone; nothing is published."
    )

    def add_arguments(self, parser):
        parser.add_argument("--municipality", required=True, help="The municipality's slug")
        parser.add_argument("--language", required=True, help="One of the municipality's languages, e.g. ar")
        parser.add_argument("--page", type=int, help="Id of the section's page in the default language (default: all)")
        parser.add_argument(
            "--user",
            help="Username recorded in the pages' history; with a machine translator configured, "
            "the strings are machine-translated in this user's name (needs edit rights)",
        )

    def handle(self, *args, **options):
        with translation.override("en"):
            municipality = Municipality.objects.filter(slug=options["municipality"]).first()
            if municipality is None:
                raise CommandError(f"No municipality with the slug “{options['municipality']}”.")
            root = municipality.pages.filter(locale__language_code=municipality.default_language).first()
            if root is None:
                raise CommandError(f"{municipality.name} has no pages in {municipality.default_language}.")
            page = root
            if options["page"] is not None:
                page = root.get_descendants(inclusive=True).filter(pk=options["page"]).specific().first()
                if page is None:
                    raise CommandError(
                        f"Page {options['page']} is not a page of {municipality.name} in "
                        f"{municipality.default_language}, its default language."
                    )
            user = None
            if options["user"]:
                user = get_user_model().objects.filter(username=options["user"]).first()
                if user is None or not page.permissions_for_user(user).can_edit():
                    raise CommandError(f"“{options['user']}” may not edit “{page.title}”.")
            try:
                result = translate_subtree(page, options["language"], user=user)
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(
            f"{len(result.created)} draft translations created ({result.machine_translated} machine-translated), "
            f"{result.already_translated} pages already translated."
        )
