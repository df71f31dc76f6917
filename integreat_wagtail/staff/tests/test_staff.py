"""A municipality's admins manage its own people, and nobody else's."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from integreat_wagtail.staff import services
from tests.factories import make_user

User = get_user_model()
PASSWORD = "Wiesen-Blume-2031"


def url(name, municipality, *args):
    return reverse(f"staff:{name}", args=[municipality.pk, *args])


def row_of(html, email):
    """The listing row of one person (the text between <tr> and </tr> that names the e-mail)."""
    return next(row for row in re.findall(r"<tr>(.*?)</tr>", html, re.S) if email in row)


def groups_of(user):
    return set(User.objects.get(pk=user.pk).groups.values_list("pk", flat=True))


def invite(client, municipality, **data):
    return client.post(url("invite", municipality), {"email": "new@example.org", "name": "Nora Neu", "roles": ["editors"], **data})


@pytest.fixture(autouse=True)
def english(client):
    """The admin speaks the browser's language to users without a preference (else German)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def shared(municipality, other_municipality):
    """County staff: editor in Aachtal, admin in Birkenau."""
    user = make_user("county", municipality=municipality, role="editors")
    user.groups.add(other_municipality.admins_group)
    return user


# Listing


def test_list_shows_own_people_with_their_roles_here_only(client, municipality_admin, editor, moderator, other_editor, shared, municipality):
    client.force_login(municipality_admin)
    response = client.get(url("index", municipality))
    assert response.status_code == 200
    html = response.content.decode()
    for person in (municipality_admin, editor, moderator, shared):
        assert person.email in html
    assert other_editor.email not in html
    assert "Birkenau" not in html
    county = row_of(html, shared.email)
    assert "Editor" in county and "Municipality admin" not in county
    assert "Moderator" in row_of(html, moderator.email)


def test_switcher_offers_exactly_the_municipalities_administered(client, municipality, other_municipality, municipality_admin, shared):
    client.force_login(municipality_admin)
    assert client.get(reverse("staff:home")).url == url("index", municipality)
    assert 'name="municipality"' not in client.get(url("index", municipality)).content.decode()
    shared.groups.add(municipality.admins_group)
    client.force_login(shared)
    html = client.get(url("index", other_municipality)).content.decode()
    assert re.search(rf'<option value="{municipality.pk}"[^>]*>Aachtal</option>', html)
    assert re.search(rf'<option value="{other_municipality.pk}" selected>Birkenau</option>', html)
    assert client.get(reverse("staff:home"), {"municipality": municipality.pk}).url == url("index", municipality)


def test_platform_admin_manages_every_municipality(client, platform_admin, municipality, other_municipality, other_editor):
    client.force_login(platform_admin)
    assert other_editor.email in client.get(url("index", other_municipality)).content.decode()
    assert client.post(url("deactivate", other_municipality, other_editor.pk)).status_code == 302
    assert not groups_of(other_editor)


def test_menu_item_only_for_those_who_manage_staff(client, municipality_admin, editor, platform_admin):
    for user, shown in ((municipality_admin, True), (platform_admin, True), (editor, False)):
        client.force_login(user)
        assert ('"/admin/staff/"' in client.get("/admin/").content.decode()) is shown, user


# Inviting


