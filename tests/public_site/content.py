"""A small but realistic municipality site for tests of the public site (German source, Arabic translation)."""

import datetime

from wagtail.models import Locale

from home.models import ContentPage
from tests.factories import add_content_page, make_municipality, root_page

EMERGENCY = [{"label": "Polizei", "number": "110"}, {"label": "Feuerwehr und Rettungsdienst", "number": "112"}]


def paragraph(html):
    return ("paragraph", html)


def translate(page, language, **fields):
    """Publish an Arabic (or other) translation of `page` with the given fields."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return ContentPage.objects.get(pk=translation.pk)


def topic(parent, **kwargs):
    kwargs.setdefault("show_in_menus", True)
    return add_content_page(parent, **kwargs)


def build_site(slug="aachtal", name="Aachtal", languages=("de", "en", "ar"), plugins=()):
    """Municipality with topics, a content page with every common block, and Arabic translations."""
    municipality = make_municipality(name, slug, list(languages), plugins=list(plugins), emergency_numbers=EMERGENCY)
    home = root_page(municipality, "de")
    home.intro = "Willkommen! Hier finden Sie Informationen für Ihre ersten Wochen in Aachtal."
    home.save_revision().publish()
    arrival = topic(home, title="Ankommen und Anmelden", slug="ankommen", icon="arrival",
                               intro="Die ersten Schritte nach der Ankunft.")
    registration = topic(
        arrival, title="Wohnsitz anmelden", slug="wohnsitz-anmelden", icon="office",
        intro="Innerhalb von zwei Wochen müssen Sie Ihre Wohnung beim Bürgeramt anmelden.",
        contact_name="Bürgeramt Aachtal", contact_phone="+49 7000 1234",
        last_reviewed_on=datetime.date(2025, 3, 1),
        body=[
            ("heading", "Was Sie mitbringen müssen"),
            paragraph("<ul><li>Reisepass oder Ausweis</li><li>Wohnungsgeberbestätigung vom Vermieter</li></ul>"),
            ("callout", {"kind": "warning", "text": "<p>Die Anmeldefrist beträgt zwei Wochen.</p>"}),
            ("faq", [{"question": "Kostet die Anmeldung etwas?", "answer": "<p>Nein, die Anmeldung ist kostenlos.</p>"}]),
            ("opening_hours", [{"days": "Montag bis Freitag", "hours": "08:00–12:00"}]),
            ("contact", {"name": "Bürgeramt", "phone": "+49 7000 1234", "email": "buergeramt@aachtal.example",
                         "address": "Marktplatz 1\n12345 Aachtal", "website": ""}),
        ],
    )
    health = topic(home, title="Gesundheit", slug="gesundheit", icon="health",
                              intro="Ärztinnen, Ärzte und Krankenversicherung.")
    work = topic(home, title="Arbeit", slug="arbeit", icon="work", intro="Arbeit finden und Anerkennung.")
    school = topic(home, title="Kinder und Schule", slug="schule", icon="school",
                              intro="Kita, Schule und Betreuung.")
    home_ar = root_page(municipality, "ar")
    home_ar.title = "آختال"
    home_ar.intro = "أهلاً وسهلاً! هنا تجد معلومات لأسابيعك الأولى في آختال."
    home_ar.save_revision().publish()
    arrival_ar = translate(arrival, "ar", title="الوصول والتسجيل", intro="الخطوات الأولى بعد الوصول.")
    registration_ar = translate(
        registration, "ar", title="تسجيل السكن",
        intro="يجب عليك تسجيل سكنك في مكتب المواطنين خلال أسبوعين.",
        body=[
            ("heading", "ماذا يجب أن تحضر معك"),
            paragraph("<ul><li>جواز السفر أو بطاقة الهوية</li><li>تأكيد المؤجر (Wohnungsgeberbestätigung)</li></ul>"),
            ("callout", {"kind": "warning", "text": "<p>مهلة التسجيل أسبوعان.</p>"}),
            ("faq", [{"question": "هل التسجيل مجاني؟", "answer": "<p>نعم، التسجيل مجاني.</p>"}]),
            ("opening_hours", [{"days": "من الاثنين إلى الجمعة", "hours": "08:00–12:00"}]),
            ("contact", {"name": "مكتب المواطنين", "phone": "+49 7000 1234", "email": "buergeramt@aachtal.example",
                         "address": "Marktplatz 1\n12345 Aachtal", "website": ""}),
        ],
    )
    translate(health, "ar", title="الصحة", intro="الأطباء والتأمين الصحي.")
    return {
        "municipality": municipality, "home": home, "arrival": arrival, "registration": registration,
        "health": health, "work": work, "school": school,
        "home_ar": home_ar, "arrival_ar": arrival_ar, "registration_ar": registration_ar,
    }
