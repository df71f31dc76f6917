"""Facts (slug, contact person, phone, e-mail) are copied from the source, never offered for translation."""

from django.test import TestCase
from wagtail_localize.models import OverridableSegment, StringSegment

from tests.factories import add_content_page, root_page

from .helpers import locale, sync_source, translate_strings

FACTS = {
    "slug": "sprachcafe",
    "contact_name": "Olga Petrenko",
    "contact_email": "olga.petrenko@aachtal.example",
    "contact_phone": "+49 241 12345",
}


def test_facts_are_not_source_strings_and_not_overridable(municipality):
    page = add_content_page(root_page(municipality), title="Sprachcafé", intro="Jeden Dienstag.", contact_role="Integrationsbüro", **FACTS)
    source = sync_source(page)
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Sprachcafé", "Jeden Dienstag.", "Integrationsbüro"} <= strings
    assert not strings & set(FACTS.values())
    overridable = set(OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert not overridable & set(FACTS)


def test_a_translation_publishes_without_translating_facts_and_carries_them(municipality):
    page = add_content_page(root_page(municipality), title="Sprachcafé", intro="Jeden Dienstag.", contact_role="Integrationsbüro", **FACTS)
    source = translate_strings(page, "ar")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translated, _ = source.create_or_update_translation(locale("ar"), publish=True, fallback=False)
    translated.refresh_from_db()
    assert translated.live and translated.intro == "[ar] Jeden Dienstag."
    assert {name: getattr(translated, name) for name in FACTS} == FACTS
