"""Organizations (a counselling service, an NGO) that maintain their own pages in a municipality."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.municipalities.roles import ORGANIZATION_MEMBERS
from integreat_wagtail.municipalities.services import create_group


class Organization(models.Model):
    """Its members (one Django group, created with it) edit only the pages it owns (`OrganizationPageMixin`)."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE,
        related_name="organizations",
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=60)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("An image from the municipality's media."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    members_group = models.OneToOneField(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="organization"
    )

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["municipality__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "slug"], name="organization_slug_unique_per_municipality",
                violation_error_message=_("This municipality already has an organization with this slug."),
            )
        ]

    def __str__(self):
        return self.name

    @property
    def group_name(self):
        """Unique (slugs are unique per municipality) and within Group.name's 150 characters."""
        return f"{self.municipality.slug}/{self.slug}: Organization {ORGANIZATION_MEMBERS.group_name}"

    def save(self, *args, **kwargs):
        """The members' group is created with the organization and renamed with its slug."""
        if self.members_group is None:
            self.members_group = create_group(self.group_name, ORGANIZATION_MEMBERS, self.municipality.collection)
        elif self.members_group.name != self.group_name:
            self.members_group.name = self.group_name
            self.members_group.save(update_fields=["name"])
        super().save(*args, **kwargs)

    @property
    def members(self):
        if self.members_group is None:
            return get_user_model().objects.none()
        return self.members_group.user_set.order_by("username")

    def member_list(self):
        """For the inspect view: who maintains the organization's pages."""
        return ", ".join(user.get_username() for user in self.members) or "–"

    member_list.short_description = _("members")


class OrganizationPageMixin(models.Model):
    """For page types: the organization that owns the page. Its members may edit it and its subpages.

    The page class provides `municipality`; the organization must be one of that municipality's.
    The value is the same in every language (synchronized, not overridable in translations).
    """

    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its members may edit this page and its subpages. Set on the page in the source language."),
    )

    # False for a municipality's root page: its members would edit the whole tree.
    organization_may_own = True

    class Meta:
        abstract = True
