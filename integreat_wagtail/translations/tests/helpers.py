"""Translating pages in tests the way wagtail-localize does it in the admin."""

from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def locale(code):
    return Locale.objects.get(language_code=code)


def sync_source(page):
    """Extract the source's current strings ("Sync translated pages" / submitting for translation)."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    return source


def write_translation(page, code, *, publish):
    """Write the translation into `code` from the source's extracted strings; returns the translated page."""
    source = sync_source(page)
    Translation.objects.get_or_create(source=source, target_locale=locale(code))
    with TestCase.captureOnCommitCallbacks(execute=True):
        source.create_or_update_translation(locale(code), publish=publish, fallback=True)
    return Page.objects.get(translation_key=page.translation_key, locale=locale(code)).specific


def translate_strings(page, code, translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL):
    """Translate every string of the page's source into `code`, as a person or a machine would."""
    source = sync_source(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, context=segment.context, locale=locale(code),
            defaults={"data": f"[{code}] {segment.string.data}", "translation_type": translation_type},
        )
    return source


def one_page_per_state(municipality, outdated_title="Veraltet"):
    """Pages under the root whose Arabic translations are missing, in translation, machine, up to date, outdated."""
    from tests.factories import add_content_page, root_page

    root = root_page(municipality)
    add_content_page(root, title="Fehlt", slug="fehlt")
    write_translation(add_content_page(root, title="Entwurf", slug="entwurf"), "ar", publish=False)
    machine = add_content_page(root, title="Maschine", slug="maschine", intro="Maschinell übersetzt.")
    translate_strings(machine, "ar", StringTranslation.TRANSLATION_TYPE_MACHINE)
    write_translation(machine, "ar", publish=True)
    write_translation(add_content_page(root, title="Aktuell", slug="aktuell"), "ar", publish=True)
    outdated = add_content_page(root, title=outdated_title, slug="veraltet", intro="Alte Öffnungszeiten.")
    translate_strings(outdated, "ar")
    write_translation(outdated, "ar", publish=True)
    publish_change(outdated, intro="Neue Öffnungszeiten.")


def publish_change(page, **changes):
    """An editor changes the source and publishes it."""
    for name, value in changes.items():
        setattr(page, name, value)
    revision = page.save_revision()
    revision.publish()
    return revision
