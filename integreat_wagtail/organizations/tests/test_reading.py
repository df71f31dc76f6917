"""Readers see who maintains a page: on the page's trust block and in the API v3 page JSON."""

from wagtail.images.models import Image

from integreat_wagtail.api.tests.test_v3_contract import PAGE_KEYS
from tests.test_isolation import png_file

from .conftest import own


def test_page_shows_its_organization_with_link_and_logo(client, pages, organization, municipality):
    organization.website = "https://caritas.example.org/"
    organization.logo = Image.objects.create(title="Caritas-Logo", file=png_file(), collection=municipality.collection)
    organization.save()
    html = client.get(pages["owned"].get_url()).content.decode()
    assert '<a href="https://caritas.example.org/" rel="noopener"><bdi>Caritas Migrationsberatung</bdi></a>' in html
    assert 'class="organization-logo"' in html and "Gepflegt von:" in html  # in the reader's language
    english = client.get(pages["owned_en"].get_url()).content.decode()
    assert "Caritas Migrationsberatung" in english
    assert "Caritas Migrationsberatung" not in client.get(pages["sibling"].get_url()).content.decode()


def test_api_page_carries_the_organization(client, pages, organization, municipality):
    organization.website = "https://caritas.example.org/"
    organization.logo = Image.objects.create(title="Caritas-Logo", file=png_file(), collection=municipality.collection)
    organization.save()
    page = client.get(f"/api/v3/aachtal/de/page/?id={pages['owned'].pk}").json()
    assert set(page) == PAGE_KEYS
    assert page["organization"] == {
        "id": organization.pk, "slug": "caritas", "name": "Caritas Migrationsberatung",
        "logo": f"http://testserver{organization.logo.file.url}", "website": "https://caritas.example.org/",
    }
    english = client.get(f"/api/v3/aachtal/en/page/?id={pages['owned_en'].pk}").json()
    assert english["organization"]["slug"] == "caritas"
    listing = {item["id"]: item["organization"] for item in client.get("/api/v3/aachtal/de/pages/").json()}
    assert listing[pages["sibling"].pk] is None and listing[pages["owned"].pk]["id"] == organization.pk


def test_api_organization_without_logo_or_website(client, pages, organization):
    own(pages["sibling"], organization)
    page = client.get(f"/api/v3/aachtal/de/page/?id={pages['sibling'].pk}").json()
    assert page["organization"] == {
        "id": organization.pk, "slug": "caritas", "name": "Caritas Migrationsberatung", "logo": None, "website": None,
    }
