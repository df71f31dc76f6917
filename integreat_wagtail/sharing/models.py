"""What one municipality shares with others, and what the others took from it.

A `Share` opens one page (or its subtree) of a municipality to an audience for reading. A `Reuse`
is one page another municipality took from a share, as a mirror (kept equal to the source on every
publish, read-only) or as a copy (its own from then on, but it remembers the source's revisions it
was made from, to tell its editors when the original changed). Pages are named by translation key,
so one row covers every language of a page.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.municipalities.models import Municipality


class ShareQuerySet(models.QuerySet):
    def visible_to(self, municipality):
        """Shares another municipality opened to this one: its county's, its neighbours' in the county,
        its towns' (for a county), those naming it, and the platform-wide ones."""
        region = Q(municipality__parent=municipality)
        if municipality.parent_id:
            region |= Q(municipality_id=municipality.parent_id) | Q(municipality__parent_id=municipality.parent_id)
        return (
            self.filter(
                Q(audience=Share.Audience.PLATFORM)
                | Q(audience=Share.Audience.CHOSEN, recipients=municipality)
                | (Q(audience=Share.Audience.REGION) & region)
            )
            .exclude(municipality=municipality)
            .distinct()
        )


class Share(models.Model):
    class Audience(models.TextChoices):
        REGION = "region", _("Our county and its towns")
        CHOSEN = "chosen", _("Chosen municipalities")
        PLATFORM = "platform", _("Every municipality on the platform")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="shares")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    include_subpages = models.BooleanField(_("with its subpages"), default=True)
    audience = models.CharField(_("shared with"), max_length=10, choices=Audience.choices, default=Audience.REGION)
    recipients = models.ManyToManyField(Municipality, blank=True, related_name="shares_received", verbose_name=_("municipalities"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ShareQuerySet.as_manager()

    class Meta:
        verbose_name = _("shared page")
        verbose_name_plural = _("shared pages")
        constraints = [models.UniqueConstraint(fields=["page"], name="sharing_one_share_per_page")]

    def __str__(self):
        return str(self.page.title)

    def covers(self, page):
        """Whether a page (any language) is this share's page or, with subpages, below it."""
        source = self.page
        if page.translation_key == source.translation_key:
            return True
        if not self.include_subpages:
            return False
        root = source.get_translation_or_none(page.locale)
        return root is not None and page.path.startswith(root.path) and page.depth > root.depth


class Reuse(models.Model):
    class Kind(models.TextChoices):
        MIRROR = "mirror", _("Mirror")
        COPY = "copy", _("Copy")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Current")
        UNSHARED = "unshared", _("No longer shared")
        SOURCE_DELETED = "deleted", _("Original deleted")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    share = models.ForeignKey(Share, null=True, blank=True, on_delete=models.SET_NULL, related_name="reuses")
    source_municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="reused_by_others")
    source_translation_key = models.UUIDField(db_index=True)
    source_title = models.CharField(max_length=255, help_text=_("Kept to name the original after it is deleted."))
    target_municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="reuses")
    target_translation_key = models.UUIDField(unique=True)
    # Copies: {language code: id of the source's live revision the copy was made from or last compared with}.
    source_revisions = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reused page")
        verbose_name_plural = _("reused pages")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.source_title}"

    @property
    def is_live_mirror(self):
        return self.kind == self.Kind.MIRROR and self.status == self.Status.ACTIVE
