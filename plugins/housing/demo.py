"""Demo data: a housing page in every language and a dozen offers in different states.

`load_demo(municipality)` is idempotent: offers are found again by title, pages by type. All
people, addresses and phone numbers are fictional; the texts are data (`demo_data/housing.yaml`).
"""

import datetime
import io
from decimal import Decimal
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from integreat_wagtail.core.demo_data import read_demo_data
from integreat_wagtail.moderation.models import Status
from integreat_wagtail.moderation.tokens import hash_token
from integreat_wagtail.translations.instances import translate_instance

from .models import HousingIndexPage, HousingOffer, HousingOfferTranslation, HousingPhoto, HousingSettings

DEMO = read_demo_data(Path(__file__).with_name("demo_data"), "housing")
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
        titles, intros = DEMO["index"]["title"], DEMO["index"]["intro"]
        source = root.add_child(instance=HousingIndexPage(
            title=titles.get(language, titles["en"]), slug="housing", locale=root.locale,
            intro=intros.get(language, intros["en"]), show_in_menus=True,
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
        copy.title = DEMO["index"]["title"].get(code, source.title)
        copy.intro = DEMO["index"]["intro"].get(code, source.intro)
        translate_instance(source, copy, root_page.locale)
    return source


@transaction.atomic
def load_demo(municipality):
    """Create (or refresh) the demo housing data of one municipality."""
    HousingSettings.objects.get_or_create(municipality=municipality)
    ensure_index_pages(municipality)
    now = timezone.now()
    today = timezone.localdate()
    for index, spec in enumerate(DEMO["offers"]):
        facts = dict(spec["facts"])
        limited = facts.pop("limited", False)
        landlord = DEMO["landlords"][index % len(DEMO["landlords"])]
        language, state, days = spec["language"], spec["status"], spec["expires_in_days"]
        values = {
            "language_code": language, "description": spec["description"], "submitter_name": landlord["name"],
            "submitter_email": f"landlord{index + 1}@example.org", "submitter_phone": landlord["phone"],
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
            values["review_message"] = DEMO["review_message"]
        offer, created = HousingOffer.objects.update_or_create(municipality=municipality, title=spec["title"], defaults=values)
        english = spec["english"]
        if english and "en" in municipality.language_codes and language != "en":
            HousingOfferTranslation.objects.update_or_create(
                submission=offer, language_code="en",
                defaults={**english, "machine_translated": spec["machine_translated"]},
            )
        if created and state == Status.APPROVED and index % 2 == 0:
            photo = HousingPhoto(offer=offer, alt_text=DEMO["photo_alt_text"], sort_order=0)
            photo.image.save(_demo_photo(index).name, _demo_photo(index), save=False)
            photo.save()
    return HousingOffer.objects.filter(municipality=municipality).count()
