"""Aggregated figures for impact reporting: how often pages were read and what readers searched.

Nothing here identifies a reader: a row is a counter per municipality, page (or API resource),
language and day. No IP address, cookie, user agent or time of day is stored. The counters are
written in bulk by `counting.py`, never one request at a time; two workers flushing at once may
each add a row for the same key, which is harmless because every figure is a sum.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.municipalities.models import Municipality


class ReadCount(models.Model):
    """How often a page (site) or an API resource (apps) was read in one language on one day."""

    class Channel(models.TextChoices):
        SITE = "site", _("Website")
        APP = "app", _("Apps (API)")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=10)
    channel = models.CharField(_("channel"), max_length=4, choices=Channel.choices)
    # The API resource read ("pages", "page", "events"…); "" for pages of the website.
    resource = models.CharField(_("resource"), max_length=40, blank=True)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("read count")
        verbose_name_plural = _("read counts")
        indexes = [models.Index(fields=["municipality", "day"])]


class SearchCount(models.Model):
    """How often a (normalised) query was searched in one language on one day, and how often it found nothing."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("search words"), max_length=100)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    without_results = models.PositiveIntegerField(_("without results"), default=0)

    class Meta:
        verbose_name = _("search count")
        verbose_name_plural = _("search counts")
        indexes = [models.Index(fields=["municipality", "day"])]


class ImpactNarrative(models.Model):
    """The municipality's own words for its yearly impact report (platform admins write the platform's: no municipality)."""

    municipality = models.ForeignKey(Municipality, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    outputs = models.TextField(_("what we did"), blank=True, help_text=_("Pages written, languages added, events held…"))
    outcomes = models.TextField(
        _("what changed for newcomers"), blank=True, help_text=_("Stories, feedback from counselling services, next steps.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("impact narrative")
        verbose_name_plural = _("impact narratives")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "year"], name="unique_impact_narrative"),
            models.UniqueConstraint(
                fields=["year"], condition=models.Q(municipality__isnull=True), name="unique_platform_impact_narrative"
            ),
        ]
