"""Search that forgives how people type (issue 14, finding 7): typos, the Arabic article, Arabic
letters in Persian, inflection; and municipality names in any of their languages' scripts."""

import re
from contextlib import contextmanager

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from integreat_wagtail.core.search import search_pages
from integreat_wagtail.core.search_text import edit_distance, terms
from tests.factories import add_content_page, make_municipality, root_page

PAGES = {
    "de": [
        ("Zum Arzt gehen", "Hausarzt, Facharzt und Termine."),
        ("Wohnsitz anmelden", "Die Anmeldung beim Bürgeramt innerhalb von zwei Wochen."),
        ("Krankenversicherung", "Eine gesetzliche Krankenkasse wählen."),
        ("Deutsch lernen", "Sprachkurse und der Integrationskurs."),
        ("Wohnung finden", "Eine Mietwohnung suchen."),
        ("Kindergarten und Kita", "Betreuung für kleine Kinder."),
        ("Arbeit suchen", "Jobcenter und Agentur für Arbeit."),
        ("Notrufnummern", "Polizei und Feuerwehr."),
    ],
    "en": [
        ("Going to the doctor", "Family doctors, specialists and appointments."),
        ("Registering your address", "At the citizens' office within two weeks."),
        ("Health insurance", "Choosing a statutory health insurance fund."),
        ("Learning German", "Language classes and the integration course."),
        ("Finding a flat", "Renting an apartment."),
        ("Day care", "Nurseries for small children."),
        ("Looking for work", "Jobcentre and employment agency."),
        ("Emergency numbers", "Police and fire brigade."),
    ],
    "ar": [
        ("زيارة الطبيب", "أطباء الأسرة والمواعيد."),
        ("السكن", "البحث عن شقة."),
        ("تسجيل عنوان السكن", "في مكتب المواطنين خلال أسبوعين."),
        ("التأمين الصحي", "اختيار صندوق تأمين."),
        ("تعلّم اللغة الألمانية", "دورات ودورة الاندماج."),
        ("رياض الأطفال", "رعاية الصغار."),
        ("البحث عن عمل", "مركز العمل ووكالة التوظيف."),
        ("أرقام الطوارئ", "الشرطة والإطفاء."),
    ],
    "fa": [
        ("مراجعه به پزشک", "پزشک خانواده و وقت ملاقات."),
        ("مسکن", "پیدا کردن آپارتمان."),
        ("بیمه درمانی", "انتخاب صندوق بیمه."),
        ("یادگیری زبان آلمانی", "کلاس‌ها و دوره ادغام."),
        ("مهدکودک", "نگهداری از کودکان خردسال."),
        ("کاریابی", "مرکز کار و آژانس استخدام."),
        ("شماره‌های اضطراری", "پلیس و آتش‌نشانی."),
    ],
    "uk": [
        ("Візит до лікаря", "Сімейні лікарі та записи на прийом."),
        ("Житло", "Пошук квартири."),
        ("Реєстрація місця проживання", "У бюро громадян протягом двох тижнів."),
        ("Медичне страхування", "Вибір лікарняної каси."),
        ("Вивчення німецької мови", "Курси та інтеграційний курс."),
        ("Дитячий садок", "Догляд за малюками."),
        ("Пошук роботи", "Джобцентр і агентство зайнятості."),
        ("Екстрені номери", "Поліція та пожежна охорона."),
    ],
}

# (language, what the reader types, the title expected first)
QUERIES = [
    ("de", "Arzt", "Zum Arzt gehen"),
    ("de", "Artz", "Zum Arzt gehen"),  # transposed letters
    ("de", "anmelden", "Wohnsitz anmelden"),
    ("de", "Anmeldng", "Wohnsitz anmelden"),
    ("de", "Krankenversicherng", "Krankenversicherung"),
    ("de", "Sprachkurs", "Deutsch lernen"),  # "Sprachkurse" in the text, stemmed
    ("de", "Wohnungen", "Wohnung finden"),
    ("de", "KITA", "Kindergarten und Kita"),
    ("de", "Jobcenter", "Arbeit suchen"),
    ("de", "Notruf", "Notrufnummern"),  # a prefix
    ("en", "doctor", "Going to the doctor"),
    ("en", "docter", "Going to the doctor"),
    ("en", "doctors", "Going to the doctor"),
    ("en", "register", "Registering your address"),
    ("en", "insurence", "Health insurance"),
    ("en", "flats", "Finding a flat"),
    ("en", "emergency", "Emergency numbers"),
    ("en", "nursery", "Day care"),
    ("ar", "طبيب", "زيارة الطبيب"),  # without the article
    ("ar", "الطبيب", "زيارة الطبيب"),
    ("ar", "طَبِيب", "زيارة الطبيب"),  # with diacritics
    ("ar", "سكن", "السكن"),
    ("ar", "السكن", "السكن"),
    ("ar", "تامين", "التأمين الصحي"),  # alef without hamza
    ("ar", "اللغه", "تعلّم اللغة الألمانية"),  # teh marbuta typed as heh
    ("ar", "طوارئ", "أرقام الطوارئ"),
    ("ar", "عمل", "البحث عن عمل"),
    ("ar", "اطفال", "رياض الأطفال"),
    ("ar", "تسجيل", "تسجيل عنوان السكن"),
    ("fa", "پزشک", "مراجعه به پزشک"),
    ("fa", "پزشك", "مراجعه به پزشک"),  # Arabic kaf
    ("fa", "بيمه", "بیمه درمانی"),  # Arabic yeh
    ("fa", "مسكن", "مسکن"),
    ("fa", "زبان", "یادگیری زبان آلمانی"),
    ("fa", "اضطراري", "شماره‌های اضطراری"),
    ("fa", "شماره های اضطراری", "شماره‌های اضطراری"),  # a space where the title has a zero-width non-joiner
    ("fa", "مهد کودک", "مهدکودک"),
    ("uk", "лікар", "Візит до лікаря"),  # "лікаря" in the title
    ("uk", "лікаря", "Візит до лікаря"),
    ("uk", "лікр", "Візит до лікаря"),
    ("uk", "житла", "Житло"),
    ("uk", "реєстрація", "Реєстрація місця проживання"),
    ("uk", "німецька", "Вивчення німецької мови"),
    ("uk", "роботу", "Пошук роботи"),
    ("uk", "екстрений", "Екстрені номери"),
    ("uk", "страхування", "Медичне страхування"),
]


