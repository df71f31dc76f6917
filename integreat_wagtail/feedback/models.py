"""What readers tell a municipality, anonymously: "was this helpful?" and searches that found nothing.

Nothing here identifies a person: no IP address, no user, no session, no user agent. A comment is
free text the reader chose to write; editors read it, nothing else is kept.
"""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.municipalities.models import Municipality


class Feedback(models.Model):
    class Kind(models.TextChoices):
        PAGE = "page", _("Page")
        EVENT = "event", _("Event")
        SEARCH = "search", _("Search")
        REGION = "region", _("Municipality (general)")
        OFFER = "offer", _("Offer")
        IMPRINT = "imprint", _("Imprint")
        MAP = "map", _("Map")
        APP = "app", _("App")

    class Rating(models.TextChoices):
        UP = "up", _("Helpful")
        DOWN = "down", _("Not helpful")

    COMMENT_MAX_LENGTH = 1000

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="feedback"
    )
    language = models.CharField(_("language"), max_length=10)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("about"), max_length=10, choices=Kind.choices, default=Kind.PAGE)
    object_ref = models.CharField(
        _("reference"), max_length=200, blank=True,
        help_text=_("What the feedback is about when it is not a page: an event id, a search query, an offer key."),
    )
    rating = models.CharField(_("rating"), max_length=4, choices=Rating.choices, blank=True)
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    read = models.BooleanField(_("read"), default=False)
    # Dealt with: kept for the figures (impact reports count it), out of the editors' way.
    archived = models.BooleanField(_("archived"), default=False)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["municipality", "read", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~(models.Q(rating="") & models.Q(comment="")), name="feedback_rating_or_comment"
            )
        ]

    def __str__(self):
        target = self.page.title if self.page_id and self.page else (self.object_ref or self.get_kind_display())
        return f"{self.get_rating_display() or '—'}: {target}"


class NoResultQuery(models.Model):
    """A search with no results, counted per municipality and language: shows what is missing."""

    QUERY_MAX_LENGTH = 100

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="no_result_queries"
    )
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("search words"), max_length=QUERY_MAX_LENGTH)
    count = models.PositiveIntegerField(_("times searched"), default=0)
    first_seen = models.DateTimeField(_("first searched"), default=timezone.now)
    last_seen = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        ordering = ["-count", "-last_seen"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "language", "query"], name="unique_no_result_query")
        ]

    def __str__(self):
        return f"{self.query} ({self.count})"

    @classmethod
    def normalise(cls, query):
        """Lower-cased, whitespace-collapsed, cut to length: "Kita  Anmeldung" and "kita anmeldung" count once."""
        return " ".join(query.lower().split())[: cls.QUERY_MAX_LENGTH]

    @classmethod
    def record(cls, municipality, language, query):
        """Count one more search for `query` (atomic increment; safe with concurrent readers)."""
        query = cls.normalise(query)
        if not query:
            return None
        now = timezone.now()
        entry, created = cls.objects.get_or_create(
            municipality=municipality, language=language, query=query, defaults={"count": 1, "first_seen": now, "last_seen": now}
        )
        if not created:
            cls.objects.filter(pk=entry.pk).update(count=F("count") + 1, last_seen=now)
        return entry
