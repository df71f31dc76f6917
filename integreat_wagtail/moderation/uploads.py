"""Image uploads checked by content (Pillow), never by file name, and re-encoded before storage.

Re-encoding drops metadata (EXIF GPS positions, camera serials) and anything appended to the
image data, so what is stored and served is a plain picture.
"""

import io
import uuid
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# For serving stored copies by extension (mimetypes of slim images does not know WebP).
CONTENT_TYPES = {extension: f"image/{name.lower()}" for name, extension in ALLOWED_FORMATS.items()}


def limits():
    configured = getattr(settings, "INTEGREAT_UPLOAD_LIMITS", {})
    return {
        "max_bytes": configured.get("max_bytes", 5 * 1024 * 1024),
        "max_dimension": configured.get("max_dimension", 8000),
        "max_pixels": configured.get("max_pixels", 40_000_000),
        "stored_dimension": configured.get("stored_dimension", 1600),
    }


def validate_image(upload):
    """Raise ValidationError unless `upload` is a JPEG/PNG/WebP within the size limits."""
    limit = limits()
    if upload.size > limit["max_bytes"]:
        raise ValidationError(
            _("The file is too large (%(size)s). The maximum is %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(limit["max_bytes"])},
            code="file_too_large",
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image_format = image.format
                width, height = image.size
                image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as error:
        raise ValidationError(_("This file is not a valid image."), code="invalid_image") from error
    finally:
        upload.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Images must be JPEG, PNG or WebP, not %(format)s.") % {"format": image_format}, code="invalid_format"
        )
    if max(width, height) > limit["max_dimension"] or width * height > limit["max_pixels"]:
        raise ValidationError(
            _("The image is too large (%(width)s×%(height)s pixels).") % {"width": width, "height": height},
            code="image_too_large",
        )
    return image_format


def sanitised_image(upload, prefix="upload"):
    """A re-encoded copy (orientation applied, metadata dropped, at most stored_dimension px)."""
    limit = limits()
    upload.seek(0)
    with Image.open(upload) as image:
        image_format = image.format
        image = ImageOps.exif_transpose(image)
        image.thumbnail((limit["stored_dimension"], limit["stored_dimension"]))
        output = io.BytesIO()
        if image_format == "PNG":
            image.save(output, "PNG", optimize=True)
        elif image_format == "WEBP":
            image.save(output, "WEBP", quality=85)
        else:
            image_format = "JPEG"
            image.convert("RGB").save(output, "JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name=f"{prefix}-{uuid.uuid4().hex}.{ALLOWED_FORMATS[image_format]}")


class ImageUploadField(forms.FileField):
    """A form field accepting only real images; cleaned value is the original upload."""

    default_error_messages = {"invalid_image": _("This file is not a valid image.")}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload and hasattr(upload, "size") and upload is not initial:
            validate_image(upload)
        return upload