@pytest.fixture
def search_town(db):
    town = make_municipality("Suchstadt", "suchstadt", list(PAGES))
    for language, pages in PAGES.items():
        home = root_page(town, language)
        for number, (title, intro) in enumerate(pages):
            add_content_page(home, title=title, slug=f"seite-{number}", intro=intro)
    return town


def test_every_query_finds_its_page_first(search_town):
    assert len(QUERIES) >= 40 and len({language for language, _query, _title in QUERIES}) >= 5
    misses = []
    for language, query, expected in QUERIES:
        results = search_pages(root_page(search_town, language), query)
        first = results[0].title if results else None
        if first != expected:
            misses.append((language, query, expected, first))
    assert not misses, misses


def test_search_page_shows_the_forgiven_results(client, search_town):
    html = client.get("/ar/suchstadt/search/", {"q": "طبيب"}).content.decode()
    results = re.sub(r"<[^>]+>", "", html.split('class="results"', 1)[1])
    assert "زيارة الطبيب" in results


def test_a_query_matching_nothing_stays_empty(search_town):
    for language, query in [("de", "Zeppelin"), ("ar", "قطار"), ("uk", "мотоцикл")]:
        assert search_pages(root_page(search_town, language), query) == [], (language, query)


def test_normal_form_of_arabic_script_and_ukrainian_endings():
    assert terms("زيارةُ الطَّبيب", "ar") == terms("زياره طبيب", "ar")
    assert terms("كتاب يك", "fa") == terms("کتاب یک", "fa")
    assert terms("ـــمسكن", "fa") == terms("مسکن", "fa")  # tatweel
    assert terms("лікаря", "uk") == terms("лікар", "uk")
    assert edit_distance("artz", "arzt", 1) == 1 and edit_distance("arzt", "amt", 1) > 1


@pytest.mark.parametrize(
    "language, query", [("de", "Эрленхаузен"), ("de", "إرلنهاوزن"), ("ar", "Erlenhausn"), ("uk", "erlenhausen")]
)
def test_landing_page_finds_a_municipality_by_its_name_in_any_script(client, db, language, query):
    town = make_municipality("Erlenhausen", "erlenhausen", ["de", "ar", "uk"])
    for code, title in [("ar", "إرلنهاوزن"), ("uk", "Эрленхаузен")]:
        page = root_page(town, code)
        page.title = title
        page.save_revision().publish()
    make_municipality("Birkenau", "birkenau", ["de", "ar", "uk"])
    html = client.get(f"/{language}/", {"q": query}).content.decode()
    assert f'href="/{language}/erlenhausen/"' in html
    assert "/birkenau/" not in html


def test_landing_page_names_matches_that_lack_the_language_with_their_languages(client, db):
    make_municipality("Erlenhausen", "erlenhausen", ["de", "en", "ar"])
    make_municipality("Birkenau", "birkenau", ["de", "fa"])
    html = client.get("/fa/", {"q": "Erlenhausn"}).content.decode()
    elsewhere = html.split('class="elsewhere"', 1)[1]
    assert "Erlenhausen" in elsewhere and "/birkenau/" not in html
    for code, native in [("de", "Deutsch"), ("en", "English"), ("ar", "العربية")]:
        assert f'href="/{code}/erlenhausen/" hreflang="{code}" lang="{code}"' in elsewhere and native in elsewhere


@contextmanager
def page_instances():
    """Counts the pages Django builds from rows (real signals, nothing faked)."""
    built = []

    def count(sender, **kwargs):
        if issubclass(sender, Page):
            built.append(sender)

    post_init.connect(count)
    try:
        yield built
    finally:
        post_init.disconnect(count)


def _cost_of_search(town, query):
    """(queries, pages built) of one search, after a first one has warmed what may be cached."""
    home = root_page(town, "de")
    search_pages(home, query)
    with CaptureQueriesContext(connection) as queries, page_instances() as built:
        results = search_pages(home, query)
    return len(queries), len(built), [page.title for page in results]


def test_a_search_costs_the_same_however_many_pages_the_municipality_has(search_town):
    """Only the pages that may match are read, and only those shown are built: not every page of
    the municipality per query (issue 14, the search hot path)."""
    before = _cost_of_search(search_town, "Notruf")
    home = root_page(search_town, "de")
    for number in range(60):
        add_content_page(home, title=f"Beratungsstelle {number}", slug=f"beratung-{number}", intro="Termine und Sprechzeiten.")
    after = _cost_of_search(search_town, "Notruf")
    assert after == before and before[2] == ["Notrufnummern"], (before, after)
    queries, built, titles = _cost_of_search(search_town, "Beratungsstele")  # a typo, 60 hits
    assert len(titles) == 30 and built <= 2 * 30 and queries == before[0], (queries, built)
