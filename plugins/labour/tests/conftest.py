"""Fixtures of the labour plugin tests: a municipality with the plugin on, its section and a few items
built by the factories (not the whole demo)."""

import pytest

from integreat_wagtail.plugins.services import enable_plugin

from .factories import make_guide, make_offer, make_section, make_service


@pytest.fixture
def labour_town(municipality):
    """Aachtal (de, en, ar) with the labour plugin switched on."""
    enable_plugin(municipality, "labour")
    return municipality


@pytest.fixture
def section(labour_town):
    """Aachtal's labour section (source language page), translated into English and Arabic."""
    return make_section(labour_town)


@pytest.fixture
def guides(section):
    """Four guides: regulated or not, in four profession groups; the nurse's guide complete in Arabic."""
    return [
        make_guide(section, "nurse", {
            "de": {"title": "Pflegefachkraft", "documents": ["Reisepass oder Personalausweis"], "steps": ["Antrag stellen"]},
            "en": {"title": "Nurse", "documents": ["Passport or identity card"], "steps": ["Submit the application"]},
            "ar": {"title": "ممرض/ممرضة", "documents": ["جواز السفر أو بطاقة الهوية"], "steps": ["قدّم الطلب"]},
        }, profession_group="health", regulated=True, cefr_level="B2",
            authority_name="Landesamt für Gesundheit, Anerkennungsstelle Pflegeberufe",
            official_links=[("link", {"title": "Anerkennung in Deutschland", "page": None,
                                      "url": "https://www.anerkennung-in-deutschland.de/html/de/pro/pflegefachmann.php"})]),
        make_guide(section, "electrician", {"de": {"title": "Elektroniker/in"}, "en": {"title": "Electrician"}},
                   profession_group="crafts", regulated=False, cefr_level="B1"),
        make_guide(section, "teacher", {"de": {"title": "Lehrer/in"}, "en": {"title": "Teacher"}},
                   profession_group="education", regulated=True, cefr_level="C1"),
        make_guide(section, "it-specialist", {"de": {"title": "Fachinformatiker/in"}, "en": {"title": "IT specialist"}},
                   profession_group="engineering", regulated=False, cefr_level="B1"),
    ]


@pytest.fixture
def services(labour_town):
    """Four counselling services with different topics and spoken languages, two of them translated."""
    return [
        make_service(labour_town, organisation="IQ Netzwerk", name="Anerkennungsberatung", topics=["recognition", "career"],
                     languages_spoken=["de", "en", "ar", "fa"], translations={"en": "Recognition counselling"}),
        make_service(labour_town, organisation="Volkshochschule", name="Deutschkurse", topics=["language_courses"],
                     languages_spoken=["de", "en", "ar", "fa", "uk"], translations={"en": "German courses"}),
        make_service(labour_town, organisation="Jobcenter", name="Arbeitsvermittlung", topics=["job_centre"],
                     languages_spoken=["de", "en", "ar"]),
        make_service(labour_town, organisation="Welcome Center", name="Anerkennungsberatung",
                     topics=["recognition", "career", "migration"], languages_spoken=["de", "en", "uk"]),
    ]


@pytest.fixture
def jobs(labour_town):
    """Five published offers of different types and levels; the full-time ones translated into English."""
    return [
        make_offer(labour_town, title="Pflegefachkraft", employment_type="full_time", cefr_level="B2",
                   recognition_needed=True, submitter_email="hr1@example.org",
                   translations={"en": ("Registered nurse", "Nursing on a ward.")}),
        make_offer(labour_town, title="Lagerhelfer/in", employment_type="full_time", cefr_level="A2",
                   translations={"en": ("Warehouse worker", "Picking and packing.")}),
        make_offer(labour_town, title="Ausbildung Bäcker/in", employment_type="apprenticeship", cefr_level="A2"),
        make_offer(labour_town, title="Ausbildung Elektroniker/in", employment_type="apprenticeship", cefr_level="B1"),
        make_offer(labour_town, title="Gartenhelfer/in", employment_type="part_time", cefr_level=""),
    ]


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The rate limit counts in the cache; every test starts with an empty one."""
    from django.core.cache import cache

    cache.clear()
