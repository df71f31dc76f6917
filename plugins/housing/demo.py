"""Demo data: a housing page in every language and a dozen offers in different states.

`load_demo(municipality)` is idempotent: offers are found again by title, pages by type. All
people, addresses and phone numbers are fictional.
"""

import datetime
import io
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from home.demo.translation import translate_instance
from integreat_wagtail.moderation.models import Status
from integreat_wagtail.moderation.tokens import hash_token

from .models import HousingIndexPage, HousingOffer, HousingOfferTranslation, HousingPhoto, HousingSettings

PAGE_TITLES = {"de": "Wohnungsangebote", "en": "Housing offers", "ar": "عروض السكن", "fa": "آگهی‌های مسکن",
               "uk": "Пропозиції житла", "tr": "Konut ilanları", "ru": "Предложения жилья"}
PAGE_INTROS = {
    "de": "Vermieterinnen und Vermieter bieten hier Wohnungen für Neuzugewanderte an. Die Stadt prüft jedes Angebot.",
    "en": "Landlords offer flats for newcomers here. The municipality checks every offer before it is published.",
    "fa": "صاحبخانه‌ها در اینجا آپارتمان برای تازه‌واردان عرضه می‌کنند. شهرداری هر آگهی را بررسی می‌کند.",
    "ar": "يعرض المؤجرون هنا شققًا للقادمين الجدد. تتحقق البلدية من كل عرض قبل نشره.",
    "uk": "Орендодавці пропонують тут житло для новоприбулих. Муніципалітет перевіряє кожну пропозицію перед публікацією.",
}

