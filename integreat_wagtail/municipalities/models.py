"""The municipality: the unit of tenancy. Its site tree, groups, media and plugins hang off it."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from integreat_wagtail import languages
from integreat_wagtail.plugins.gate import is_enabled, plugins_for

from . import roles

from .validators import validate_language_codes, validate_postal_codes, validate_time_zone


class MunicipalityQuerySet(models.QuerySet):
    def public(self):
        """The municipalities readers may find: not the platform templates, which only seed new ones."""
        return self.filter(is_template=False)

    def with_plugin(self, key):
        """Municipalities where the plugin is switched on (for jobs and e-mails)."""
        return [municipality for municipality in self if is_enabled(municipality, key)]

    def for_user(self, user, role_keys=roles.ALL_ROLES):
        """The municipalities where a user holds one of the roles: all for platform admins."""
        if user.is_superuser:
            return self
        group_ids = user.groups.values_list("id", flat=True)
        query = models.Q(pk__in=[])
        for key in role_keys:
            query |= models.Q(**{f"{roles.get(key).group_field}__in": group_ids})
        return self.filter(query).distinct()


class Municipality(models.Model):
    class Kind(models.TextChoices):
        CITY = "city", _("City or town")
        COUNTY = "county", _("County")
        DISTRICT = "district", _("District")

    class Publishing(models.TextChoices):
        DIRECT = "direct", _("Publish directly: editors publish their pages themselves")
        REVIEW = "review", _("Review by the municipality's moderators: editors submit pages for approval")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=_("Used in URLs: /de/<slug>/"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.CITY)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent county"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        limit_choices_to={"kind": Kind.COUNTY},
    )
    language_codes = models.JSONField(
        _("languages"), default=list, validators=[validate_language_codes], help_text=_("In display order.")
    )
    default_language = models.CharField(
        _("default language"), max_length=10, help_text=_("The source language editors write in.")
    )
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Berlin", validators=[validate_time_zone])
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    postal_codes = models.CharField(
        _("postal codes"), max_length=500, blank=True, validators=[validate_postal_codes],
        help_text=_("Separated by spaces."),
    )
    emergency_numbers = models.JSONField(
        _("emergency numbers"), default=list, blank=True,
        help_text=_('List of {"label": …, "number": …}, shown on every page.'),
    )
    enabled_plugins = models.JSONField(_("enabled plugins"), default=list, blank=True)
    review_interval_days = models.PositiveIntegerField(
        _("review interval (days)"), default=365, help_text=_("Pages not reviewed for this long are flagged.")
    )
    publishing = models.CharField(
        _("publishing"), max_length=10, choices=Publishing.choices, default=Publishing.REVIEW,
        help_text=_("Whether editors publish themselves or the municipality's moderators and admins approve first."),
    )
    machine_translation_budget = models.PositiveIntegerField(
        _("machine translation budget (characters per month)"), null=True, blank=True,
        help_text=_("Empty: the platform default (MT_MONTHLY_CHARACTER_BUDGET). 0: unlimited."),
    )
    workflow = models.OneToOneField(
        "wagtailcore.Workflow", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Its own review workflow, assigned to its pages while publishing is by review."),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", null=True, blank=True, on_delete=models.SET_NULL, related_name="municipality"
    )
    editors_group = models.OneToOneField(Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    moderators_group = models.OneToOneField(Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    admins_group = models.OneToOneField(Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    event_managers_group = models.OneToOneField(
        Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    observers_group = models.OneToOneField(Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    is_template = models.BooleanField(
        _("platform template"), default=False,
        help_text=_(
            "A tree the platform maintains for new municipalities to start from: hidden from readers, "
            "the API, the sitemap and search."
        ),
    )
    site = models.OneToOneField("wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.language_codes and self.default_language not in self.language_codes:
            raise ValidationError({"default_language": _("The default language must be one of its languages.")})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A municipality cannot be its own parent.")})

    @property
    def languages(self):
        """Language registry entries of this municipality, in its display order."""
        return [languages.get(code) for code in self.language_codes if languages.get(code)]

    # The admin's listing and inspect view show these instead of the stored lists and codes.
    def get_language_codes_display(self):
        return ", ".join(language.native_name for language in self.languages)

    def get_default_language_display(self):
        language = languages.get(self.default_language)
        return language.native_name if language else self.default_language

    def get_enabled_plugins_display(self):
        return ", ".join(str(config.verbose_name) for config in plugins_for(self)) or "–"

    def offers_language(self, code):
        return code in self.language_codes

    def emergency_numbers_in(self, code):
        """Emergency numbers with labels in language `code` (falling back to the default language)."""
        entries = []
        for entry in self.emergency_numbers or ():
            label = entry.get("label", "")
            if isinstance(label, dict):
                label = label.get(code) or label.get(self.default_language) or next(iter(label.values()), "")
            entries.append({"label": label, "number": entry.get("number", "")})
        return entries

    def postal_code_list(self):
        return self.postal_codes.split()

    @property
    def publishes_directly(self):
        return self.publishing == self.Publishing.DIRECT

    def group_for(self, role_key):
        """The municipality's group for a role ("editors", "observers", …)."""
        return getattr(self, roles.get(role_key).group_field)

    def page_for_language(self, code):
        """The municipality's root page in that language, or None."""
        return self.pages.filter(locale__language_code=code).first()
