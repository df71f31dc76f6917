"""An editor of one municipality never reads or changes another's pages, media or settings."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.factories import add_content_page, assert_refused, root_page


def png_file(name="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20), "#0b5fa5").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def pages(municipality, other_municipality):
    return add_content_page(root_page(municipality), slug="own"), add_content_page(root_page(other_municipality), slug="foreign")


def test_pages_of_another_municipality_are_refused(client, editor, pages, other_municipality):
    own, foreign = pages
    client.force_login(editor)
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert_refused(client.get(f"/admin/pages/{foreign.pk}/edit/"))
    before = foreign.title
    assert_refused(client.post(f"/admin/pages/{foreign.pk}/edit/", {"title": "Hacked", "slug": "foreign"}))
    foreign.refresh_from_db()
    assert foreign.title == before
    assert_refused(client.get(f"/admin/pages/{foreign.pk}/delete/"))
    assert_refused(client.get(f"/admin/pages/add/home/contentpage/{root_page(other_municipality).pk}/"))
    for code in other_municipality.language_codes:
        assert_refused(client.get(f"/admin/pages/add/home/contentpage/{root_page(other_municipality, code).pk}/"))


def test_editor_may_add_pages_in_every_language_of_own_municipality(client, editor, municipality):
    client.force_login(editor)
    for code in municipality.language_codes:
        assert client.get(f"/admin/pages/add/home/contentpage/{root_page(municipality, code).pk}/").status_code == 200


def test_editor_cannot_publish_but_moderator_can(client, editor, moderator, pages):
    own, _ = pages
    client.force_login(editor)
    html = client.get(f"/admin/pages/{own.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html
    client.force_login(moderator)
    assert 'name="action-publish"' in client.get(f"/admin/pages/{own.pk}/edit/").content.decode()


def test_images_and_documents_are_scoped_by_collection(client, editor, other_editor, municipality, other_municipality):
    own = Image.objects.create(title="Own", file=png_file(), collection=municipality.collection)
    foreign = Image.objects.create(title="Foreign", file=png_file("f.png"), collection=other_municipality.collection)
    foreign_doc = Document.objects.create(
        title="Foreign doc", file=SimpleUploadedFile("f.txt", b"x"), collection=other_municipality.collection
    )
    client.force_login(editor)
    listing = client.get("/admin/images/").content.decode()
    assert "Own" in listing and "Foreign" not in listing
    assert_refused(client.get(f"/admin/images/{foreign.pk}/"))
    assert_refused(client.post(f"/admin/images/{foreign.pk}/delete/"))
    assert Image.objects.filter(pk=foreign.pk).exists()
    chooser = client.get("/admin/images/chooser/").content.decode()
    assert "Own" in chooser and "Foreign" not in chooser
    assert_refused(client.get(f"/admin/documents/edit/{foreign_doc.pk}/"))
    assert "Foreign doc" not in client.get("/admin/documents/").content.decode()
    # An upload naming another municipality's collection lands in the editor's own: the form offers
    # no choice to someone who may add to one collection only, and ignores the posted one.
    response = client.post(
        "/admin/images/add/", {"title": "Sneaky", "file": png_file("s.png"), "collection": other_municipality.collection.pk}
    )
    assert response.status_code == 302 and response.url == "/admin/images/"
    assert Image.objects.get(title="Sneaky").collection == municipality.collection


def test_group_and_user_admin_is_not_open_to_municipality_staff(client, municipality_admin):
    client.force_login(municipality_admin)
    for url in ("/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/locales/", "/admin/plugins/"):
        assert_refused(client.get(url))


def test_dashboard_counts_only_own_pages(client, editor, pages, municipality, platform_admin):
    """Wagtail would count the whole platform (the explorable root of municipality staff is the tree root)."""
    from wagtail.models import Page

    def counted(user):
        client.force_login(user)
        html = client.get("/admin/").content.decode()
        return int(re.search(r"(\d+)\s+(?:Pages|Seiten)\b", html).group(1))

    own = sum(Page.objects.descendant_of(page, inclusive=True).count() for page in municipality.pages.all())
    assert counted(editor) == own < Page.objects.count() - 1
    assert counted(platform_admin) == Page.objects.count() - 1
