"""The links a municipality's live pages contain, with the result of their last check.

One row per municipality and link target; its pages are where it occurs (any language). Internal
targets (a chosen page or document) are stored as `page:<id>` / `document:<id>`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.municipalities.models import Municipality


class Link(models.Model):
    class Kind(models.TextChoices):
        EXTERNAL = "external", _("External address")
        PAGE = "page", _("Page")
        DOCUMENT = "document", _("Document")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="links")
    url = models.CharField(_("address"), max_length=2000)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.EXTERNAL)
    status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=255, blank=True)
    broken = models.BooleanField(_("broken"), default=False)
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    pages = models.ManyToManyField("wagtailcore.Page", related_name="+", verbose_name=_("pages"))

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        constraints = [models.UniqueConstraint(fields=["municipality", "url"], name="linkcheck_unique_url")]
        indexes = [models.Index(fields=["municipality", "broken"])]

    def __str__(self):
        return self.url

    @property
    def target_id(self):
        """The id of an internal link's page or document."""
        return int(self.url.split(":", 1)[1]) if self.kind != self.Kind.EXTERNAL else None


def broken_link_count(municipality):
    """How many links of the municipality's live pages were broken when last checked."""
    return Link.objects.filter(municipality=municipality, broken=True).count()
