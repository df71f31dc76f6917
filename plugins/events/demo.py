"""Demo calendar: weekly language café, monthly counselling (second Tuesday), a one-off
information evening and one cancelled date, translated into the municipality's languages."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from integreat_wagtail.locations.models import Location
from integreat_wagtail.translations.services import translate_and_publish

from .importer import ensure_index_page
from .models import EventCategory, EventException, EventPage

TEXTS = {
    "calendar": {
        "de": ("Veranstaltungen", "Was in unserer Stadt los ist: Treffen, Beratung und Informationsabende."),
        "en": ("Events", "What is on in our town: meetings, counselling and information evenings."),
        "ar": ("الفعاليات", "ما يحدث في مدينتنا: لقاءات واستشارات وأمسيات إعلامية."),
        "fa": ("رویدادها", "در شهر ما چه خبر است: دیدارها، مشاوره و جلسات اطلاع‌رسانی."),
        "uk": ("Події", "Що відбувається в нашому місті: зустрічі, консультації та інформаційні вечори."),
    },
    "cafe": {
        "de": ("Sprachcafé", "Deutsch sprechen üben bei Tee und Kuchen – ohne Anmeldung, alle Niveaus willkommen."),
        "en": ("Language café", "Practise speaking German over tea and cake – no registration, all levels welcome."),
        "ar": ("مقهى اللغة", "تدرّب على التحدث بالألمانية مع الشاي والكعك – دون تسجيل، وجميع المستويات مرحّب بها."),
        "fa": ("کافه زبان", "تمرین صحبت به زبان آلمانی با چای و کیک – بدون ثبت‌نام، همه سطح‌ها خوش آمدند."),
        "uk": ("Мовне кафе", "Практикуйте німецьку розмовну мову за чаєм і тортом – без реєстрації, усі рівні вітаються."),
    },
    "counselling": {
        "de": ("Migrationsberatung", "Beratung zu Aufenthalt, Arbeit und Familiennachzug. Dolmetscher auf Nachfrage."),
        "en": ("Migration counselling", "Advice on residence, work and family reunification. Interpreters on request."),
        "ar": ("استشارات الهجرة", "استشارات حول الإقامة والعمل ولمّ الشمل. مترجمون عند الطلب."),
        "fa": ("مشاوره مهاجرت", "مشاوره درباره اقامت، کار و پیوستن خانواده. مترجم در صورت درخواست."),
        "uk": ("Міграційна консультація", "Консультації щодо перебування, роботи та возз'єднання сім'ї. Перекладачі на запит."),
    },
    "evening": {
        "de": ("Infoabend: Ausbildung in Deutschland", "Wie funktioniert eine Ausbildung? Betriebe und Berufsschule stellen sich vor."),
        "en": ("Information evening: vocational training in Germany", "How does vocational training work? Companies and the vocational school introduce themselves."),
        "ar": ("أمسية إعلامية: التدريب المهني في ألمانيا", "كيف يعمل التدريب المهني؟ تعرّف على الشركات والمدرسة المهنية."),
        "fa": ("جلسه اطلاع‌رسانی: آموزش حرفه‌ای در آلمان", "آموزش حرفه‌ای چگونه است؟ شرکت‌ها و مدرسه حرفه‌ای خود را معرفی می‌کنند."),
        "uk": ("Інформаційний вечір: професійне навчання в Німеччині", "Як працює професійне навчання? Підприємства та професійна школа представляють себе."),
    },
    "category_language": {"de": "Sprache", "en": "Language", "ar": "اللغة", "fa": "زبان", "uk": "Мова"},
    "category_counselling": {"de": "Beratung", "en": "Counselling", "ar": "استشارة", "fa": "مشاوره", "uk": "Консультація"},
    "category_information": {"de": "Information", "en": "Information", "ar": "معلومات", "fa": "اطلاعات", "uk": "Інформація"},
}


def _text(key, code, fallback="de"):
    return TEXTS[key].get(code) or TEXTS[key][fallback]


def _category(key, source_code):
    source_locale = Locale.objects.get(language_code=source_code)
    category = EventCategory.objects.filter(locale=source_locale, name=_text(key, source_code)).first()
    if category is None:
        category = EventCategory.objects.create(locale=source_locale, name=_text(key, source_code))
    for code, name in TEXTS[key].items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale and not EventCategory.objects.filter(translation_key=category.translation_key, locale=locale).exists():
            translated = category.copy_for_translation(locale)
            translated.name = name
            translated.save()
    return category


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
    title, intro = _text("calendar", source)
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
        ("sprachcafe", "cafe", dict(
            start_date=_next_weekday(today, 3), start_time=datetime.time(17), end_time=datetime.time(19),
            frequency="weekly", weekdays=[3], count=26, location=library, category=_category("category_language", source),
            organiser="Stadtbibliothek und Ehrenamtliche", spoken_languages=["de", "en", "ar"], is_free=True,
        ), 2),
        ("migrationsberatung", "counselling", dict(
            start_date=_next_weekday(today.replace(day=1), 1) + datetime.timedelta(days=7), start_time=datetime.time(10),
            end_time=datetime.time(12), frequency="monthly", monthly_mode="weekday", monthly_week=2, monthly_weekday=1,
            count=12, location=town_hall, category=_category("category_counselling", source),
            organiser="Migrationsberatung des Landkreises", spoken_languages=["de", "ar", "fa", "uk"], is_free=True,
            registration_required=False,
        ), None),
        ("infoabend-ausbildung", "evening", dict(
            start_date=today + datetime.timedelta(days=10), start_time=datetime.time(18, 30), end_time=datetime.time(20),
            location=town_hall, category=_category("category_information", source), organiser="Agentur für Arbeit",
            is_free=True, registration_url="https://example.org/anmeldung", registration_required=True,
        ), None),
    ]
    if events[1][2]["start_date"] < today:
        events[1][2]["start_date"] = _next_weekday(today, 1)
    pages = [index]
    for slug, key, fields, cancelled_index in events:
        page = EventPage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            title, teaser = _text(key, source)
            page = EventPage(title=title, slug=slug, teaser=teaser, description=f"<p>{teaser}</p>", locale=index.locale, **fields)
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
    keys = {pages[0].pk: "calendar"}
    keys.update({page.pk: {"sprachcafe": "cafe", "migrationsberatung": "counselling", "infoabend-ausbildung": "evening"}[page.slug] for page in pages[1:]})
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
            title, text = _text(keys[page.pk], code, fallback=municipality.default_language if municipality.default_language in TEXTS[keys[page.pk]] else "en")
            translated.title = title
            if keys[page.pk] == "calendar":
                translated.intro = text
            else:
                translated.teaser = text
                translated.description = f"<p>{text}</p>"
            translated.save_revision().publish()
