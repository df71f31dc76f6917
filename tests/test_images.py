"""Images in content: WebP with a JPEG fallback, responsive widths, dimensions and lazy loading."""

import io
import re

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from tests.factories import add_content_page, root_page


def test_image_block_renders_webp_with_fallback(client, municipality):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 600), "#2a9d8f").save(buffer, "PNG")
    image = Image(title="Rathaus", collection=municipality.collection)
    image.file = ImageFile(buffer, name="rathaus.png")
    image.save()
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "Das Rathaus", "caption": ""}}]
    page = add_content_page(root_page(municipality), title="Rathaus", slug="rathaus", body=body)
    html = client.get(page.url).content.decode()
    picture = html[html.index("<picture"): html.index("</picture>")]
    assert 'type="image/webp"' in picture
    assert 'alt="Das Rathaus"' in picture and 'loading="lazy"' in picture
    assert re.search(r'<img [^>]*src="[^"]+\.jpg"', picture), picture  # the fallback for browsers without WebP
    assert 'width="' in picture and 'height="' in picture and "400w" in picture