def test_invitation_end_to_end(client, municipality_admin, municipality, other_municipality):
    client.force_login(municipality_admin)
    response = invite(client, municipality, email="Nora.Neu@Example.org", roles=["editors", "observers"])
    assert response.status_code == 302 and response.url == url("index", municipality)
    user = User.objects.get(email="nora.neu@example.org")
    assert user.username == "nora.neu@example.org" and user.get_full_name() == "Nora Neu"
    assert not user.has_usable_password()
    assert groups_of(user) == {municipality.editors_group.pk, municipality.observers_group.pk}
    entry = ModelLogEntry.objects.get(action=services.INVITED, object_id=str(user.pk))
    assert entry.user == municipality_admin
    assert entry.data["municipality"]["id"] == municipality.pk and entry.data["roles"] == ["editors", "observers"]
    assert "Aachtal" in entry.message and "Editor" in entry.message

    [message] = mail.outbox
    assert message.to == ["nora.neu@example.org"] and "Aachtal" in message.subject
    assert "these roles in Aachtal: Editor, Observer." in message.body
    link = re.search(r"http://testserver(/admin/welcome/\S+/)", message.body).group(1)
    client.logout()
    form_url = client.get(link).url  # Django moves the token into the session
    assert "Your user name is nora.neu@example.org." in client.get(form_url).content.decode()
    response = client.post(form_url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_login")
    assert "Your password is set." in client.get(response.url).content.decode()

    response = client.post(reverse("wagtailadmin_login"), {"username": "nora.neu@example.org", "password": PASSWORD})
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert services.roles_of(User.objects.get(pk=user.pk), municipality) == ["editors", "observers"]
    assert services.roles_of(user, other_municipality) == []
    assert client.get(url("index", municipality)).status_code == 403  # an editor does not manage staff
    client.logout()
    assert "no longer valid" in client.get(link, follow=True).content.decode()  # the link works once


def test_inviting_an_existing_account_adds_roles_here_only(client, municipality_admin, municipality, other_municipality, other_editor):
    client.force_login(municipality_admin)
    count = User.objects.count()
    response = invite(client, municipality, email=other_editor.email.upper(), name="Someone Else", roles=["moderators"])
    assert response.status_code == 302
    assert User.objects.count() == count
    other_editor.refresh_from_db()
    assert other_editor.first_name == "" and other_editor.has_usable_password()
    assert groups_of(other_editor) == {other_municipality.editors_group.pk, municipality.moderators_group.pk}
    [message] = mail.outbox
    assert "/admin/welcome/" not in message.body and "http://testserver/admin/login/" in message.body


def test_inviting_again_reactivates(client, municipality_admin, municipality, editor):
    client.force_login(municipality_admin)
    client.post(url("deactivate", municipality, editor.pk))
    editor.refresh_from_db()
    assert not editor.is_active
    assert invite(client, municipality, email=editor.email, roles=["editors"]).status_code == 302
    editor.refresh_from_db()
    assert editor.is_active and groups_of(editor) == {municipality.editors_group.pk}


def test_invitation_in_the_inviters_language(client, municipality_admin, municipality):
    profile = UserProfile.get_for_user(municipality_admin)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(municipality_admin)
    invite(client, municipality)
    [message] = mail.outbox
    assert message.subject == "Ihr Zugang zur Integreat-Verwaltung von Aachtal"
    assert "Wählen Sie hier Ihr Passwort" in message.body


@pytest.mark.parametrize("data, field", [
    ({"email": "not-an-address"}, "email"),
    ({"roles": []}, "roles"),
    ({"roles": ["superusers"]}, "roles"),
    ({"roles": ["editors", "admins_of_birkenau"]}, "roles"),
])
def test_bad_invitation_is_refused_with_a_message(client, municipality_admin, municipality, other_municipality, data, field):
    client.force_login(municipality_admin)
    count, logged = User.objects.count(), ModelLogEntry.objects.count()
    if data.get("roles") == ["editors", "admins_of_birkenau"]:
        data = {"roles": ["editors", str(other_municipality.admins_group.pk)]}
    response = invite(client, municipality, **data)
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert User.objects.count() == count and ModelLogEntry.objects.count() == logged and not mail.outbox


def test_failed_mail_changes_nothing(client, municipality_admin, municipality, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(services, "send_mail", broken)
    client.force_login(municipality_admin)
    response = invite(client, municipality)
    assert response.status_code == 200
    assert "could not be sent" in response.content.decode()
    assert not User.objects.filter(email="new@example.org").exists()
    assert not ModelLogEntry.objects.filter(action=services.INVITED).exists()


# Roles


def test_assigning_roles_changes_only_this_municipality_and_is_logged(client, municipality_admin, municipality, other_municipality, shared):
    client.force_login(municipality_admin)
    response = client.post(url("member", municipality, shared.pk), {"roles": ["moderators", "event_managers"]})
    assert response.status_code == 302
    assert groups_of(shared) == {
        municipality.moderators_group.pk, municipality.event_managers_group.pk, other_municipality.admins_group.pk}
    entry = ModelLogEntry.objects.get(action=services.ROLES_CHANGED, object_id=str(shared.pk))
    assert entry.user == municipality_admin
    assert entry.data["roles_before"] == ["editors"] and entry.data["roles"] == ["moderators", "event_managers"]


def test_roles_form_shows_current_roles(client, municipality_admin, municipality, moderator):
    client.force_login(municipality_admin)
    html = client.get(url("member", municipality, moderator.pk)).content.decode()
    assert re.search(r'value="moderators"[^>]*checked', html) and not re.search(r'value="editors"[^>]*checked', html)


def test_crafted_role_posts_change_nothing(client, municipality_admin, municipality, other_municipality, editor, other_editor):
    client.force_login(municipality_admin)
    before = groups_of(editor), groups_of(other_editor)
    # A group of another municipality is no role key: a form error.
    response = client.post(url("member", municipality, editor.pk), {"roles": [str(other_municipality.admins_group.pk)]})
    assert response.status_code == 200 and response.context["form"].errors["roles"]
    # Someone who holds no role here and was not invited is not found.
    assert client.post(url("member", municipality, other_editor.pk), {"roles": ["admins"]}).status_code == 404
    assert client.post(url("deactivate", municipality, other_editor.pk)).status_code == 404
    # Another municipality's staff pages are refused.
    assert client.post(url("member", other_municipality, other_editor.pk), {"roles": ["admins"]}).status_code == 403
    assert (groups_of(editor), groups_of(other_editor)) == before
    assert not ModelLogEntry.objects.filter(action__startswith="integreat.staff").exists()


def test_no_role_ticked_points_to_deactivation(client, municipality_admin, municipality, editor):
    client.force_login(municipality_admin)
    response = client.post(url("member", municipality, editor.pk), {})
    assert response.status_code == 200 and "Tick at least one role" in response.content.decode()
    assert groups_of(editor) == {municipality.editors_group.pk}


# The last admin


def test_the_last_admin_cannot_give_up_the_role(client, municipality_admin, municipality):
    client.force_login(municipality_admin)
    response = client.post(url("member", municipality, municipality_admin.pk), {"roles": ["editors"]})
    assert response.status_code == 200
    assert "You are the last admin of Aachtal" in response.content.decode()
    response = client.post(url("deactivate", municipality, municipality_admin.pk))
    assert response.status_code == 200 and "You are the last admin of Aachtal" in response.content.decode()
    assert groups_of(municipality_admin) == {municipality.admins_group.pk}
    municipality_admin.refresh_from_db()
    assert municipality_admin.is_active


def test_the_last_admin_cannot_be_removed_by_a_platform_admin(client, platform_admin, municipality_admin, municipality):
    client.force_login(platform_admin)
    response = client.post(url("deactivate", municipality, municipality_admin.pk))
    assert "aachtal-admin@example.org is the last admin of Aachtal" in response.content.decode()
    assert groups_of(municipality_admin) == {municipality.admins_group.pk}


def test_an_admin_may_step_down_when_another_remains(client, municipality_admin, municipality):
    make_user("aachtal-admin-2", municipality=municipality, role="admins")
    client.force_login(municipality_admin)
    response = client.post(url("member", municipality, municipality_admin.pk), {"roles": ["moderators"]})
    assert response.status_code == 302 and response.url == "/admin/"  # no longer manages the staff here
    assert groups_of(municipality_admin) == {municipality.moderators_group.pk}


# Deactivating


def test_deactivating_removes_roles_here_and_switches_off_who_has_none_left(client, municipality_admin, municipality, editor):
    client.force_login(municipality_admin)
    confirmation = client.get(url("deactivate", municipality, editor.pk))
    assert confirmation.status_code == 200 and "loses every role in Aachtal (Editor)." in confirmation.content.decode()
    response = client.post(url("deactivate", municipality, editor.pk), follow=True)
    assert response.redirect_chain == [(url("index", municipality), 302)]
    assert "no longer has a role anywhere; the account is deactivated" in response.content.decode()
    editor.refresh_from_db()
    assert not groups_of(editor) and not editor.is_active
    entry = ModelLogEntry.objects.get(action=services.DEACTIVATED, object_id=str(editor.pk))
    assert entry.user == municipality_admin and entry.data["account_deactivated"] is True
    assert editor.email not in client.get(url("index", municipality)).content.decode()


def test_deactivating_keeps_roles_elsewhere_and_the_account(client, municipality_admin, municipality, other_municipality, shared):
    client.force_login(municipality_admin)
    client.post(url("deactivate", municipality, shared.pk))
    shared.refresh_from_db()
    assert shared.is_active and groups_of(shared) == {other_municipality.admins_group.pk}
    assert ModelLogEntry.objects.get(action=services.DEACTIVATED).data["account_deactivated"] is False


# Refusals


@pytest.fixture(params=["editors", "moderators", "event_managers", "observers", "foreign admins"])
def outsider(request, municipality, other_municipality):
    """Someone who may not manage Aachtal's staff."""
    if request.param == "foreign admins":
        return make_user("birkenau-admin", municipality=other_municipality, role="admins")
    return make_user(f"aachtal-{request.param}", municipality=municipality, role=request.param)


def test_staff_area_is_refused_to_everyone_else(client, outsider, municipality, editor):
    client.force_login(outsider)
    before = groups_of(editor)
    for name, args, data in (
        ("index", (), {}),
        ("invite", (), {"email": "x@example.org", "roles": ["admins"]}),
        ("member", (editor.pk,), {"roles": ["admins"]}),
        ("deactivate", (editor.pk,), {}),
    ):
        assert client.get(url(name, municipality, *args)).status_code == 403, name
        assert client.post(url(name, municipality, *args), data).status_code == 403, name
    assert groups_of(editor) == before
    assert not User.objects.filter(email="x@example.org").exists() and not mail.outbox
    if not outsider.groups.filter(name__contains="Birkenau").exists():
        assert client.get(reverse("staff:home")).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, municipality):
    response = client.get(url("index", municipality))
    assert response.status_code == 302 and response.url.startswith("/admin/login/")
