"""Shared pytest fixtures: municipalities made by the real onboarding service, users per role."""

import pytest

from tests.factories import make_municipality, make_user

pytest_plugins = ["tests.browser.fixtures"]


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
