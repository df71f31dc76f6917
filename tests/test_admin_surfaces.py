"""Wagtail's own admin surfaces (chooser, explorer, move/copy, reports, dashboard, redirects) show
municipality staff only their municipalities' pages; platform admins still see everything."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from tests.factories import ContentPageFactory, add_content_page, assert_refused, root_page

SECRET = "Birkenau-Geheimentwurf"


@pytest.fixture
def foreign_draft(other_municipality):
    """A never-published Birkenau page whose title must not reach Aachtal's staff."""
    parent = root_page(other_municipality)
    page = ContentPageFactory.build(title=SECRET, slug="geheim", locale=parent.locale, live=False)
    parent.add_child(instance=page)
    page.save_revision()
    return page


@pytest.fixture
def own_page(municipality):
    return add_content_page(root_page(municipality), title="Aachtal-Sprachkurse", slug="sprachkurse")


def text(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_page_chooser_offers_only_own_pages(client, editor, platform_admin, foreign_draft, own_page, municipality):
    client.force_login(editor)
    platform_page = root_page(municipality).get_parent()
    listing = text(client.get(f"/admin/choose-page/{platform_page.pk}/"))
    assert "Aachtal" in listing and "Birkenau" not in listing
    assert "Aachtal-Sprachkurse" in text(client.get(f"/admin/choose-page/{root_page(municipality).pk}/"))
    for query in ("Birkenau", "Geheimentwurf"):
        assert "Birkenau" not in text(client.get("/admin/choose-page/search/", {"q": query}))
    assert "Aachtal-Sprachkurse" in text(client.get("/admin/choose-page/search/", {"q": "Sprachkurse"}))
    # Crafted ids: a foreign parent to browse, a foreign page "chosen".
    for page in (foreign_draft, foreign_draft.get_parent()):
        response = client.get(f"/admin/choose-page/{page.pk}/")
        assert response.status_code == 404 and SECRET not in response.content.decode()
    assert client.get("/admin/choose-page/chosen-multiple/", {"id": foreign_draft.pk}).status_code == 404
    assert client.get("/admin/choose-page/chosen-multiple/", {"id": "x"}).status_code == 400
    assert "Aachtal-Sprachkurse" in text(client.get("/admin/choose-page/chosen-multiple/", {"id": own_page.pk}))

    client.force_login(platform_admin)
    assert SECRET in text(client.get("/admin/choose-page/search/", {"q": "Geheimentwurf"}))
    assert SECRET in text(client.get(f"/admin/choose-page/{foreign_draft.get_parent().pk}/"))


def test_page_chooser_for_a_page_type_starts_in_own_municipality(client, editor, foreign_draft, municipality):
    """Wagtail opens it at the common ancestor of all pages of that type, here Birkenau's home page."""
    client.force_login(editor)
    start = text(client.get("/admin/choose-page/", {"page_type": "home.contentpage"}))
    assert "Birkenau" not in start
    add_content_page(root_page(municipality), title="Aachtal-Sprachkurse", slug="sprachkurse")
    start = text(client.get("/admin/choose-page/", {"page_type": "home.contentpage"}))
    assert "Aachtal-Sprachkurse" in start and "Birkenau" not in start
    assert client.get("/admin/choose-page/", {"page_type": "nope.nothing"}).status_code == 404


def test_explorer_of_another_municipality_is_refused(client, editor, platform_admin, foreign_draft, own_page, municipality):
    client.force_login(editor)
    foreign_root = foreign_draft.get_parent()
    revision = foreign_draft.latest_revision
    for url in (
        f"/admin/pages/{foreign_root.pk}/",
        f"/admin/pages/{foreign_root.pk}/results/",
        f"/admin/pages/{foreign_draft.pk}/",
        # Refused by Wagtail's page permissions already; kept here so that stays so.
        f"/admin/pages/{foreign_draft.pk}/history/",
        f"/admin/pages/{foreign_draft.pk}/revisions/{revision.pk}/view/",
        f"/admin/pages/{foreign_draft.pk}/revisions/compare/live...{revision.pk}/",
        f"/admin/pages/{foreign_draft.pk}/edit/preview/",
        f"/admin/pages/{foreign_draft.pk}/workflow_history/",
        f"/admin/pages/{foreign_draft.pk}/usage/",
    ):
        response = client.get(url)
        assert_refused(response)
        assert SECRET not in response.content.decode()
    assert "Aachtal-Sprachkurse" in text(client.get(f"/admin/pages/{root_page(municipality).pk}/"))
    platform_listing = text(client.get(f"/admin/pages/{root_page(municipality).get_parent().pk}/"))
    assert "Aachtal" in platform_listing and "Birkenau" not in platform_listing

    client.force_login(platform_admin)
    assert SECRET in text(client.get(f"/admin/pages/{foreign_root.pk}/"))


def test_pages_cannot_be_moved_or_copied_into_another_municipality(
    client, municipality_admin, foreign_draft, own_page, municipality
):
    client.force_login(municipality_admin)
    foreign_root = foreign_draft.get_parent()
    for destination in (foreign_root, foreign_draft):
        url = f"/admin/pages/{own_page.pk}/move/{destination.pk}/confirm/"
        response = client.get(url)
        assert_refused(response)
        assert "Birkenau" not in response.content.decode()
        assert_refused(client.post(url))
    bulk_move = f"/admin/bulk/wagtailcore/page/move/?id={own_page.pk}"
    for destination in (foreign_root, foreign_draft):
        response = client.post(bulk_move, {"chooser": destination.pk})
        assert_refused(response)
        assert SECRET not in response.content.decode()
    own_page.refresh_from_db()
    assert own_page.get_parent().pk == root_page(municipality).pk

    copy_url = f"/admin/pages/{own_page.pk}/copy/"
    for destination in (foreign_root, foreign_draft):
        response = client.post(copy_url, {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": destination.pk})
        assert_refused(response)
        assert SECRET not in response.content.decode()
    assert not Page.objects.filter(slug="kopie").exists()
    for bad in ({}, {"new_parent_page": "abc"}, {"new_parent_page": 999999}):
        assert client.post(copy_url, {"new_title": "Kopie", "new_slug": "kopie", **bad}).status_code == 400
    # Copying inside the own tree still works.
    response = client.post(copy_url, {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": root_page(municipality).pk})
    assert response.status_code == 302
    assert Page.objects.get(slug="kopie").get_parent().pk == root_page(municipality).pk
    # So does moving inside it.
    target = add_content_page(root_page(municipality), title="Ziel", slug="ziel")
    assert client.post(bulk_move, {"chooser": target.pk}).status_code == 302
    own_page.refresh_from_db()
    assert own_page.get_parent().pk == target.pk


def test_page_types_report_counts_only_own_pages(client, editor, platform_admin, foreign_draft, own_page):
    def counts(**params):
        response = client.get("/admin/reports/page-types-usage/results/", params)
        assert response.status_code == 200
        rows = {row.model: (row.count, str(row.last_edited_page)) for row in response.context["object_list"]}
        assert len(rows) == len(response.context["object_list"])  # one row per page type
        return rows, response

    client.force_login(editor)
    rows, response = counts()
    assert rows["contentpage"] == (1, "Aachtal-Sprachkurse")
    assert rows["municipalitypage"][0] == 3  # de, en, ar
    assert "Birkenau" not in response.content.decode()
    assert "Birkenau" not in text(client.get("/admin/reports/page-types-usage/"))
    assert counts(page_locale="en")[0]["municipalitypage"][0] == 1

    client.force_login(platform_admin)
    rows, response = counts()
    assert rows["contentpage"][0] == 2 and rows["municipalitypage"][0] == 6


def test_dashboard_forgets_pages_of_a_municipality_the_user_left(client, editor, other_municipality, foreign_draft, own_page):
    """County staff help a town for a while: what they edited, locked or submitted there leaves
    their dashboard with their role."""
    from wagtail.models import Workflow

    editor.groups.add(other_municipality.moderators_group)
    foreign_draft.save_revision(user=editor, log_action=True)
    own_page.save_revision(user=editor, log_action=True)
    foreign_draft.locked, foreign_draft.locked_by = True, editor
    foreign_draft.save()
    Workflow.objects.get(name="Moderators approval").start(foreign_draft, editor)
    client.force_login(editor)
    assert SECRET in text(client.get("/admin/"))

    editor.groups.remove(other_municipality.moderators_group)
    dashboard = text(client.get("/admin/"))
    assert SECRET not in dashboard
    assert "Aachtal-Sprachkurse" in dashboard


def test_redirects_and_form_submissions_stay_with_platform_admins(client, municipality_admin, platform_admin, municipality):
    """Even where a group was given the redirect permissions in the group editor."""
    for codename in ("add_redirect", "change_redirect", "delete_redirect"):
        municipality.admins_group.permissions.add(Permission.objects.get(codename=codename))
    client.force_login(municipality_admin)
    assert_refused(client.get("/admin/redirects/"))
    assert_refused(client.post("/admin/redirects/add/", {"old_path": "/de/birkenau/", "redirect_link": "https://example.org"}))
    assert not Redirect.objects.exists()
    assert_refused(client.get("/admin/forms/"))
    assert_refused(client.get("/admin/collections/"))
    client.force_login(platform_admin)
    assert client.get("/admin/redirects/").status_code == 200


def test_bulk_actions_name_no_foreign_items(client, editor, other_municipality, municipality, foreign_draft):
    from wagtail.images.models import Image

    from tests.test_isolation import png_file

    foreign = Image.objects.create(title="Birkenau-Bild", file=png_file(), collection=other_municipality.collection)
    own = Image.objects.create(title="Aachtal-Bild", file=png_file("a.png"), collection=municipality.collection)
    client.force_login(editor)
    url = "/admin/bulk/wagtailimages/image/add_to_collection/"
    html = text(client.get(url, {"id": [own.pk, foreign.pk]}))
    assert "Aachtal-Bild" in html and "Birkenau-Bild" not in html
    assert "Birkenau" not in text(client.get("/admin/images/multiple/add/"))  # collections offered: own only
    client.post(f"{url}?id={foreign.pk}", {"collection": municipality.collection.pk})
    foreign.refresh_from_db()
    assert foreign.collection_id == other_municipality.collection_id
    html = text(client.get("/admin/bulk/wagtailcore/page/delete/", {"id": "all", "childOf": foreign_draft.get_parent().pk}))
    assert SECRET not in html


def test_filters_offer_no_people_or_workflows_of_another_municipality(
    client, moderator, other_editor, platform_admin, foreign_draft, own_page, municipality, other_municipality
):
    """Wagtail lists everyone who ever owned, edited, locked or submitted any page, and every workflow."""
    workflow = other_municipality.workflow  # its own review workflow, from onboarding
    workflow.name = "Birkenau-Freigabe"
    workflow.save()
    task = workflow.workflow_tasks.get().task
    task.name = "Birkenau-Pruefung"
    task.save()
    foreign_draft.save_revision(user=other_editor, log_action=True)
    foreign_draft.locked, foreign_draft.locked_by, foreign_draft.owner = True, other_editor, other_editor
    foreign_draft.save()
    workflow.start(foreign_draft, other_editor)
    own_page.save_revision(user=moderator, log_action=True)
    municipality.workflow.start(own_page, moderator)
    urls = [
        f"/admin/pages/{root_page(municipality).pk}/",
        "/admin/pages/usage/home/contentpage/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/site-history/",
    ]
    client.force_login(moderator)
    for url in urls:
        html = text(client.get(url))
        assert "birkenau-editor" not in html and "Birkenau-Freigabe" not in html and "Birkenau-Pruefung" not in html, url
    assert "aachtal-moderator" in text(client.get("/admin/reports/site-history/"))
    assert municipality.workflow.name in text(client.get("/admin/reports/workflow/"))
    client.force_login(platform_admin)
    assert "birkenau-editor" in text(client.get("/admin/reports/site-history/"))
    assert "Birkenau-Freigabe" in text(client.get("/admin/reports/workflow/"))
