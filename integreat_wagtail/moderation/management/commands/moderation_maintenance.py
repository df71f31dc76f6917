"""manage.py moderation_maintenance: the daily job of every moderated model, run from cron.

`0 3 * * * manage.py moderation_maintenance`. For every concrete ModeratedSubmission, and every
municipality where the plugin that defines it is on (a core model's: everywhere): expire due
submissions, remind submitters before expiry, delete personal data after the retention period,
then the model's own `periodic_maintenance` (housing: machine translations). Where a plugin is
off, its data is left untouched and nobody is mailed. `--dry-run` reports, changes nothing and
sends nothing.
"""

import logging

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from integreat_wagtail.moderation import services
from integreat_wagtail.moderation.models import ModeratedSubmission
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.registry import plugin_for_model

logger = logging.getLogger(__name__)


def moderated_models():
    """[(plugin key, model)] of every concrete ModeratedSubmission; the key is None for a core model."""
    found = []
    for model in apps.get_models():
        if issubclass(model, ModeratedSubmission) and not model._meta.proxy:
            config = plugin_for_model(model)
            found.append((config.plugin_key if config else None, model))
    return sorted(found, key=lambda item: (item[0] or "", item[1]._meta.label))


def run(model, municipality, now, dry_run=False):
    """One model's rows of one municipality: the core jobs, then the model's own; {what: count}."""
    queryset = model._default_manager.filter(municipality=municipality)
    done = {
        "expired": len(services.expire_due(queryset, now=now, dry_run=dry_run)),
        "reminded": len(services.send_reminders(queryset, now=now, dry_run=dry_run)),
        "anonymised": len(services.purge_personal_data(queryset, now=now, dry_run=dry_run)),
    }
    done.update(model.periodic_maintenance(queryset, now=now, dry_run=dry_run))
    return done


class Command(BaseCommand):
    help = (
        "Expire moderated submissions (housing offers, job offers…), send renewal reminders and delete "
        "submitters' personal data when due, in every municipality where the plugin is on."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report what would be done.")
        parser.add_argument("--municipality", metavar="SLUG", help="Limit to one municipality.")
        parser.add_argument("--plugin", metavar="KEY", help="Limit to one plugin's submissions.")

    def handle(self, *args, dry_run=False, municipality=None, plugin=None, verbosity=1, **options):
        with translation.override("en"):  # output for operators, like `manage.py plugins`
            jobs = self.jobs(plugin)
            municipalities = self.municipalities(municipality)
            prefix = "[dry run] " if dry_run else ""
            now = timezone.now()
            failures = 0
            for current in municipalities:
                for key, model in jobs:
                    label = f"{prefix}{current.slug} / {model._meta.verbose_name_plural}"
                    if key is not None and not is_enabled(current, key):
                        if verbosity >= 2:
                            self.stdout.write(f"{label}: skipped, the plugin “{key}” is off")
                        continue
                    try:
                        done = run(model, current, now, dry_run=dry_run)
                    except Exception:  # noqa: BLE001 - one municipality's failure must not stop the others' deletions
                        logger.exception("Moderation maintenance of %s in %s failed", model._meta.label, current.slug)
                        self.stderr.write(f"{label}: failed, see the log")
                        failures += 1
                        continue
                    self.stdout.write(f"{label}: " + ", ".join(f"{count} {what}" for what, count in done.items()))
            if failures:
                raise CommandError(f"{failures} job(s) failed.")

    def jobs(self, key):
        """The (plugin key, model) pairs to run; an unknown key is refused before anything runs."""
        jobs = moderated_models()
        if key is None:
            return jobs
        chosen = [job for job in jobs if job[0] == key]
        if not chosen:
            keys = ", ".join(sorted({job[0] for job in jobs if job[0]})) or "none"
            raise CommandError(
                f"No installed plugin “{key}” with moderated submissions. Plugins that have them: {keys}."
            )
        return chosen

    def municipalities(self, slug):
        municipalities = Municipality.objects.order_by("slug")
        if slug is None:
            return list(municipalities)
        found = list(municipalities.filter(slug=slug))
        if not found:
            raise CommandError(f"No municipality with the slug “{slug}”.")
        return found
