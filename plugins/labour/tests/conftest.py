"""Fixtures of the labour plugin tests: a municipality with the plugin on and its demo section."""

import datetime

import pytest
from django.utils import timezone

from integreat_wagtail.plugins.services import enable_plugin
from plugins.labour.demo import load_demo
from plugins.labour.models import CounsellingService, JobOffer
from tests.factories import root_page


@pytest.fixture
def labour_town(municipality):
    """Aachtal (de, en, ar) with the labour plugin switched on."""
    enable_plugin(municipality, "labour")
    return municipality


@pytest.fixture
def section(labour_town):
    """The demo labour section of Aachtal (source language page)."""
    return load_demo(labour_town)


@pytest.fixture
def other_section(other_municipality):
    enable_plugin(other_municipality, "labour")
    return load_demo(other_municipality)


def section_in(municipality, code):
    from plugins.labour.models import LabourIndexPage

    return LabourIndexPage.objects.child_of(root_page(municipality, code)).get()


def make_offer(municipality, **fields):
    """A published job offer (bypassing the public form, like an editor would)."""
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
    return offer


def make_service(municipality, **fields):
    from wagtail.models import Locale

    values = {
        "municipality": municipality, "locale": Locale.objects.get(language_code=municipality.default_language),
        "organisation": "Beratungsstelle", "name": "Beratung", "topics": ["recognition"], "languages_spoken": ["de"],
    }
    values.update(fields)
    return CounsellingService.objects.create(**values)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The rate limit counts in the cache; every test starts with an empty one."""
    from django.core.cache import cache

    cache.clear()
