"""The admin's broken-links report: own links only, pages to edit, 403 for other municipalities."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from integreat_wagtail.linkcheck.models import Link
from tests.factories import add_content_page, make_user, root_page

from .conftest import page_with_links


@pytest.fixture
def checked(municipality, other_municipality, root, server, private_allowed):
    """Aachtal's page links to /gone-aachtal, Birkenau's to /gone-birkenau; both checked."""
    base, _requests = server
    own = page_with_links(root, "Aachtal-Seite", [f"{base}/gone-aachtal", f"{base}/ok"])
    foreign = page_with_links(root_page(other_municipality), "Birkenau-Seite", [f"{base}/gone-birkenau"])
    call_command("check_links")
    return base, own, foreign


def test_editor_sees_own_broken_links_with_pages_to_edit(client, editor, municipality, checked):
    base, own, foreign = checked
    client.force_login(editor)

    response = client.get(reverse("linkcheck:report", args=[municipality.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert f"{base}/gone-aachtal" in html and "HTTP 404" in html
    assert reverse("wagtailadmin_pages:edit", args=[own.pk]) in html
    assert f"{base}/ok" not in html
    assert "gone-birkenau" not in html and reverse("wagtailadmin_pages:edit", args=[foreign.pk]) not in html


def test_other_municipalities_report_is_refused(client, editor, other_municipality, checked):
    client.force_login(editor)

    response = client.get(reverse("linkcheck:report", args=[other_municipality.pk]))

    assert response.status_code == 403
    assert "gone-birkenau" not in response.content.decode()


def test_menu_target_opens_own_municipality_and_ignores_a_foreign_choice(client, editor, municipality, other_municipality, checked):
    client.force_login(editor)

    assert client.get(reverse("linkcheck:home")).url == reverse("linkcheck:report", args=[municipality.pk])
    foreign = client.get(reverse("linkcheck:home"), {"municipality": other_municipality.pk}, follow=True)
    assert foreign.status_code == 403
    assert client.get(reverse("linkcheck:home"), {"municipality": "x'"}).url == reverse("linkcheck:report", args=[municipality.pk])


def test_menu_item_only_for_staff(client, editor, municipality):
    outsider = make_user("aachtal-events", municipality=municipality, role="event_managers")
    client.force_login(editor)
    assert '"/admin/links/"' in client.get("/admin/").content.decode()
    client.force_login(outsider)
    assert '"/admin/links/"' not in client.get("/admin/").content.decode()
    assert client.get(reverse("linkcheck:home")).status_code in (302, 403)


def test_platform_admin_switches_between_municipalities(client, platform_admin, municipality, other_municipality, checked):
    client.force_login(platform_admin)

    html = client.get(reverse("linkcheck:report", args=[other_municipality.pk])).content.decode()

    assert "gone-birkenau" in html and "gone-aachtal" not in html
    assert 'id="linkcheck-municipality"' in html


def test_unchecked_and_not_found(client, editor, municipality):
    client.force_login(editor)
    assert "wurden noch nicht geprüft" in client.get(reverse("linkcheck:report", args=[municipality.pk])).content.decode()
    assert client.get("/admin/links/999999/").status_code == 404
    assert client.get(reverse("linkcheck:report", args=[municipality.pk]), {"p": "x"}).status_code == 200


def test_anonymous_goes_to_login(client, municipality):
    response = client.get(reverse("linkcheck:report", args=[municipality.pk]))
    assert response.status_code == 302 and "/login/" in response.url
    assert Link.objects.count() == 0


def test_a_link_to_another_municipalitys_page_shows_only_its_id(client, editor, municipality, other_municipality, root):
    foreign = add_content_page(root_page(other_municipality), title="Geheimer Entwurf")
    foreign.unpublish()
    page_with_links(root, "Links", [], paragraph=f'<p><a linktype="page" id="{foreign.pk}">x</a></p>')
    call_command("check_links")
    client.force_login(editor)

    html = client.get(reverse("linkcheck:report", args=[municipality.pk])).content.decode()

    assert f"#{foreign.pk}" in html and "Geheimer Entwurf" not in html
