"""Admin form widget of housing photos."""

from django import forms
from django.urls import reverse


class _AdminPhotoLink:
    def __init__(self, url, name):
        self.url, self.name = url, name

    def __str__(self):
        return self.name


class AdminPhotoInput(forms.ClearableFileInput):
    """Links the current photo to the admin photo view: private storage has no usable URL."""

    def format_value(self, value):
        value = super().format_value(value)
        photo = getattr(value, "instance", None)
        if photo is None or photo.pk is None:
            return value
        return _AdminPhotoLink(reverse("housing_offers:photo", args=[photo.offer_id, photo.pk]), value.name)
