"""Validation of every labour model: bad values give clear errors and nothing is stored."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from plugins.labour.models import CounsellingService, JobOffer, JobOfferTranslation, RecognitionGuidePage

from .factories import make_offer, make_service

pytestmark = pytest.mark.django_db


def _guide(**fields):
    values = {
        "title": "Pflege", "slug": "pflege-test", "profession": "Pflegefachkraft", "profession_key": "nurse-test",
        "authority_name": "Landesamt", "steps": [("step", {"title": "Antrag stellen", "text": None, "links": []})],
    }
    values.update(fields)
    return RecognitionGuidePage(**values)


def test_guide_with_invalid_cefr_level_is_refused_and_not_saved(section):
    with pytest.raises(ValidationError) as error:
        section.add_child(instance=_guide(cefr_level="D7"))
    assert "cefr_level" in error.value.message_dict
    assert "D7" in error.value.message_dict["cefr_level"][0]
    assert not RecognitionGuidePage.objects.filter(profession_key="nurse-test").exists()


@pytest.mark.parametrize("level", ["A1", "A2", "B1", "B2", "C1", "C2", ""])
def test_guide_accepts_every_cefr_level_and_none(section, level):
    guide = section.add_child(instance=_guide(cefr_level=level, slug=f"guide-{level or 'none'}"))
    assert RecognitionGuidePage.objects.get(pk=guide.pk).cefr_level == level


def test_guide_needs_a_slug_key_and_an_authority(section):
    with pytest.raises(ValidationError) as error:
        section.add_child(instance=_guide(profession_key="not a slug!", authority_name=""))
    assert {"profession_key", "authority_name"} <= set(error.value.message_dict)


def test_guide_can_only_live_under_the_labour_section():
    assert RecognitionGuidePage.parent_page_types == ["labour.LabourIndexPage"]
    from plugins.labour.models import LabourIndexPage

    assert LabourIndexPage.parent_page_types == ["home.MunicipalityPage"]


def test_counselling_service_refuses_unknown_topics_and_languages(labour_town):
    with pytest.raises(ValidationError) as error:
        make_service(labour_town, topics=["recognition", "astrology"], languages_spoken=["de", "xx"])
    assert "astrology" in error.value.message_dict["topics"][0]
    assert "xx" in error.value.message_dict["languages_spoken"][0]
    with pytest.raises(ValidationError) as error:
        make_service(labour_town, topics="recognition")
    assert "topics" in error.value.message_dict
    with pytest.raises(ValidationError):
        make_service(labour_town, languages_spoken=["de", "de"])
    assert not CounsellingService.objects.exists()


def test_counselling_service_location_must_belong_to_its_municipality(labour_town, other_municipality):
    from wagtail.models import Locale

    from integreat_wagtail.locations.models import Location

    elsewhere = Location.objects.create(
        municipality=other_municipality, locale=Locale.objects.get(language_code="de"), name="Rathaus Birkenau"
    )
    with pytest.raises(ValidationError) as error:
        make_service(labour_town, location=elsewhere)
    assert "location" in error.value.message_dict
    assert not CounsellingService.objects.exists()


def test_job_offer_salary_min_above_max_is_refused(labour_town):
    with pytest.raises(ValidationError) as error:
        make_offer(labour_town, salary_min=Decimal("3000"), salary_max=Decimal("2000"))
    assert "salary_max" in error.value.message_dict
    assert "3000" in error.value.message_dict["salary_max"][0]
    assert not JobOffer.objects.exists()


def test_job_offer_salary_range_is_also_a_database_constraint(labour_town):
    from django.db import IntegrityError, transaction

    offer = make_offer(labour_town, salary_min=Decimal("10"), salary_max=Decimal("20"))
    with pytest.raises(IntegrityError), transaction.atomic():
        JobOffer.objects.filter(pk=offer.pk).update(salary_min=Decimal("30"))
    assert JobOffer.objects.get(pk=offer.pk).salary_min == Decimal("10")


def test_job_offer_expiry_in_the_past_is_refused(labour_town):
    with pytest.raises(ValidationError) as error:
        make_offer(labour_town, expires_at=timezone.now() - datetime.timedelta(days=1))
    assert "Zukunft" in error.value.message_dict["expires_at"][0]  # default language: de
    assert not JobOffer.objects.exists()


def test_an_old_offer_can_still_be_saved_after_it_expired(labour_town):
    """Expiry is checked when set, so the moderation jobs can close offers whose date has passed."""
    offer = make_offer(labour_town)
    JobOffer.objects.filter(pk=offer.pk).update(expires_at=timezone.now() - datetime.timedelta(hours=1))
    offer = JobOffer.objects.get(pk=offer.pk)
    offer.status = JobOffer.Status.EXPIRED
    offer.full_clean()
    offer.save()
    assert JobOffer.objects.get(pk=offer.pk).status == JobOffer.Status.EXPIRED

    offer.expires_at -= datetime.timedelta(hours=1)  # a new deadline in the past is still refused
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert set(error.value.message_dict) == {"expires_at"}


def test_job_offer_needs_a_way_to_apply_and_a_valid_type_and_level(labour_town):
    with pytest.raises(ValidationError) as error:
        make_offer(labour_town, contact_email="", employment_type="slavery", cefr_level="Z9")
    assert {"application_url", "employment_type", "cefr_level"} <= set(error.value.message_dict)
    assert not JobOffer.objects.exists()


def test_job_offer_text_falls_back_to_the_original_language(labour_town):
    offer = make_offer(labour_town, title="Koch", description="Kochen")
    JobOfferTranslation.objects.create(submission=offer, language_code="en", title="Cook", description="Cooking")
    offer = JobOffer.objects.get(pk=offer.pk)
    assert offer.text_in("en") == ("Cook", "Cooking", "en")
    assert offer.text_in("ar") == ("Koch", "Kochen", "de")
    assert offer.text_in("de") == ("Koch", "Kochen", "de")
