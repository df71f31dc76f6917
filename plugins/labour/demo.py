"""Demo data: `load_demo(municipality)` fills the labour section of one municipality. Idempotent.

Five recognition guides (pages translated through wagtail-localize by the core's
translate_and_publish, then given their real translated texts), ten counselling services
(snippet translations) and fifteen published job offers with translations, in the
municipality's languages among de, en, ar, fa, uk. The texts are data: `demo_data/*.yaml`.
"""

import datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import MunicipalityPage
from integreat_wagtail.core.demo_data import localized, read_demo_data
from integreat_wagtail.translations.services import translate_and_publish

from .models import CounsellingService, JobOffer, JobOfferTranslation, LabourIndexPage, RecognitionGuidePage

DATA = Path(__file__).with_name("demo_data")


def _langs(municipality, section):
    return [code for code in municipality.language_codes if code in section["languages"] and code != municipality.default_language]


def _checklist(checklist, code):
    steps = []
    for step in checklist["steps"]:
        links = [{"title": localized(checklist["link"], code), "page": None, "url": step["url"]}] if step["url"] else []
        steps.append({"title": localized(step["title"], code), "text": None, "links": links})
    return [("checklist", {"title": localized(checklist["title"], code),
                           "intro": localized(checklist["intro"], code), "steps": steps})]


def _index_fields(section, code):
    return {
        "title": localized(section["title"], code),
        "intro": localized(section["intro"], code),
        "body": _checklist(section["checklist"], code),
    }


def _guide_fields(data, guide, code):
    return {
        "title": localized(guide["title"], code),
        "profession": localized(guide["title"], code),
        "summary": localized(guide["summary"], code),
        "documents": [("document", localized(data["documents"][key], code)) for key in guide["documents"]],
        "steps": [
            ("step", {"title": localized(step["title"], code), "text": RichText(f"<p>{localized(step['text'], code)}</p>"),
                      "links": []})
            for step in data["steps"]
        ],
        "costs": localized(data["costs"], code, a=guide["costs"][0], b=guide["costs"][1]),
        "duration": localized(data["months"], code, a=guide["months"][0], b=guide["months"][1]),
    }


