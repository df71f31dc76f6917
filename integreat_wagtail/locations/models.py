"""Locations (points of interest) and their categories: core models every plugin may point at.

A location belongs to one municipality. It is translatable through wagtail-localize
(TranslatableMixin): the name, description and accessibility notes are translated; address,
coordinates, opening hours and contact data are synchronised from the source because they must
match the sign on the door in every language. Other models keep a foreign key to any language
version; `localized_map()` picks the right version for a language in one query.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from .opening_hours import OpeningHoursField, default_opening_hours, validate_opening_hours


class LocationCategory(TranslatableMixin, models.Model):
    """Platform-wide category of places (counselling, authority, school…) with an icon and colour."""

    ICONS = [
        ("info", _("Information")),
        ("office", _("Authority")),
        ("counselling", _("Counselling")),
        ("health", _("Health")),
        ("school", _("Education")),
        ("language", _("Language")),
        ("leisure", _("Leisure")),
        ("house", _("Housing")),
        ("work", _("Work")),
        ("food", _("Food and shopping")),
        ("worship", _("Religion")),
    ]

    name = models.CharField(_("name"), max_length=100)
    icon = models.CharField(_("icon"), max_length=20, choices=ICONS, default="info")
    color = models.CharField(
        _("colour"), max_length=7, default="#1f6f8b",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour like #1f6f8b."))],
    )

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("icon"), FieldPanel("color")])]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("location category")
        verbose_name_plural = _("location categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class OpeningHoursJSONField(models.JSONField):
    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": OpeningHoursField, **kwargs})


class LocationQuerySet(models.QuerySet):
    def in_language(self, municipality, language_code):
        """The municipality's locations in a language, falling back to the source language row."""
        translated_keys = self.model.objects.filter(
            municipality=municipality, locale__language_code=language_code
        ).values("translation_key")
        return self.filter(municipality=municipality).filter(
            Q(locale__language_code=language_code)
            | (Q(locale__language_code=municipality.default_language) & ~Q(translation_key__in=translated_keys))
        )


class Location(TranslatableMixin, index.Indexed, models.Model):
    municipality = models.ForeignKey(
        "municipalities.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE,
        related_name="locations",
    )
    name = models.CharField(_("name"), max_length=200)
    category = models.ForeignKey(
        LocationCategory, verbose_name=_("category"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True, help_text=_("What happens here, in plain words."))
    address = models.CharField(_("street and number"), max_length=250, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True, default="Deutschland")
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    opening_hours = OpeningHoursJSONField(
        _("opening hours"), default=default_opening_hours, blank=True, validators=[validate_opening_hours]
    )
    temporarily_closed = models.BooleanField(_("temporarily closed"), default=False)
    appointment_url = models.URLField(_("appointment booking link"), blank=True)
    barrier_free = models.BooleanField(
        _("barrier-free"), null=True, blank=True, help_text=_("Leave empty when you do not know.")
    )
    accessibility_notes = models.TextField(
        _("accessibility notes"), blank=True, help_text=_("Steps, lift, accessible toilet, hearing loop…")
    )
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LocationQuerySet.as_manager()

    panels = [
        FieldPanel("municipality"),
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("opening_hours"), FieldPanel("temporarily_closed"), FieldPanel("appointment_url")],
            heading=_("Opening hours"),
        ),
        MultiFieldPanel([FieldPanel("barrier_free"), FieldPanel("accessibility_notes")], heading=_("Accessibility")),
        MultiFieldPanel(
            [FieldPanel("website"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])], heading=_("Contact")
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("address"),
        index.SearchField("town"),
        index.FilterField("municipality"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]
        indexes = [models.Index(fields=["municipality", "locale"])]

    def __str__(self):
        return f"{self.name}, {self.town}" if self.town else self.name

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))

    @property
    def one_line_address(self):
        town = " ".join(part for part in (self.postcode, self.town) if part)
        return ", ".join(part for part in (self.address, town) if part)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


def localized_map(locations, language_code):
    """{location id: the location in `language_code` (or itself)} for any language version, in one query."""
    locations = [location for location in locations if location is not None]
    if not locations:
        return {}
    keys = {location.translation_key for location in locations}
    localized = {
        row.translation_key: row
        for row in Location.objects.filter(translation_key__in=keys, locale__language_code=language_code)
        .select_related("category", "locale")
    }
    return {location.pk: localized.get(location.translation_key, location) for location in locations}


def localized_categories(categories, language_code):
    """{category id (any language): category in `language_code`} in one query."""
    if not categories:
        return {}
    by_key = {
        row.translation_key: row
        for row in LocationCategory.objects.filter(
            translation_key__in={category.translation_key for category in categories},
            locale__language_code=language_code,
        )
    }
    return {category.pk: by_key.get(category.translation_key, category) for category in categories}


def locale_for(language_code):
    return Locale.objects.get(language_code=language_code)
