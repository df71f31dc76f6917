"""Shared pytest fixtures: municipalities made by the real onboarding service, users per role."""

import pytest
from django.utils import translation

from tests.factories import make_municipality, make_user

pytest_plugins = ["tests.browser.fixtures", "tests.whole_demo"]


@pytest.fixture(autouse=True)
def default_language(settings):
    """Every test starts in the platform's default language: a request in Arabic leaves Arabic active
    in the test's thread (LocaleMiddleware activates, nothing deactivates), which would otherwise
    decide the language of the next test's messages."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def municipality(db):
    """A town offering de, en, ar (source language German)."""
    return make_municipality("Aachtal", "aachtal", ["de", "en", "ar"])


@pytest.fixture
def other_municipality(db):
    return make_municipality("Birkenau", "birkenau", ["de", "en", "uk"])


@pytest.fixture
def platform_admin(db):
    return make_user("platform-admin", superuser=True)


@pytest.fixture
def editor(municipality):
    return make_user("aachtal-editor", municipality=municipality, role="editors")


@pytest.fixture
def moderator(municipality):
    return make_user("aachtal-moderator", municipality=municipality, role="moderators")


@pytest.fixture
def municipality_admin(municipality):
    return make_user("aachtal-admin", municipality=municipality, role="admins")


@pytest.fixture
def other_editor(other_municipality):
    return make_user("birkenau-editor", municipality=other_municipality, role="editors")
