"""The municipality's admins manage its organizations and members; its other staff only read them;
nobody from another municipality sees or changes them."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.images.models import Image
from wagtail.models import ModelLogEntry

from integreat_wagtail.organizations.models import Organization
from tests.factories import assert_refused, log_in, make_user
from tests.test_isolation import png_file


def form(municipality, **fields):
    return {"municipality": municipality.pk, "name": "Diakonie", "slug": "diakonie", "website": "", "logo": "",
            "contact_email": "", "add_members": "", **fields}


def test_admin_creates_an_organization_with_members_and_an_invitation(client, municipality_admin, editor, municipality):
    client.force_login(municipality_admin)
    assert client.get("/admin/organizations/new/").status_code == 200
    response = client.post(
        "/admin/organizations/new/", form(municipality, add_members="aachtal-editor\nberaterin@diakonie.example.org")
    )
    assert response.status_code == 302, response.context["form"].errors
    organization = Organization.objects.get(municipality=municipality, slug="diakonie")
    invited = get_user_model().objects.get(email="beraterin@diakonie.example.org")
    assert set(organization.members) == {editor, invited}
    assert not invited.has_usable_password()
    # The invitation sets a password once; then the new member logs in.
    (message,) = mail.outbox
    assert message.to == ["beraterin@diakonie.example.org"] and "Diakonie" in message.subject
    link = re.search(r"https?://\S+", message.body).group(0)
    client.logout()
    set_password_url = client.get(link).url
    response = client.post(set_password_url, {"new_password1": "Ein-sicheres-Passwort-2025", "new_password2": "Ein-sicheres-Passwort-2025"})
    assert response.status_code == 302
    log_in(client, "beraterin@diakonie.example.org", "Ein-sicheres-Passwort-2025")
    client.logout()
    assert client.get(link).context["validlink"] is False  # used up


def test_only_people_of_the_municipality_are_added_by_username(client, municipality_admin, other_editor, municipality):
    client.force_login(municipality_admin)
    response = client.post("/admin/organizations/new/", form(municipality, add_members="birkenau-editor"))
    assert response.status_code == 200
    assert "birkenau-editor" in str(response.context["form"].errors["add_members"])
    assert not Organization.objects.filter(slug="diakonie").exists()


def test_admin_removes_a_member(client, municipality_admin, editor, municipality):
    organization = Organization.objects.create(municipality=municipality, name="Diakonie", slug="diakonie")
    organization.members_group.user_set.add(editor)
    client.force_login(municipality_admin)
    data = form(municipality, remove_members=[editor.pk])
    response = client.post(f"/admin/organizations/edit/{organization.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    assert list(organization.members) == []
    entry = ModelLogEntry.objects.get(action="integreat.organization_members")
    assert (entry.user, entry.data["removed"]) == (municipality_admin, ["aachtal-editor"])


def test_logo_must_come_from_the_municipalitys_media(client, municipality_admin, municipality, other_municipality):
    foreign = Image.objects.create(title="Foreign", file=png_file(), collection=other_municipality.collection)
    client.force_login(municipality_admin)
    response = client.post("/admin/organizations/new/", form(municipality, logo=foreign.pk))
    assert response.status_code == 200 and "logo" in response.context["form"].errors
    assert not Organization.objects.exists()


def test_other_roles_read_but_do_not_change(client, editor, moderator, municipality, other_municipality):
    organization = Organization.objects.create(municipality=municipality, name="Diakonie", slug="diakonie")
    for user in (editor, moderator):
        client.force_login(user)
        listing = client.get("/admin/organizations/").content.decode()
        assert "Diakonie" in listing and "Birkenau" not in listing  # not even as a filter choice
        assert client.get(f"/admin/organizations/inspect/{organization.pk}/").status_code == 200
        assert_refused(client.get("/admin/organizations/new/"))
        assert_refused(client.post("/admin/organizations/new/", form(municipality, slug="neu")))
        assert_refused(client.post(f"/admin/organizations/edit/{organization.pk}/", form(municipality, name="X")))
        assert_refused(client.post(f"/admin/organizations/delete/{organization.pk}/"))
    organization.refresh_from_db()
    assert (organization.name, Organization.objects.count()) == ("Diakonie", 1)


def test_admins_of_another_municipality_neither_see_nor_change_it(client, municipality, other_municipality):
    organization = Organization.objects.create(municipality=municipality, name="Diakonie", slug="diakonie")
    stranger = make_user("birkenau-admin", municipality=other_municipality, role="admins")
    client.force_login(stranger)
    assert "Diakonie" not in client.get("/admin/organizations/").content.decode()
    assert "Diakonie" not in client.get("/admin/organizations/results/?q=Diakonie").content.decode()
    for view in ("edit", "inspect", "delete", "history", "history-results", "usage"):
        assert_refused(client.get(f"/admin/organizations/{view}/{organization.pk}/"))
    assert_refused(client.post(f"/admin/organizations/edit/{organization.pk}/",
                               form(municipality, name="Hacked", add_members="birkenau-admin@example.org")))
    assert_refused(client.post(f"/admin/organizations/delete/{organization.pk}/"))
    organization.refresh_from_db()
    assert organization.name == "Diakonie" and list(organization.members) == []
    # Creating one in Aachtal is refused too: the municipality field offers only Birkenau.
    response = client.post("/admin/organizations/new/", form(municipality, slug="neu"))
    assert response.status_code == 200 and "municipality" in response.context["form"].errors
    assert not Organization.objects.filter(slug="neu").exists()


def test_admin_elsewhere_cannot_create_where_only_an_editor(client, municipality, other_municipality):
    """Holding a lesser role in a second municipality does not open its organizations."""
    user = make_user("county-staff", municipality=other_municipality, role="admins")
    user.groups.add(municipality.editors_group)
    client.force_login(user)
    response = client.post("/admin/organizations/new/", form(municipality))
    assert response.status_code == 200 and "municipality" in response.context["form"].errors
    assert not Organization.objects.exists()


def test_slug_is_unique_per_municipality(client, municipality_admin, municipality):
    Organization.objects.create(municipality=municipality, name="Diakonie", slug="diakonie")
    client.force_login(municipality_admin)
    response = client.post("/admin/organizations/new/", form(municipality))
    assert response.status_code == 200 and response.context["form"].errors
    assert Organization.objects.count() == 1
