"""Factories of the labour tests: each test creates just the section, guides, services and offers it needs.

Loading the whole labour demo (`plugins.labour.demo`) per test cost seconds of setup each; the demo
itself is tested by tests/test_demo.py and the labour browser test.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from integreat_wagtail.translations.services import translate_and_publish
from plugins.labour.models import CounsellingService, JobOffer, JobOfferTranslation, LabourIndexPage, RecognitionGuidePage
from tests.factories import root_page


def section_in(municipality, code):
    """The municipality's labour section in one language."""
    return LabourIndexPage.objects.child_of(root_page(municipality, code)).get()


def _translate(page, code, **fields):
    """A published translation of a page (through wagtail-localize), with its own texts."""
    translation = translate_and_publish(page, Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def make_section(municipality):
    """The labour section below the municipality's root page, translated into all its languages."""
    section = LabourIndexPage(
        title="Arbeit und Anerkennung", slug="arbeit-und-anerkennung", contact_name=municipality.name,
        last_reviewed_on=timezone.localdate(),
    )
    root_page(municipality).add_child(instance=section)
    section.save_revision().publish()
    for code in municipality.language_codes[1:]:
        _translate(section, code, title=f"Arbeit ({code})")
    return section


def _guide_texts(texts):
    return {
        "title": texts["title"], "profession": texts["title"],
        "documents": [("document", document) for document in texts.get("documents", [])],
        "steps": [("step", {"title": step, "text": None, "links": []}) for step in texts.get("steps", ["Antrag"])],
    }


def make_guide(section, key, texts, **fields):
    """A published recognition guide; `texts` maps language → title (and optional documents, steps),
    the first language being the section's, every other one a translation."""
    (_, source_texts), *translations = texts.items()
    values = {"slug": key, "profession_key": key, "authority_name": "Anerkennungsstelle", "locale": section.locale, **fields}
    guide = RecognitionGuidePage(**values, **_guide_texts(source_texts))
    section.add_child(instance=guide)
    guide.save_revision().publish()
    for code, translated in translations:
        _translate(guide, code, **_guide_texts(translated))
    return guide


def make_offer(municipality, translations=None, **fields):
    """A published job offer (bypassing the public form, like an editor would); `translations` maps
    language → (title, description)."""
    now = timezone.now()
    values = {
        "municipality": municipality, "status": JobOffer.Status.APPROVED, "language": "de", "employer": "Firma Test",
        "title": "Testjob", "description": "Beschreibung", "employment_type": "full_time", "town": "Aachtal",
        "contact_email": "jobs@example.org", "submitted_at": now, "reviewed_at": now,
        "expires_at": now + datetime.timedelta(days=10),
    }
    values.update(fields)
    offer = JobOffer(**values)
    offer.full_clean()
    offer.save()
    for code, (title, description) in (translations or {}).items():
        JobOfferTranslation.objects.create(submission=offer, language_code=code, title=title, description=description)
    return offer


def make_service(municipality, translations=None, **fields):
    """A counselling service in the municipality's source language; `translations` maps language → name."""
    values = {
        "municipality": municipality, "locale": Locale.objects.get(language_code=municipality.default_language),
        "organisation": "Beratungsstelle", "name": "Beratung", "topics": ["recognition"], "languages_spoken": ["de"],
    }
    values.update(fields)
    service = CounsellingService.objects.create(**values)
    for code, name in (translations or {}).items():
        translation = service.copy_for_translation(Locale.objects.get(language_code=code))
        translation.name = name
        translation.save()
    return service