def _apply(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def _translate_page(source, municipality, section, fields_for):
    """Create missing translations through wagtail-localize, then give them their real texts."""
    codes = _langs(municipality, section)
    existing = set(source.get_translations().values_list("locale__language_code", flat=True))
    missing = [code for code in codes if code not in existing]
    for code in missing:
        # The core helper publishes at once; wagtail-localize's own on-commit publish would later
        # overwrite these texts with the source's (see integreat_wagtail.translations.services).
        translation = translate_and_publish(source, Locale.objects.get(language_code=code))
        _apply(translation, fields_for(code))


def _index(municipality, section):
    root = MunicipalityPage.objects.get(municipality=municipality, locale__language_code=municipality.default_language)
    page = LabourIndexPage.objects.child_of(root).first()
    if page is None:
        code = municipality.default_language
        page = LabourIndexPage(slug=section["slug"], contact_name=municipality.contact_name or municipality.name,
                               last_reviewed_on=timezone.localdate(), **_index_fields(section, code))
        root.add_child(instance=page)
        page.save_revision().publish()
    _translate_page(page, municipality, section, lambda lang: _index_fields(section, lang))
    return page


def _guides(index, municipality, section):
    data = read_demo_data(DATA, "guides")
    code = municipality.default_language
    for guide in data["guides"]:
        page = RecognitionGuidePage.objects.child_of(index).filter(profession_key=guide["key"]).first()
        if page is None:
            page = RecognitionGuidePage(
                slug=guide["key"], profession_key=guide["key"], profession_group=guide["group"],
                regulated=guide["regulated"], cefr_level=guide["cefr"], authority_name=guide["authority"],
                authority_email=guide["email"], authority_phone=guide["phone"],
                official_links=[("link", {"title": link["title"], "page": None, "url": link["url"]}) for link in guide["links"]],
                contact_name=municipality.contact_name or municipality.name, last_reviewed_on=timezone.localdate(),
                **_guide_fields(data, guide, code),
            )
            index.add_child(instance=page)
            page.save_revision().publish()
        _translate_page(page, municipality, section, lambda lang, guide=guide: _guide_fields(data, guide, lang))


def _town(municipality):
    return municipality.name.split()[-1]


def _services(municipality, section):
    data = read_demo_data(DATA, "services")
    source_code = municipality.default_language
    source_locale = Locale.objects.get(language_code=source_code)
    town = _town(municipality)
    postcode = (municipality.postal_code_list() or [""])[0]
    for index, spec in enumerate(data["services"]):
        name, hours = data["topic_names"][spec["topics"][0]], data["hours"][spec["hours"]]
        service = CounsellingService.objects.filter(
            municipality=municipality, locale=source_locale, organisation=spec["organisation"]
        ).first()
        if service is None:
            service = CounsellingService.objects.create(
                municipality=municipality, locale=source_locale, organisation=spec["organisation"],
                name=localized(name, source_code), description=localized(data["description"], source_code),
                topics=spec["topics"], languages_spoken=spec["languages_spoken"],
                email=f"{spec['mail']}@{municipality.slug}.example.org", phone=f"+49 6631 {4100 + index * 7}",
                website=f"https://{spec['mail']}.example.org", street=spec["street"], postcode=postcode, town=town,
                opening_hours=localized(hours, source_code),
            )
        existing = set(CounsellingService.objects.filter(translation_key=service.translation_key)
                       .values_list("locale__language_code", flat=True))
        for code in _langs(municipality, section):
            if code in existing:
                continue
            translation = service.copy_for_translation(Locale.objects.get(language_code=code))
            translation.name = localized(name, code)
            translation.description = localized(data["description"], code)
            translation.opening_hours = localized(hours, code)
            translation.save()


def _jobs(municipality, section):
    data = read_demo_data(DATA, "jobs")
    source_code = municipality.default_language
    town = _town(municipality)
    postcode = (municipality.postal_code_list() or [""])[0]
    now = timezone.now()
    for index, spec in enumerate(data["jobs"]):
        employer, salary = spec["employer"], spec["salary"]
        title = localized(spec["title"], source_code)
        offer = JobOffer.objects.filter(municipality=municipality, employer=employer, title=title).first()
        if offer is None:
            offer = JobOffer(
                municipality=municipality, status=JobOffer.Status.APPROVED, language=source_code, employer=employer,
                title=title, description=localized(data["description"], source_code, employer=employer, town=town),
                employment_type=spec["employment_type"],
                start_date=timezone.localdate() + datetime.timedelta(days=14 + 7 * index),
                street=f"Gewerbepark {index + 1}", postcode=postcode, town=town, cefr_level=spec["cefr_level"] or "",
                recognition_needed=spec["recognition_needed"], qualifications="", contact_email=f"jobs{index + 1}@example.org",
                application_url=f"https://jobs.example.org/{municipality.slug}/{index + 1}",
                salary_min=salary["min"] if salary else None, salary_max=salary["max"] if salary else None,
                salary_unit=salary["unit"] if salary else "MONTH",
                submitter_name="Demo", submitter_email=f"hr{index + 1}@example.org", submitter_language=source_code,
                submitted_at=now - datetime.timedelta(days=3 + index), reviewed_at=now - datetime.timedelta(days=2 + index),
                expires_at=now + datetime.timedelta(days=30 + 3 * index),
            )
            offer.full_clean()
            offer.save()
        have = set(offer.translations.values_list("language_code", flat=True))
        for code in _langs(municipality, section):
            if code not in have:
                JobOfferTranslation.objects.create(
                    submission=offer, language_code=code, title=localized(spec["title"], code),
                    description=localized(data["description"], code, employer=employer, town=town),
                )


@transaction.atomic
def load_demo(municipality):
    """Create (or complete) the municipality's labour section; returns its source-language index page."""
    section = read_demo_data(DATA, "section")
    index = _index(municipality, section)
    _guides(index, municipality, section)
    _services(municipality, section)
    _jobs(municipality, section)
    return index
