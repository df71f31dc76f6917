"""Simple illustrations drawn locally with Pillow (the demo downloads nothing)."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

PALETTE = {
    "arrival": ("#0b5fa5", "#ffd166"),
    "office": ("#3d405b", "#f2cc8f"),
    "house": ("#2a9d8f", "#e9c46a"),
    "work": ("#264653", "#f4a261"),
    "language": ("#6d597a", "#eaac8b"),
    "health": ("#b5179e", "#f1faee"),
    "school": ("#118ab2", "#06d6a0"),
    "counselling": ("#8338ec", "#ffbe0b"),
    "leisure": ("#2b9348", "#d9ed92"),
    "emergency": ("#b00020", "#ffffff"),
}


def draw(key, size=(960, 540)):
    """A flat landscape-style picture in the topic's colours: sun, hills and a house."""
    background, accent = PALETTE.get(key, ("#0b5fa5", "#ffd166"))
    picture = PILImage.new("RGB", size, background)
    pen = ImageDraw.Draw(picture)
    width, height = size
    pen.ellipse((width * 0.7, height * 0.1, width * 0.85, height * 0.37), fill=accent)
    pen.polygon([(0, height), (width * 0.35, height * 0.55), (width * 0.7, height)], fill="#ffffff30")
    pen.polygon([(width * 0.3, height), (width * 0.65, height * 0.6), (width, height)], fill=accent)
    pen.rectangle((width * 0.15, height * 0.6, width * 0.3, height * 0.85), fill="#ffffff")
    pen.polygon([(width * 0.13, height * 0.6), (width * 0.225, height * 0.48), (width * 0.32, height * 0.6)], fill=accent)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer


def demo_image(key, collection):
    """The demo image for a topic key in a collection, created once."""
    title = f"Illustration: {key}"
    image = Image.objects.filter(title=title, collection=collection).first()
    if image is None:
        image = Image(title=title, collection=collection)
        image.file = ImageFile(draw(key), name=f"demo-{key}.png")
        image.save()
    return image