# (title, description, language, English translation or None, machine?, facts…, state, days offset)
OFFERS = [
    ("Helle 2-Zimmer-Wohnung nahe Bahnhof",
     "Ruhige Wohnung im 2. Stock mit Balkon, Einbauküche und Kellerabteil. Bus und Bahn in fünf Minuten zu Fuß.",
     "de", ("Bright 2-room flat near the station",
            "Quiet flat on the 2nd floor with balcony, fitted kitchen and cellar room. Bus and train five minutes away on foot."),
     False, dict(rooms="2", living_area=54, cold_rent="520", additional_costs="140", deposit="1040", floor=2,
                 district="Bahnhofsviertel", suitable_singles=True), "approved", 40),
    ("Familienwohnung mit Garten",
     "4 Zimmer, 96 m², Erdgeschoss mit eigenem Gartenanteil. Schule und Kita in der Nähe. Haustiere nach Absprache.",
     "de", ("Family flat with garden",
            "4 rooms, 96 m², ground floor with its own part of the garden. School and day care nearby. Pets by arrangement."),
     True, dict(rooms="4", living_area=96, cold_rent="890", additional_costs="260", deposit="2670", floor=0,
                step_free=True, district="Am Mühlbach", suitable_families=True), "approved", 50),
    ("WG-Zimmer in freundlicher Dreier-WG",
     "Möbliertes Zimmer (16 m²) in einer WG mit zwei Studierenden. Küche und Bad werden geteilt. Internet inklusive.",
     "de", None, False,
     dict(rooms="1", living_area=16, cold_rent="310", additional_costs="90", deposit="600", floor=3, furnished=True,
          district="Altstadt", suitable_shared=True, suitable_singles=True), "approved", 3),
    ("Barrierefreie 3-Zimmer-Wohnung mit Aufzug",
     "Neubau 2021, stufenloser Zugang, Aufzug bis in die Tiefgarage, bodengleiche Dusche. Nur an Familien oder Paare.",
     "de", ("Step-free 3-room flat with lift",
            "New building from 2021, step-free access, lift down to the underground car park, walk-in shower."),
     False, dict(rooms="3", living_area=78, cold_rent="780", additional_costs="210", deposit="2340", floor=4,
                 step_free=True, district="Neue Mitte", suitable_families=True), "approved", 58),
    ("Kleine Dachgeschosswohnung",
     "1,5 Zimmer unter dem Dach, gemütlich, mit Dachfenstern. Kein Aufzug. Ideal für eine Person.",
     "de", ("Small attic flat", "1.5 rooms under the roof, cosy, with skylights. No lift. Ideal for one person."),
     True, dict(rooms="1.5", living_area=38, cold_rent="390", additional_costs="110", deposit="780", floor=4,
                district="Altstadt", suitable_singles=True), "approved", 20),
    ("Spacious flat for a large family",
     "5 rooms over two floors, two bathrooms, close to the park. The landlord speaks English and Arabic.",
     "en", None, False, dict(rooms="5", living_area=124, cold_rent="1150", additional_costs="320", deposit="3450",
                             floor=1, district="Parkviertel", suitable_families=True), "approved", 33),
    ("Möbliertes Apartment, befristet",
     "Voll möbliertes 1-Zimmer-Apartment für sechs Monate, ideal zum Ankommen. Waschmaschine im Haus.",
     "de", ("Furnished apartment, limited", "Fully furnished 1-room apartment for six months, ideal when you arrive."),
     False, dict(rooms="1", living_area=29, cold_rent="450", additional_costs="120", deposit="900", floor=1,
                 furnished=True, district="Neue Mitte", suitable_singles=True, limited=True), "approved", 12),
    ("3 Zimmer am Stadtrand",
     "Ruhige Lage am Feldrand, Busanbindung alle 30 Minuten, Stellplatz vorhanden.",
     "de", None, False, dict(rooms="3", living_area=71, cold_rent="610", additional_costs="190", deposit="1830",
                             floor=1, district="Oberfeld", suitable_families=True, suitable_shared=True),
     "pending", 0),
    ("Zimmer bei älterer Dame",
     "Ein Zimmer in einer großen Wohnung, Mitbenutzung von Küche und Bad. Hilfe beim Einkaufen erwünscht.",
     "de", None, False, dict(rooms="1", living_area=18, cold_rent="250", additional_costs="60", deposit="500",
                             floor=2, district="Altstadt", suitable_singles=True), "pending", 0),
    ("2 Zimmer, renoviert",
     "Frisch renoviert, neue Fenster. Bitte Angaben zu Nebenkosten beachten.",
     "de", None, False, dict(rooms="2", living_area=49, cold_rent="480", additional_costs="0", deposit="960", floor=1,
                             district="Bahnhofsviertel", suitable_singles=True), "changes_requested", 0),
    ("Maisonette mit Terrasse",
     "Große Maisonette mit Dachterrasse, zwei Bäder, offene Küche.",
     "de", None, False, dict(rooms="3.5", living_area=102, cold_rent="980", additional_costs="250", deposit="2940",
                             floor=3, district="Parkviertel", suitable_families=True), "expired", -5),
    ("Einzimmerwohnung nahe Uni",
     "Kleine Wohnung mit Kochnische, fünf Minuten zur Hochschule.",
     "de", None, False, dict(rooms="1", living_area=24, cold_rent="330", additional_costs="80", deposit="660", floor=2,
                             district="Hochschulviertel", suitable_singles=True), "withdrawn", -2),
]

LANDLORDS = [("Maria Beispiel", "+49 661 555 0101"), ("Jonas Muster", "+49 661 555 0102"),
             ("Wohnbau Erlenhausen eG", "+49 661 555 0103"), ("Fatima Demir", "+49 661 555 0104")]
CONTACTS = [HousingOffer.Contact.PHONE, HousingOffer.Contact.MUNICIPALITY, HousingOffer.Contact.EMAIL,
            HousingOffer.Contact.PHONE_EMAIL]
COLOURS = [(74, 128, 160), (160, 120, 80), (90, 140, 90), (150, 90, 120)]


def _demo_photo(index):
    image = Image.new("RGB", (800, 500), COLOURS[index % len(COLOURS)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 160, 680, 460), fill=(235, 235, 230))
    draw.polygon([(80, 170), (400, 40), (720, 170)], fill=(120, 60, 50))
    for x in (180, 360, 540):
        draw.rectangle((x, 220, x + 90, 320), fill=(120, 170, 210))
    output = io.BytesIO()
    image.save(output, "JPEG", quality=80)
    return ContentFile(output.getvalue(), name=f"flat-demo-{index}.jpg")


