"""Topic tiles in the apps: `thumbnail` of every page is an absolute URL of a picture the app can
load, at integreat-cms's 150×150 (a Wagtail rendition of the page's thumbnail image), or the
page's icon as SVG."""

import re

from django.core.files.storage import default_storage
from PIL import Image as PILImage

from tests.factories import make_image

from .test_v3_contract import get


def test_page_thumbnails_are_absolute_150px_renditions_or_icons(client, site):
    arrival = site["arrival"]
    arrival.thumbnail = make_image("Ankommen", size=(960, 540))
    arrival.save_revision().publish()
    pages = {page["id"]: page for page in get(client, "/api/v3/aachtal/de/pages/", 200)}
    thumbnail = pages[arrival.pk]["thumbnail"]
    assert re.fullmatch(r"http://testserver/media/images/ankommen[^/]*\.fill-150x150[^/]*\.png", thumbnail), thumbnail
    with default_storage.open(thumbnail.removeprefix("http://testserver/media/")) as file:
        assert PILImage.open(file).size == (150, 150)
    # Without a picture: the icon the page shows, as an SVG file the app can load.
    registration = pages[site["registration"].pk]["thumbnail"]
    assert registration == f"http://testserver/icons/{site['registration'].icon}.svg"
    assert client.get(registration.removeprefix("http://testserver"))["Content-Type"] == "image/svg+xml"


def test_thumbnails_follow_the_public_base_url(client, site, settings):
    settings.INTEGREAT_PUBLIC_BASE_URL = "https://integreat.example.org"
    arrival = site["arrival"]
    arrival.thumbnail = make_image("Ankommen")
    arrival.save_revision().publish()
    page = get(client, f"/api/v3/aachtal/de/page/?id={arrival.pk}")
    assert page["thumbnail"].startswith("https://integreat.example.org/media/images/")
    children = get(client, f"/api/v3/aachtal/de/children/?id={arrival.pk}")
    assert children[0]["thumbnail"] == page["thumbnail"]
