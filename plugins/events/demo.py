"""Demo calendar: weekly language café, monthly counselling (second Tuesday), a one-off
information evening and one cancelled date, translated into the municipality's languages (texts: `demo_data/calendar.yaml`),
each with the site demo's illustration of its topic where the municipality has it (decorative: no alt text)."""

import datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Locale

from integreat_wagtail.core.demo_data import localized, read_demo_data
from integreat_wagtail.locations.models import Location
from integreat_wagtail.translations.services import translate_and_publish

from .importer import ensure_index_page
from .models import EventCategory, EventException, EventPage

TEXTS = read_demo_data(Path(__file__).with_name("demo_data"), "calendar")


def _category(key, source_code):
    names = TEXTS["categories"][key]
    source_locale = Locale.objects.get(language_code=source_code)
    category = EventCategory.objects.filter(locale=source_locale, name=localized(names, source_code)).first()
    if category is None:
        category = EventCategory.objects.create(locale=source_locale, name=localized(names, source_code))
    for code, name in names.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale and not EventCategory.objects.filter(translation_key=category.translation_key, locale=locale).exists():
            translated = category.copy_for_translation(locale)
            translated.name = name
            translated.save()
    return category


def _illustration(municipality, topic):
    """The site demo's picture of a topic in the municipality's collection, if it drew one (found by
    its title: plugins do not import the site's demo)."""
    return Image.objects.filter(collection=municipality.collection, title=f"Illustration: {topic}").first()


def _next_weekday(start, weekday):
    day = start
    while day.weekday() != weekday:
        day += datetime.timedelta(days=1)
    return day


@transaction.atomic
def load_demo(municipality):
    """Create (once) the demo calendar of a municipality and translate it into its languages."""
    source = municipality.default_language
    index = ensure_index_page(municipality)
    title, intro = localized(TEXTS["calendar"]["title"], source), localized(TEXTS["calendar"]["text"], source)
    if index.title != title or index.intro != intro:
        index.title, index.intro = title, intro
        index.save_revision().publish()
    library, _ = Location.objects.get_or_create(
        municipality=municipality, name="Stadtbibliothek", locale=index.locale,
        defaults={"address": "Schulstraße 4", "postcode": municipality.postal_code_list()[0] if municipality.postal_codes else "",
                  "town": municipality.name, "barrier_free": True, "phone": "+49 6151 000 100",
                  "description": "Bücher, Zeitschriften und Lernplätze."},
    )
    town_hall, _ = Location.objects.get_or_create(
        municipality=municipality, name="Rathaus", locale=index.locale,
        defaults={"address": "Marktplatz 1", "town": municipality.name, "barrier_free": True},
    )
    today = timezone.localdate()
    events = [
        ("sprachcafe", "language", dict(
            start_date=_next_weekday(today, 3), start_time=datetime.time(17), end_time=datetime.time(19),
            frequency="weekly", weekdays=[3], count=26, location=library, category=_category("language", source),
            organiser="Stadtbibliothek und Ehrenamtliche", spoken_languages=["de", "en", "ar"], is_free=True,
        ), 2),
        ("migrationsberatung", "counselling", dict(
            start_date=_next_weekday(today.replace(day=1), 1) + datetime.timedelta(days=7), start_time=datetime.time(10),
            end_time=datetime.time(12), frequency="monthly", monthly_mode="weekday", monthly_week=2, monthly_weekday=1,
            count=12, location=town_hall, category=_category("counselling", source),
            organiser="Migrationsberatung des Landkreises", spoken_languages=["de", "ar", "fa", "uk"], is_free=True,
            registration_required=False,
        ), None),
        ("infoabend-ausbildung", "work", dict(
            start_date=today + datetime.timedelta(days=10), start_time=datetime.time(18, 30), end_time=datetime.time(20),
            location=town_hall, category=_category("information", source), organiser="Agentur für Arbeit",
            is_free=True, registration_url="https://example.org/anmeldung", registration_required=True,
        ), None),
    ]
    if events[1][2]["start_date"] < today:
        events[1][2]["start_date"] = _next_weekday(today, 1)
    pages = [index]
    for slug, picture, fields, cancelled_index in events:
        page = EventPage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            title, teaser = localized(TEXTS["events"][slug]["title"], source), localized(TEXTS["events"][slug]["text"], source)
            page = EventPage(title=title, slug=slug, teaser=teaser, description=f"<p>{teaser}</p>", locale=index.locale,
                             image=_illustration(municipality, picture), **fields)
            if cancelled_index is not None:
                first = page.start_date
                page.exceptions = [EventException(original_date=first + datetime.timedelta(weeks=cancelled_index), cancelled=True)]
            index.add_child(instance=page)
            page.save_revision().publish()
        pages.append(page)
    _translate(municipality, pages)
    return pages


def _translate(municipality, pages):
    """Translations via wagtail-localize (synced fields, translation sources), then the translated
    texts written in and published."""
    texts = {pages[0].pk: TEXTS["calendar"]}
    texts.update({page.pk: TEXTS["events"][page.slug] for page in pages[1:]})
    for code in municipality.language_codes:
        if code == municipality.default_language:
            continue
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        for page in pages:
            if page.get_translations().filter(locale=locale).exists():
                continue
            # The project's service publishes at once (wagtail-localize's TranslationCreator publishes
            # on commit from a stale object, which would overwrite the texts written below).
            translated = translate_and_publish(page, locale).specific
            fallback = municipality.default_language if municipality.default_language in texts[page.pk]["title"] else "en"
            title, text = (localized(texts[page.pk][part], code, fallback) for part in ("title", "text"))
            translated.title = title
            if page.pk == pages[0].pk:
                translated.intro = text
            else:
                translated.teaser = text
                translated.description = f"<p>{text}</p>"
            translated.save_revision().publish()
