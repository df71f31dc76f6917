"""Members edit their organization's pages (every language, subpages) and nothing else."""

from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from integreat_wagtail.organizations.models import Organization
from tests.factories import assert_refused, root_page

from .conftest import own


def edit_data(page, **fields):
    return nested_form_data(
        {
            "title": page.title, "slug": page.slug, "intro": page.intro, "icon": page.icon,
            "body": streamfield([]), "comments": inline_formset([]),
            "organization": page.organization_id or "", **fields,
        }
    )


def latest_title(page):
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object().title


def test_member_edits_the_organizations_page_in_every_language(client, member, pages):
    client.force_login(member)
    page = pages["owned"]
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_data(page, title="Beratung (Caritas)"))
    assert response.status_code == 302 and response.url == f"/admin/pages/{page.pk}/edit/"
    assert latest_title(page) == "Beratung (Caritas)"
    # The English version opens in wagtail-localize's translation editor, which checks the same right.
    assert client.get(f"/admin/pages/{pages['owned_en'].pk}/edit/").status_code == 200
    assert pages["owned_en"].permissions_for_user(member).can_edit()


def test_member_is_refused_elsewhere(client, member, pages):
    client.force_login(member)
    for key in ("sibling", "foreign"):
        page = pages[key]
        assert_refused(client.get(f"/admin/pages/{page.pk}/edit/"))
        assert_refused(client.post(f"/admin/pages/{page.pk}/edit/", edit_data(page, title="Hijacked")))
        assert latest_title(page) == page.title
    # Nor may they publish their own page: moderators do.
    html = client.get(f"/admin/pages/{pages['owned'].pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html


def test_member_may_add_subpages_which_stay_with_the_organization(client, member, pages, organization):
    client.force_login(member)
    url = f"/admin/pages/add/home/contentpage/{pages['owned'].pk}/"
    assert client.get(url).status_code == 200
    data = edit_data(pages["owned"], title="Sprechzeiten", slug="sprechzeiten", organization="")
    assert client.post(url, data).status_code == 302
    child = Page.objects.child_of(pages["owned"]).get(slug="sprechzeiten").specific
    assert child.organization == organization  # the field is the parent's for members, whatever they post
    assert_refused(client.get(f"/admin/pages/add/home/contentpage/{pages['sibling'].pk}/"))


def test_changing_the_organization_moves_the_permission_in_every_language(client, member, pages, municipality):
    other = Organization.objects.create(municipality=municipality, name="Diakonie", slug="diakonie")
    own(pages["owned"], other)
    english = Page.objects.get(pk=pages["owned_en"].pk).specific
    assert english.organization == other  # the translation follows its source at once
    for page in (pages["owned"], english):
        assert set(GroupPagePermission.objects.filter(page=page, group__organization__isnull=False).values_list(
            "group_id", flat=True)) == {other.members_group_id}
    client.force_login(member)
    assert_refused(client.get(f"/admin/pages/{pages['owned'].pk}/edit/"))
    assert_refused(client.get(f"/admin/pages/{pages['owned_en'].pk}/edit/"))
    own(pages["owned"], None)
    assert not GroupPagePermission.objects.filter(group__organization__isnull=False).exists()


def test_a_translation_cannot_take_another_organization(pages, municipality):
    other = Organization.objects.create(municipality=municipality, name="Diakonie", slug="diakonie")
    own(Page.objects.get(pk=pages["owned_en"].pk).specific, other)  # e.g. an old revision published
    english = Page.objects.get(pk=pages["owned_en"].pk).specific
    assert english.organization == pages["owned"].organization  # the source decides


def test_deleting_the_organization_ends_the_rights(client, member, pages, organization):
    organization.delete()
    assert not pages["owned"].permissions_for_user(member).can_edit()
    client.force_login(member)  # with the group gone they hold no role at all: back to the login
    assert client.get(f"/admin/pages/{pages['owned'].pk}/edit/").url.startswith("/admin/login/")
    assert Page.objects.get(pk=pages["owned"].pk).specific.organization is None


def test_the_page_form_offers_only_the_municipalitys_organizations(client, editor, pages, other_municipality):
    foreign = Organization.objects.create(municipality=other_municipality, name="Birkenau e.V.", slug="ev")
    client.force_login(editor)
    page = pages["sibling"]
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Caritas Migrationsberatung" in html and "Birkenau e.V." not in html
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_data(page, organization=foreign.pk))
    assert response.status_code == 200
    assert "organization" in response.context["form"].errors
    assert Page.objects.get(pk=page.pk).specific.organization is None
    assert not GroupPagePermission.objects.filter(group=foreign.members_group).exists()


def test_editor_sets_the_organization_of_a_new_page(client, editor, pages, organization):
    client.force_login(editor)
    parent = pages["sibling"]
    data = edit_data(parent, title="Neu", slug="neu", organization=organization.pk)
    assert client.post(f"/admin/pages/add/home/contentpage/{parent.pk}/", data).status_code == 302
    child = Page.objects.child_of(parent).get(slug="neu").specific
    assert child.organization == organization
    assert GroupPagePermission.objects.filter(page=child, group=organization.members_group).count() == 2


def test_a_page_of_another_municipality_never_grants_rights(pages, organization):
    foreign = pages["foreign"]
    foreign.organization = organization  # only possible around the form
    foreign.save()
    assert not GroupPagePermission.objects.filter(page=foreign, group=organization.members_group).exists()


def test_no_organization_owns_a_municipalitys_home_page(client, editor, municipality, organization):
    """Its members would edit the whole tree."""
    root = root_page(municipality)
    client.force_login(editor)
    assert 'name="organization"' not in client.get(f"/admin/pages/{root.pk}/edit/").content.decode()
    own(root, organization)  # around the form
    assert not GroupPagePermission.objects.filter(page=root, group=organization.members_group).exists()
