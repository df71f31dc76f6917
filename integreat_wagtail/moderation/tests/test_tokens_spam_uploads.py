import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from integreat_wagtail.moderation import spam, tokens, uploads


def image_bytes(fmt="JPEG", size=(40, 30), exif=False):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, "teal")
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # Make
        kwargs["exif"] = data
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_token_hash_and_compare():
    token = tokens.new_token()
    stored = tokens.hash_token(token)
    assert len(token) >= 40 and stored != token and len(stored) == 64
    assert tokens.token_matches(stored, token)
    assert not tokens.token_matches(stored, token[:-1] + ("A" if token[-1] != "A" else "B"))
    assert not tokens.token_matches("", "")
    assert not tokens.token_matches(stored, "x" * 5000)


def test_honeypot():
    class Form(spam.HoneypotFormMixin):
        pass

    assert not Form(data={"website": ""}).is_bot()
    assert Form(data={"website": "http://spam"}).is_bot()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_real_images_pass(fmt):
    assert uploads.validate_image(upload(f"x.{fmt.lower()}", image_bytes(fmt))) == fmt


@pytest.mark.parametrize(
    "content",
    [b"<?php system($_GET['c']); ?>", b"GIF89a" + b"\0" * 20, b"\xff\xd8\xff\xe0garbage-after-jpeg-magic", b""],
)
def test_non_images_disguised_as_jpeg_are_refused(content):
    with pytest.raises(ValidationError):
        uploads.ImageUploadField().clean(upload("holiday.jpg", content))


def test_gif_is_refused_even_though_pillow_reads_it():
    buffer = io.BytesIO()
    Image.new("P", (10, 10)).save(buffer, "GIF")
    with pytest.raises(ValidationError) as refused:
        uploads.validate_image(upload("a.jpg", buffer.getvalue()))
    assert refused.value.code == "invalid_format"


def test_oversized_file_and_dimensions(settings):
    settings.INTEGREAT_UPLOAD_LIMITS = {"max_bytes": 1000, "max_dimension": 100}
    with pytest.raises(ValidationError) as refused:
        uploads.validate_image(upload("a.jpg", image_bytes(size=(60, 60)) + b"\0" * 2000))
    assert refused.value.code == "file_too_large"
    with pytest.raises(ValidationError) as refused:
        uploads.validate_image(upload("a.png", image_bytes("PNG", size=(101, 5))))
    assert refused.value.code == "image_too_large"


def test_sanitised_copy_drops_metadata_and_is_scaled(settings):
    settings.INTEGREAT_UPLOAD_LIMITS = {"stored_dimension": 20}
    original = image_bytes(exif=True)
    assert b"SecretCam" in original
    copy = uploads.sanitised_image(upload("a.jpg", original), prefix="flat")
    data = copy.read()
    assert b"SecretCam" not in data
    assert copy.name.startswith("flat-") and copy.name.endswith(".jpg")
    assert max(Image.open(io.BytesIO(data)).size) == 20
