"""Images and documents of another municipality stay out of the admin API, tag suggestions and tag filters."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db


def png_file(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20), "#0b5fa5").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def media(municipality, other_municipality):
    """(own image, foreign image, own document, foreign document), each tagged with its town's tag."""
    own_image = Image.objects.create(title="Own picture", file=png_file("own.png"), collection=municipality.collection)
    foreign_image = Image.objects.create(
        title="Foreign picture", file=png_file("foreign.png"), collection=other_municipality.collection
    )
    own_document = Document.objects.create(
        title="Own leaflet", file=SimpleUploadedFile("own.txt", b"x"), collection=municipality.collection
    )
    foreign_document = Document.objects.create(
        title="Foreign leaflet", file=SimpleUploadedFile("foreign.txt", b"x"), collection=other_municipality.collection
    )
    for item, tag in ((own_image, "aachtalfest"), (own_document, "aachtalamt"),
                      (foreign_image, "birkenfest"), (foreign_document, "birkenamt")):
        item.tags.add(tag)
    return own_image, foreign_image, own_document, foreign_document


def test_admin_api_lists_and_serves_only_own_media(client, editor, platform_admin, media):
    own_image, foreign_image, own_document, foreign_document = media
    client.force_login(editor)
    for endpoint, own, foreign in (("images", own_image, foreign_image), ("documents", own_document, foreign_document)):
        listing = client.get(f"/admin/api/main/{endpoint}/").json()
        assert [item["id"] for item in listing["items"]] == [own.pk], endpoint
        assert client.get(f"/admin/api/main/{endpoint}/{own.pk}/").status_code == 200
        assert client.get(f"/admin/api/main/{endpoint}/{foreign.pk}/").status_code == 404
        searched = client.get(f"/admin/api/main/{endpoint}/", {"search": foreign.title}).json()
        assert foreign.pk not in [item["id"] for item in searched["items"]]
    client.force_login(platform_admin)
    assert client.get(f"/admin/api/main/images/{foreign_image.pk}/").status_code == 200


def test_tag_autocomplete_suggests_only_tags_of_own_media(client, editor, platform_admin, media):
    client.force_login(editor)
    for url in ("/admin/tag-autocomplete/", "/admin/tag-autocomplete/taggit/tag/"):
        assert client.get(url, {"term": "aachtal"}).json() == ["aachtalamt", "aachtalfest"]
        assert client.get(url, {"term": "birken"}).json() == []
    client.force_login(platform_admin)
    assert client.get("/admin/tag-autocomplete/", {"term": "birken"}).json() == ["birkenamt", "birkenfest"]


def test_tag_filters_of_media_listings_and_image_chooser_name_only_own_tags(client, editor, platform_admin, media):
    client.force_login(editor)
    for url, own_tag in (("/admin/images/", "aachtalfest"), ("/admin/documents/", "aachtalamt"),
                         ("/admin/images/chooser/", "aachtalfest")):
        html = client.get(url).content.decode()
        assert own_tag in html and "birken" not in html, url
    client.force_login(platform_admin)
    assert "birkenfest" in client.get("/admin/images/").content.decode()
