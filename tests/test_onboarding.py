"""Creating a municipality: one transaction, everything it needs, bad input refused cleanly."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.core.management.base import CommandError
from wagtail.models import Collection, GroupPagePermission, Page, Site

from home.models import MunicipalityPage
from integreat_wagtail.municipalities.models import Municipality
from tests.factories import assert_refused, make_municipality


def counts():
    return (Municipality.objects.count(), Page.objects.count(), Group.objects.count(),
            Collection.objects.count(), Site.objects.count())


@pytest.mark.django_db
def test_command_creates_pages_groups_collection_and_site(capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("create_municipality", "--name", "Kreis Ahorn", "--slug", "ahorn", "--kind", "county",
                 "--languages", "de,en,ar,uk", "--postal-codes", "35000,35001", "--hostname", "info.ahorn.example.org",
                 "--time-zone", "Europe/Berlin", "--latitude", "50.1", "--longitude", "8.6")
        call_command("create_municipality", "--name", "Ahornstadt", "--slug", "ahornstadt", "--parent", "ahorn",
                 "--languages", "de,fa")
    county = Municipality.objects.get(slug="ahorn")
    assert county.kind == "county" and county.postal_code_list() == ["35000", "35001"]
    assert Municipality.objects.get(slug="ahornstadt").parent == county
    pages = MunicipalityPage.objects.filter(municipality=county)
    assert sorted(pages.values_list("locale__language_code", flat=True)) == ["ar", "de", "en", "uk"]
    assert all(page.live for page in pages)
    for role in ("editors", "moderators", "admins"):
        group = getattr(county, f"{role}_group")
        granted = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
        assert granted == set(pages.values_list("pk", flat=True)), role
    assert county.collection.name.startswith("Kreis Ahorn")
    assert county.site.hostname == "info.ahorn.example.org" and county.site.root_page.specific.municipality == county
    assert "Created Kreis Ahorn" in capsys.readouterr().out


@pytest.mark.django_db
@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--languages", "de,xx"], "Unknown language(s): xx"),
        (["--languages", "de,en", "--default-language", "ar"], "default language must be one of"),
        (["--languages", "de", "--hostname", "not a host!"], "not a valid host name"),
        (["--languages", "de", "--time-zone", "Mars/Olympus"], "not a known time zone"),
        (["--languages", "de", "--postal-codes", "12 <script>"], "Not a postal code"),
        (["--languages", "de", "--parent", "nowhere"], "No municipality with the slug"),
        (["--languages", "de", "--slug", "admin"], "reserved"),
    ],
)
def test_command_refuses_bad_input_and_creates_nothing(arguments, message):
    base = ["--name", "Eichenau", "--slug", "eichenau"]
    if "--slug" in arguments:
        base = ["--name", "Eichenau"]
    before = counts()
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("create_municipality", *base, *arguments)
    assert counts() == before


@pytest.mark.django_db
def test_duplicate_slug_and_hostname_are_refused(municipality):
    before = counts()
    with pytest.raises(CommandError, match="slug"):
        call_command("create_municipality", "--name", "Again", "--slug", "aachtal", "--languages", "de")
    Site.objects.create(hostname="taken.example.org", root_page=Page.objects.get(depth=1))
    with pytest.raises(CommandError, match="already used"):
        call_command("create_municipality", "--name", "Other", "--slug", "other", "--languages", "de",
                     "--hostname", "taken.example.org")
    assert counts()[:4] == before[:4]


def test_platform_admin_creates_municipality_in_admin(client, platform_admin, django_capture_on_commit_callbacks):
    client.force_login(platform_admin)
    response = client.get("/admin/municipalities/new/")
    assert response.status_code == 200
    data = {
        "name": "Buchenfeld", "slug": "buchenfeld", "kind": "city", "language_codes": ["de", "en", "ar"],
        "default_language": "de", "time_zone": "Europe/Berlin", "postal_codes": "36100", "contact_name": "Bürgerbüro",
        "contact_email": "info@buchenfeld.example.org", "imprint": "<p>Stadt Buchenfeld</p>", "intro": "Willkommen",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/municipalities/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    municipality = Municipality.objects.get(slug="buchenfeld")
    assert municipality.pages.count() == 3
    assert municipality.pages.get(locale__language_code="de").specific.intro == "Willkommen"


@override_settings(LANGUAGE_CODE="en")
def test_admin_form_shows_errors_and_creates_nothing(client, platform_admin):
    client.force_login(platform_admin)
    before = counts()
    response = client.post("/admin/municipalities/new/", {
        "name": "X", "slug": "x-town", "kind": "city", "language_codes": ["de"], "default_language": "en",
        "time_zone": "Europe/Berlin",
    })
    assert response.status_code == 200
    assert "default language must be one of" in response.content.decode()
    assert counts() == before


def test_municipality_admin_cannot_create_but_can_edit_own(client, municipality_admin, municipality, other_municipality):
    client.force_login(municipality_admin)
    assert_refused(client.get("/admin/municipalities/new/"))
    assert client.get(f"/admin/municipalities/edit/{municipality.pk}/").status_code == 200
    assert_refused(client.get(f"/admin/municipalities/edit/{other_municipality.pk}/"))
    assert_refused(client.post(f"/admin/municipalities/delete/{other_municipality.pk}/"))
    listing = client.get("/admin/municipalities/").content.decode()
    assert "Aachtal" in listing and "Birkenau" not in listing


@override_settings(LANGUAGE_CODE="en")
def test_editing_adds_a_language_and_keeps_pages(client, municipality_admin, municipality):
    client.force_login(municipality_admin)
    data = {
        "name": "Aachtal", "kind": "city", "language_codes": ["de", "en", "ar", "fa"], "default_language": "de",
        "time_zone": "Europe/Berlin", "postal_codes": "",
    }
    response = client.post(f"/admin/municipalities/edit/{municipality.pk}/", data)
    assert response.status_code == 302 and "/municipalities/" in response.url, response.content.decode()[:3000]
    assert sorted(municipality.pages.values_list("locale__language_code", flat=True)) == ["ar", "de", "en", "fa"]
    data["language_codes"] = ["de", "en"]
    response = client.post(f"/admin/municipalities/edit/{municipality.pk}/", data)
    assert "cannot be removed" in response.content.decode()


def test_make_municipality_factory_uses_service(db):
    town = make_municipality("Ulmen", "ulmen", ["de", "ar"])
    assert town.editors_group.name.endswith("Editors")