def ensure_index_pages(municipality):
    """A HousingIndexPage under the municipality's root page in each of its languages."""
    root = municipality.pages.get(locale__language_code=municipality.default_language)
    source = HousingIndexPage.objects.child_of(root).first()
    if source is None:
        language = municipality.default_language
        source = root.add_child(instance=HousingIndexPage(
            title=PAGE_TITLES.get(language, PAGE_TITLES["en"]), slug="housing", locale=root.locale,
            intro=PAGE_INTROS.get(language, PAGE_INTROS["en"]), show_in_menus=True,
            contact_name=municipality.contact_name, contact_email=municipality.contact_email,
            last_reviewed_on=timezone.localdate(),
        ))
        source.save_revision().publish()
    existing = set(source.get_translations(inclusive=True).values_list("locale__language_code", flat=True))
    for root_page in municipality.pages.select_related("locale"):
        code = root_page.locale.language_code
        if code in existing:
            continue
        # Real strings, stored as wagtail-localize translations (a later sync keeps them).
        copy = HousingIndexPage.objects.get(pk=source.pk)
        copy.title = PAGE_TITLES.get(code, source.title)
        copy.intro = PAGE_INTROS.get(code, source.intro)
        translate_instance(source, copy, root_page.locale)
    return source


@transaction.atomic
def load_demo(municipality):
    """Create (or refresh) the demo housing data of one municipality."""
    HousingSettings.objects.get_or_create(municipality=municipality)
    ensure_index_pages(municipality)
    now = timezone.now()
    today = timezone.localdate()
    for index, (title, description, language, english, machine, facts, state, days) in enumerate(OFFERS):
        facts = dict(facts)
        limited = facts.pop("limited", False)
        name, phone = LANDLORDS[index % len(LANDLORDS)]
        values = {
            "language_code": language, "description": description, "submitter_name": name,
            "submitter_email": f"landlord{index + 1}@example.org", "submitter_phone": phone,
            "submitter_language": language, "contact_visibility": CONTACTS[index % len(CONTACTS)],
            "available_from": today + datetime.timedelta(days=(index * 7) % 45),
            "available_until": today + datetime.timedelta(days=200) if limited else None,
            "street_address": f"Lindenweg {index + 3}", "show_address": index % 3 == 0,
            "status": state, "submitted_at": now - datetime.timedelta(days=10 + index),
            "edit_token_hash": hash_token(f"demo-token-{municipality.slug}-{index}"),
            **{key: Decimal(value) if key in ("rooms", "cold_rent", "additional_costs", "deposit") else value
               for key, value in facts.items()},
        }
        if state in ("approved", "expired"):
            values.update(reviewed_at=now - datetime.timedelta(days=9 - index % 5),
                          expires_at=now + datetime.timedelta(days=days))
        if state == "expired":
            values["closed_at"] = now + datetime.timedelta(days=days)
        if state == "withdrawn":
            values["closed_at"] = now + datetime.timedelta(days=days)
        if state == "changes_requested":
            values["review_message"] = "Bitte geben Sie die Nebenkosten an (Heizung, Wasser, Müll)."
        offer, created = HousingOffer.objects.update_or_create(municipality=municipality, title=title, defaults=values)
        if english and "en" in municipality.language_codes and language != "en":
            HousingOfferTranslation.objects.update_or_create(
                submission=offer, language_code="en",
                defaults={"title": english[0], "description": english[1], "machine_translated": machine},
            )
        if created and state == Status.APPROVED and index % 2 == 0:
            photo = HousingPhoto(offer=offer, alt_text="Zeichnung eines Hauses mit drei Fenstern", sort_order=0)
            photo.image.save(_demo_photo(index).name, _demo_photo(index), save=False)
            photo.save()
    return HousingOffer.objects.filter(municipality=municipality).count()
