"""A platform-sized database for benchmarks: many municipalities, each with a topic tree in every
language and the enabled plugins' demo data (events, housing and job offers) in its default language.

Pages are created live without revisions (what serving and the API read), one municipality per
transaction: Wagtail has no bulk creation of pages (treebeard paths, multi-table rows), but a
transaction per municipality makes SQLite write each tree once. Translations share the source's
translation key, so the language switcher and the API's `available_languages` work as on a real
platform.
"""

import datetime
import time

from django.db import transaction
from django.utils import timezone
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import ContentPage
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.services import add_languages, create_municipality
from integreat_wagtail.plugins.registry import installed_plugins

from .loader import load_plugin_demos

LANGUAGE_ORDER = ["de", "en", "ar", "fa", "uk", "ru", "tr", "ti", "so", "prs", "fr", "ps", "ku", "ro", "pl"]
TOPIC_WORD = {"de": "Thema", "en": "Topic", "ar": "موضوع", "fa": "موضوع", "uk": "Тема", "ru": "Тема", "tr": "Konu"}
SUBTOPICS_PER_TOPIC = 4
PARAGRAPH = "<p>Was Neuzugewanderte wissen müssen: Termine, Unterlagen, Ansprechpersonen. </p>" * 3


def bench_slug(number):
    return f"bench-{number:03d}"


class BenchSeeder:
    def __init__(self, municipalities, pages, languages, plugins=True, progress=None):
        if not 1 <= languages <= len(LANGUAGE_ORDER):
            raise ValueError(f"languages must be between 1 and {len(LANGUAGE_ORDER)}")
        self.count = municipalities
        self.pages = pages
        self.language_codes = LANGUAGE_ORDER[:languages]
        self.plugin_keys = [config.plugin_key for config in installed_plugins()] if plugins else []
        self.progress = progress or (lambda done, total, pages, seconds: None)
        self.created_pages = 0

    def run(self):
        started = time.monotonic()
        for number in range(1, self.count + 1):
            if not Municipality.objects.filter(slug=bench_slug(number)).exists():
                self.municipality(number)
            self.progress(number, self.count, self.created_pages, time.monotonic() - started)
        return self.created_pages

    @transaction.atomic
    def municipality(self, number):
        default, *others = self.language_codes
        with disable_reference_index_auto_update():  # what editors' usage reports read, not readers
            municipality = create_municipality(
                name=f"Benchstadt {number}", slug=bench_slug(number), language_codes=[default],
                default_language=default, enabled_plugins=self.plugin_keys, postal_codes=f"{10000 + number}",
            )
            # Plugin data in the default language only: translating it through wagtail-localize was
            # two thirds of the seeding time, and bench/run reads the listings in that language.
            load_plugin_demos(municipality)
            if others:
                municipality.language_codes = self.language_codes
                municipality.save(update_fields=["language_codes"])
                add_languages(municipality, others)
            self.topic_tree(municipality)
        return municipality

    def topic_tree(self, municipality):
        """`pages` content pages in every language: topics with SUBTOPICS_PER_TOPIC subtopics each."""
        topics = max(1, self.pages // (SUBTOPICS_PER_TOPIC + 1))
        shape = [(topic, None) for topic in range(topics)]
        shape += [(topics + n, n % topics) for n in range(self.pages - topics)]
        keys = {}
        for code in self.language_codes:
            root = municipality.page_for_language(code)
            made = {}
            for number, parent_number in shape:
                parent = root if parent_number is None else made[parent_number]
                page = self.content_page(code, number, root.locale)
                if number in keys:
                    page.translation_key = keys[number]
                made[number] = parent.add_child(instance=page)
                keys[number] = made[number].translation_key
                self.created_pages += 1

    def content_page(self, code, number, locale):
        now = timezone.now()
        word = TOPIC_WORD.get(code, "Topic")
        return ContentPage(
            title=f"{word} {number + 1}", slug=f"topic-{number + 1}", intro=f"{word} {number + 1}: kurz gesagt.",
            body=[("heading", f"{word} {number + 1}"), ("paragraph", PARAGRAPH)], locale=locale, live=True,
            has_unpublished_changes=False, first_published_at=now, last_published_at=now,
            contact_name="Integrationsbüro", last_reviewed_on=datetime.date.today(),
        )
