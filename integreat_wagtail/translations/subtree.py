"""Translate a page and everything below it (or a whole municipality) into one of its languages, in one go.

A municipality that adds a language, or a section written for newcomers, needs every page in the
new language before translators can start; one by one through "Translate" that is hours of
clicking. Each page that has no translation yet gets one as a draft (never published: it still
holds the source text, or machine translations nobody has reviewed). Where a machine translator is
configured and the acting user is known, wagtail-localize's machine translation fills the strings
first. Pages already translated are left as they are. Everything happens in one transaction:
refused input or a failing translator leaves nothing half-done.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils.translation import get_language_info, gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.edit_translation import apply_machine_translation

from .views import municipality_of


@dataclass
class SubtreeTranslation:
    """What one run did: the new draft pages, how many of them a machine filled, how many were already there."""

    created: list = field(default_factory=list)
    machine_translated: int = 0
    already_translated: int = 0


def language_name(code):
    return str(get_language_info(code)["name_translated"])


def target_languages(page):
    """The codes `page`'s subtree may be translated into: its municipality's languages but the source."""
    municipality = municipality_of(page)
    if municipality is None or page.locale.language_code != municipality.default_language:
        return []
    return [code for code in municipality.language_codes if code != municipality.default_language]


def check_request(page, language_code):
    """Refuse, with a message for the user, what cannot be translated; returns the target Locale."""
    municipality = municipality_of(page)
    if municipality is None:
        raise ValidationError(_("This page belongs to no municipality."))
    if page.locale.language_code != municipality.default_language:
        raise ValidationError(
            _("Translations are made from the pages in %(language)s, the municipality's default language.")
            % {"language": language_name(municipality.default_language)}
        )
    if language_code not in target_languages(page):
        raise ValidationError(
            _("%(municipality)s does not publish in “%(code)s”. Its other languages are: %(languages)s.")
            % {
                "municipality": municipality.name,
                "code": language_code,
                "languages": ", ".join(target_languages(page)) or "—",
            }
        )
    locale = Locale.objects.get(language_code=language_code)
    parent = page.get_parent()
    if not page.has_translation(locale) and not parent.has_translation(locale):
        raise ValidationError(
            _("“%(parent)s” has no %(language)s version yet: translate the section above first.")
            % {"parent": parent.title, "language": language_name(language_code)}
        )
    return locale


def translate_subtree(page, language_code, user=None):
    """Draft translations of `page` and its descendants into `language_code`; see the module docstring."""
    locale = check_request(page, language_code)
    translator = get_machine_translator() if user is not None else None
    result = SubtreeTranslation()
    pages = page.get_descendants(inclusive=True).filter(locale=page.locale).specific().order_by("path")
    with transaction.atomic():
        translated = set(
            Page.objects.filter(locale=locale, translation_key__in=pages.values("translation_key")).values_list(
                "translation_key", flat=True
            )
        )
        for source_page in pages:
            if source_page.translation_key in translated:
                result.already_translated += 1
                continue
            source, _created = TranslationSource.update_or_create_from_instance(source_page)
            translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
            draft = source.create_or_update_translation(locale, user=user, publish=False, fallback=True)[0]
            if translator is not None and machine_translate(translation, user, translator):
                translation.save_target(user=user, publish=False)
                result.machine_translated += 1
            result.created.append(draft)
    return result


def machine_translate(translation, user, translator):
    """Fill the translation's strings by machine; False where the translator does not offer the language pair."""
    try:
        apply_machine_translation(translation.id, user, translator)
    except Http404:  # wagtail-localize's answer for a language pair the translator lacks
        return False
    return True
