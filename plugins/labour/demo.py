"""Demo data: `load_demo(municipality)` fills the labour section of one municipality. Idempotent.

Five recognition guides (pages translated through wagtail-localize by the core's
translate_and_publish, then given their real translated texts), ten counselling services
(snippet translations) and fifteen published job offers with translations, in the
municipality's languages among de, en, ar, fa, uk.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import MunicipalityPage
from integreat_wagtail.translations.services import translate_and_publish

from . import demo_content as content
from .models import CounsellingService, JobOffer, JobOfferTranslation, LabourIndexPage, RecognitionGuidePage


def _langs(municipality):
    return [code for code in municipality.language_codes if code in content.LANGS and code != municipality.default_language]


def _t(texts, code, **values):
    text = texts.get(code) or texts["de"]
    return text.format(**values) if values else text


def _checklist(code):
    steps = []
    for title, url in content.CHECKLIST["steps"]:
        links = [{"title": _t(content.CHECKLIST["link"], code), "page": None, "url": url}] if url else []
        steps.append({"title": _t(title, code), "text": None, "links": links})
    return [("checklist", {"title": _t(content.CHECKLIST["title"], code),
                           "intro": _t(content.CHECKLIST["intro"], code), "steps": steps})]


def _index_fields(code):
    return {
        "title": _t(content.SECTION["title"], code),
        "intro": _t(content.SECTION["intro"], code),
        "body": _checklist(code),
    }


def _guide_fields(guide, code):
    return {
        "title": _t(guide["title"], code),
        "profession": _t(guide["title"], code),
        "summary": _t(guide["summary"], code),
        "documents": [("document", _t(content.DOCUMENTS[key], code)) for key in guide["documents"]],
        "steps": [
            ("step", {"title": _t(title, code), "text": RichText(f"<p>{_t(text, code)}</p>"), "links": []})
            for title, text in content.STEPS
        ],
        "costs": _t(content.COSTS, code, a=guide["costs"][0], b=guide["costs"][1]),
        "duration": _t(content.MONTHS, code, a=guide["months"][0], b=guide["months"][1]),
    }


def _apply(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def _translate_page(source, municipality, fields_for):
    """Create missing translations through wagtail-localize, then give them their real texts."""
    codes = _langs(municipality)
    existing = set(source.get_translations().values_list("locale__language_code", flat=True))
    missing = [code for code in codes if code not in existing]
    for code in missing:
        # The core helper publishes at once; wagtail-localize's own on-commit publish would later
        # overwrite these texts with the source's (see integreat_wagtail.translations.services).
        translation = translate_and_publish(source, Locale.objects.get(language_code=code))
        _apply(translation, fields_for(code))


def _index(municipality):
    root = MunicipalityPage.objects.get(municipality=municipality, locale__language_code=municipality.default_language)
    page = LabourIndexPage.objects.child_of(root).first()
    if page is None:
        code = municipality.default_language
        page = LabourIndexPage(slug=content.SECTION["slug"], contact_name=municipality.contact_name or municipality.name,
                               last_reviewed_on=timezone.localdate(), **_index_fields(code))
        root.add_child(instance=page)
        page.save_revision().publish()
    _translate_page(page, municipality, _index_fields)
    return page


def _guides(index, municipality):
    code = municipality.default_language
    for guide in content.GUIDES:
        page = RecognitionGuidePage.objects.child_of(index).filter(profession_key=guide["key"]).first()
        if page is None:
            page = RecognitionGuidePage(
                slug=guide["key"], profession_key=guide["key"], profession_group=guide["group"],
                regulated=guide["regulated"], cefr_level=guide["cefr"], authority_name=guide["authority"],
                authority_email=guide["email"], authority_phone=guide["phone"],
                official_links=[("link", {"title": title, "page": None, "url": url}) for title, url in guide["links"]],
                contact_name=municipality.contact_name or municipality.name, last_reviewed_on=timezone.localdate(),
                **_guide_fields(guide, code),
            )
            index.add_child(instance=page)
            page.save_revision().publish()
        _translate_page(page, municipality, lambda lang, guide=guide: _guide_fields(guide, lang))


def _town(municipality):
    return municipality.name.split()[-1]


def _services(municipality):
    source_code = municipality.default_language
    source_locale = Locale.objects.get(language_code=source_code)
    town = _town(municipality)
    postcode = (municipality.postal_code_list() or [""])[0]
    for index, (organisation, topics, spoken, street, mail, hours) in enumerate(content.SERVICES):
        name_of = lambda code, topics=topics: _t(content.TOPIC_NAMES[topics[0]], code)  # noqa: E731
        service = CounsellingService.objects.filter(
            municipality=municipality, locale=source_locale, organisation=organisation
        ).first()
        if service is None:
            service = CounsellingService.objects.create(
                municipality=municipality, locale=source_locale, organisation=organisation, name=name_of(source_code),
                description=_t(content.SERVICE_DESCRIPTION, source_code), topics=topics, languages_spoken=spoken,
                email=f"{mail}@{municipality.slug}.example.org", phone=f"+49 6631 {4100 + index * 7}",
                website=f"https://{mail}.example.org", street=street, postcode=postcode, town=town,
                opening_hours=_t(content.HOURS[hours], source_code),
            )
        existing = set(CounsellingService.objects.filter(translation_key=service.translation_key)
                       .values_list("locale__language_code", flat=True))
        for code in _langs(municipality):
            if code in existing:
                continue
            translation = service.copy_for_translation(Locale.objects.get(language_code=code))
            translation.name = name_of(code)
            translation.description = _t(content.SERVICE_DESCRIPTION, code)
            translation.opening_hours = _t(content.HOURS[hours], code)
            translation.save()


def _jobs(municipality):
    source_code = municipality.default_language
    town = _town(municipality)
    postcode = (municipality.postal_code_list() or [""])[0]
    now = timezone.now()
    for index, (employer, kind, cefr, recognition, salary, titles) in enumerate(content.JOBS):
        title = _t(titles, source_code)
        offer = JobOffer.objects.filter(municipality=municipality, employer=employer, title=title).first()
        if offer is None:
            offer = JobOffer(
                municipality=municipality, status=JobOffer.Status.APPROVED, language=source_code, employer=employer,
                title=title, description=_t(content.JOB_DESCRIPTION, source_code, employer=employer, town=town),
                employment_type=kind, start_date=timezone.localdate() + datetime.timedelta(days=14 + 7 * index),
                street=f"Gewerbepark {index + 1}", postcode=postcode, town=town, cefr_level=cefr or "",
                recognition_needed=recognition, qualifications="", contact_email=f"jobs{index + 1}@example.org",
                application_url=f"https://jobs.example.org/{municipality.slug}/{index + 1}",
                salary_min=salary[0] if salary else None, salary_max=salary[1] if salary else None,
                salary_unit=salary[2] if salary else "MONTH",
                submitter_name="Demo", submitter_email=f"hr{index + 1}@example.org", submitter_language=source_code,
                submitted_at=now - datetime.timedelta(days=3 + index), reviewed_at=now - datetime.timedelta(days=2 + index),
                expires_at=now + datetime.timedelta(days=30 + 3 * index),
            )
            offer.full_clean()
            offer.save()
        have = set(offer.translations.values_list("language_code", flat=True))
        for code in _langs(municipality):
            if code not in have:
                JobOfferTranslation.objects.create(
                    submission=offer, language_code=code, title=_t(titles, code),
                    description=_t(content.JOB_DESCRIPTION, code, employer=employer, town=town),
                )


@transaction.atomic
def load_demo(municipality):
    """Create (or complete) the municipality's labour section; returns its source-language index page."""
    index = _index(municipality)
    _guides(index, municipality)
    _services(municipality)
    _jobs(municipality)
    return index
