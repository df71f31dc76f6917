"""manage.py load_demo: demo municipalities, content in several languages and users for every role."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DemoLoader
from integreat_wagtail.municipalities import roles


class Command(BaseCommand):
    help = "Load the demo (idempotent). Refuses to run under production settings."

    def handle(self, *args, **options):
        if not getattr(settings, "INTEGREAT_DEMO", False):
            raise CommandError("load_demo only runs with the demo, dev or test settings, never in production.")
        password = os.environ.get("DEMO_PASSWORD", "demo")
        municipalities = DemoLoader(password, stdout=self.stdout).run()
        self.stdout.write(self.style.SUCCESS("Demo ready. Users (password: %s):" % ("$DEMO_PASSWORD" if "DEMO_PASSWORD" in os.environ else "demo")))
        self.stdout.write("  admin  (platform admin)")
        for slug, municipality in municipalities.items():
            members = [f"{slug}-{organization.slug}" for organization in municipality.organizations.all()]
            self.stdout.write("  " + "  ".join([f"{slug}-{role.slug}" for role in roles.ROLES] + members))
