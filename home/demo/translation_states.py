"""Demo pages in the translation states people must learn to recognise: outdated, machine translated, in translation.

The demo's topic trees are translated completely by hand; without this, readers and editors would
only ever see "up to date" and could not try the notes, the status dashboard or the review of a
translation. In each municipality:

- the first topic page changes in the source language after it was translated: every translation
  of it is outdated, and its readers see that the original is newer;
- the second topic page's strings in the first other language are marked as machine translations
  nobody has reviewed yet;
- a new page ("Sprachkurse im Sommer") is translated into the first other language as a draft
  (`translations.subtree`), so it is still in translation there (and missing in the others).

Loading the demo again changes nothing: the new page marks a municipality as done.
"""

from wagtail_localize.models import StringTranslation

from home.models import ContentPage
from integreat_wagtail.translations.subtree import translate_subtree

SOURCE_CHANGE = " Neu: Termine gibt es jetzt auch online."
NEW_PAGE = {
    "slug": "sprachkurse-im-sommer",
    "title": "Sprachkurse im Sommer",
    "intro": "In den Sommerferien gibt es Intensivkurse Deutsch für Jugendliche und Erwachsene.",
}


def show_translation_states(municipality):
    """Put one page of the municipality in each state the complete demo translation would otherwise lack."""
    root = municipality.pages.get(locale__language_code=municipality.default_language).specific
    if root.get_children().filter(slug=NEW_PAGE["slug"]).exists():
        return
    target = next(code for code in municipality.language_codes if code != municipality.default_language)
    outdated, machine = ContentPage.objects.descendant_of(root).filter(numchild=0).order_by("path")[:2]

    outdated.intro += SOURCE_CHANGE
    outdated.save_revision().publish()

    StringTranslation.objects.filter(
        context__object_id=machine.translation_key, locale__language_code=target
    ).update(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)

    page = ContentPage(
        **NEW_PAGE, icon=machine.icon, show_in_menus=True, locale=root.locale,
        contact_name=machine.contact_name, contact_email=machine.contact_email, contact_phone=machine.contact_phone,
        last_reviewed_on=machine.last_reviewed_on,
    )
    root.add_child(instance=page)
    page.save_revision().publish()
    translate_subtree(page, target)
