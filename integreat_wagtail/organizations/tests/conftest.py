import pytest
from django.test import TestCase
from wagtail.models import Locale

from integreat_wagtail.organizations.models import Organization
from integreat_wagtail.translations.services import translate_and_publish
from tests.factories import add_content_page, make_user, root_page


@pytest.fixture
def organization(municipality):
    return Organization.objects.create(municipality=municipality, name="Caritas Migrationsberatung", slug="caritas")


@pytest.fixture
def member(organization):
    user = make_user("caritas-member")
    user.groups.add(organization.members_group)
    return user


def own(page, organization):
    """Publish `page` with `organization` as its owner (what a moderator does in the admin)."""
    page.organization = organization
    page.save_revision().publish()
    return page


def translate(page, code):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return translate_and_publish(page, Locale.objects.get(language_code=code))


@pytest.fixture
def pages(municipality, other_municipality, organization):
    """The organization's page (also in English), a sibling it doesn't own, a foreign page."""
    root = root_page(municipality)
    owned = own(add_content_page(root, slug="beratung", title="Beratung"), organization)
    return {
        "owned": owned,
        "owned_en": translate(owned, "en"),
        "sibling": add_content_page(root, slug="sibling", title="Sibling"),
        "foreign": add_content_page(root_page(other_municipality), slug="foreign", title="Foreign"),
    }
