"""Housing offers, their translations and photos, the per-municipality settings and the index page.

Why not TranslatableMixin for offers: a wagtail-localize translation is a full copy of the row per
locale, so the landlord's private data, moderation state and numbers would exist once per
language (and every copy would have to be purged and kept in sync). Here an offer is ONE row in
the landlord's language; `HousingOfferTranslation` holds only title and description per language,
flagged when a machine made it (the listing labels those), editable by moderators in the admin.
"""

import logging
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page

from home.models import TrustedPage
from integreat_wagtail.core.storage import private_storage
from integreat_wagtail.moderation.models import ModeratedSubmission, ModerationSettings, SubmissionTranslation
from integreat_wagtail.plugins.pages import PluginPageMixin, index_page
from integreat_wagtail.translations.budget import BudgetExhausted, charged

from .widgets import AdminPhotoInput

logger = logging.getLogger(__name__)


class HousingSettings(models.Model):
    """Per-municipality housing settings (kept here so the core Municipality stays plugin-free)."""

    municipality = models.OneToOneField(
        "municipalities.Municipality", on_delete=models.CASCADE, related_name="housing_settings",
        verbose_name=_("municipality"),
    )
    currency = models.CharField(
        _("currency"), max_length=3, default="EUR",
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Use a three-letter ISO 4217 code such as EUR or CHF."))],
    )
    expiry_days = models.PositiveSmallIntegerField(
        _("offers expire after (days)"), default=60, validators=[MinValueValidator(7), MaxValueValidator(365)]
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("remind landlords (days before expiry)"), default=7, validators=[MinValueValidator(1), MaxValueValidator(60)]
    )
    retention_days = models.PositiveSmallIntegerField(
        _("delete personal data (days after an offer ends)"), default=30,
        validators=[MinValueValidator(0), MaxValueValidator(730)],
    )

    panels = [FieldPanel("municipality"), FieldPanel("currency"), FieldRowPanel(
        [FieldPanel("expiry_days"), FieldPanel("reminder_days"), FieldPanel("retention_days")])]

    class Meta:
        verbose_name = _("housing settings")
        verbose_name_plural = _("housing settings")

    def __str__(self):
        return str(_("Housing settings of %(municipality)s") % {"municipality": self.municipality})

    def clean(self):
        if self.reminder_days and self.expiry_days and self.reminder_days >= self.expiry_days:
            raise ValidationError({"reminder_days": _("The reminder must come before the offer expires.")})

    @classmethod
    def for_municipality(cls, municipality):
        """Stored settings or the defaults, memoised on the municipality object."""
        cached = municipality.__dict__.get("_housing_settings")
        if cached is None:
            cached = cls.objects.filter(municipality=municipality).first() or cls(municipality=municipality)
            municipality.__dict__["_housing_settings"] = cached
        return cached


def half_steps(value):
    if value is not None and (Decimal(value) * 2) % 1:
        raise ValidationError(_("Rooms are counted in steps of 0.5."))


class HousingOffer(ModeratedSubmission, ClusterableModel):
    """A rental offer; the landlord's contact stays private until published and as the landlord chose."""

    personal_data_fields = ModeratedSubmission.personal_data_fields + ("street_address",)

    class Contact(models.TextChoices):
        PHONE = "phone", _("Show my phone number")
        EMAIL = "email", _("Show my e-mail address")
        PHONE_EMAIL = "phone_email", _("Show phone number and e-mail address")
        MUNICIPALITY = "municipality", _("Only via the municipality")

    language_code = models.CharField(_("language of the texts"), max_length=10)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), max_length=4000)
    rooms = models.DecimalField(
        _("rooms"), max_digits=3, decimal_places=1,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("20")), half_steps],
    )
    living_area = models.PositiveSmallIntegerField(
        _("living area (m²)"), validators=[MinValueValidator(5), MaxValueValidator(1000)]
    )
    cold_rent = models.DecimalField(
        _("rent without utilities"), max_digits=8, decimal_places=2,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("20000"))],
    )
    additional_costs = models.DecimalField(
        _("utilities and additional costs"), max_digits=8, decimal_places=2, default=0,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("5000"))],
    )
    deposit = models.DecimalField(
        _("deposit"), max_digits=9, decimal_places=2, default=0,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("60000"))],
    )
    available_from = models.DateField(_("available from"))
    available_until = models.DateField(_("limited until"), null=True, blank=True,
                                       help_text=_("Leave empty for an unlimited contract."))
    furnished = models.BooleanField(_("furnished"), default=False)
    floor = models.SmallIntegerField(
        _("floor"), null=True, blank=True, validators=[MinValueValidator(-2), MaxValueValidator(60)],
        help_text=_("0 is the ground floor."),
    )
    step_free = models.BooleanField(_("step-free access (lift or ground floor without steps)"), default=False)
    suitable_singles = models.BooleanField(_("suitable for singles"), default=False)
    suitable_families = models.BooleanField(_("suitable for families"), default=False)
    suitable_shared = models.BooleanField(_("suitable as a shared flat"), default=False)
    district = models.CharField(_("district or neighbourhood"), max_length=100)
    street_address = models.CharField(_("street and house number"), max_length=200, blank=True)
    show_address = models.BooleanField(_("show the exact address publicly"), default=False)
    contact_visibility = models.CharField(
        _("how interested people contact you"), max_length=20, choices=Contact.choices, default=Contact.MUNICIPALITY
    )

    panels = [
        MultiFieldPanel([FieldPanel("municipality"), FieldPanel("language_code"), FieldPanel("title"),
                         FieldPanel("description")], heading=_("Offer")),
        InlinePanel("translations", heading=_("Translations"), label=_("Translation")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("rooms"), FieldPanel("living_area"), FieldPanel("floor")]),
            FieldRowPanel([FieldPanel("cold_rent"), FieldPanel("additional_costs"), FieldPanel("deposit")]),
            FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
            FieldRowPanel([FieldPanel("furnished"), FieldPanel("step_free")]),
            FieldRowPanel([FieldPanel("suitable_singles"), FieldPanel("suitable_families"),
                           FieldPanel("suitable_shared")]),
        ], heading=_("Facts")),
        MultiFieldPanel([FieldPanel("district"), FieldPanel("street_address"), FieldPanel("show_address")],
                        heading=_("Location")),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo"), max_num=6),
        MultiFieldPanel([FieldPanel("submitter_name"), FieldPanel("submitter_email"), FieldPanel("submitter_phone"),
                         FieldPanel("submitter_language"), FieldPanel("contact_visibility")],
                        heading=_("Landlord (private)")),
        FieldPanel("expires_at"),
    ]

    class Meta:
        verbose_name = _("housing offer")
        verbose_name_plural = _("housing offers")
        indexes = [models.Index(fields=["municipality", "status", "expires_at"])]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.available_until and self.available_from and self.available_until < self.available_from:
            errors["available_until"] = _("The end date must be after the start date.")
        if not (self.suitable_singles or self.suitable_families or self.suitable_shared):
            errors["suitable_singles"] = _("Choose at least one group the flat suits.")
        if self.show_address and not self.street_address:
            errors["street_address"] = _("Enter the address or do not choose to show it.")
        if self.contact_visibility in (self.Contact.PHONE, self.Contact.PHONE_EMAIL) and not self.submitter_phone \
                and not self.personal_data_deleted_at:
            errors["submitter_phone"] = _("Enter a phone number to show it.")
        if errors:
            raise ValidationError(errors)

    # --- moderation contract -------------------------------------------------------------
    def get_moderation_settings(self):
        housing = HousingSettings.for_municipality(self.municipality)
        return ModerationSettings(housing.expiry_days, housing.reminder_days, housing.retention_days)

    def _index_page(self):
        return index_page(HousingIndexPage, self.municipality, self.submitter_language, self.municipality.default_language)

    def get_manage_url(self, token):
        page = self._index_page()
        return page.full_url_for("manage", offer_id=self.pk, token=token) if page else None

    def get_public_url(self):
        page = self._index_page()
        return page.full_url_for("detail", offer_id=self.pk) if page else None

    def purge_extra_personal_data(self):
        """Photos may show people or belongings; descriptions may name the landlord: both go."""
        self.photos.all().delete()  # the files follow once the purge commits (delete_photo_file)
        self.description = ""
        self.translations.all().delete()

    @classmethod
    def periodic_maintenance(cls, queryset, *, now, dry_run):
        """Catch up on machine translations that approval could not make (service down, configured later)."""
        live = queryset.live(now).select_related("municipality")
        return {"machine translations": sum(translate_missing(offer, dry_run=dry_run) for offer in live)}

    def on_moderation_event(self, event):
        if event == "approved":
            transaction.on_commit(lambda: translate_missing(self))
        elif event == "resubmitted":
            self.translations.all().delete()  # the source changed: old translations are wrong now

    # --- display --------------------------------------------------------------------------
    @property
    def total_rent(self):
        return (self.cold_rent or 0) + (self.additional_costs or 0)

    def suitable_for_labels(self):
        labels = []
        if self.suitable_singles:
            labels.append(_("Singles"))
        if self.suitable_families:
            labels.append(_("Families"))
        if self.suitable_shared:
            labels.append(_("Shared flat"))
        return labels

    def text_for(self, language_code):
        """(title, description, language_code, machine_translated) in the reader's language if possible."""
        translations = getattr(self, "current_translations", None)
        if translations is None:
            translations = [t for t in self.translations.all() if t.language_code == language_code]
        if language_code != self.language_code:
            for translation in translations:
                if translation.language_code == language_code:
                    return {"title": translation.title, "description": translation.description,
                            "language_code": language_code, "machine": translation.machine_translated,
                            "translated": True}
        return {"title": self.title, "description": self.description, "language_code": self.language_code,
                "machine": False, "translated": False}

    def public_contact(self):
        """What readers see of the landlord once published: exactly what the landlord chose."""
        if not self.is_live or self.personal_data_deleted_at:
            return {}
        if self.contact_visibility == self.Contact.PHONE:
            return {"name": self.submitter_name, "phone": self.submitter_phone}
        if self.contact_visibility == self.Contact.EMAIL:
            return {"name": self.submitter_name, "email": self.submitter_email}
        if self.contact_visibility == self.Contact.PHONE_EMAIL:
            return {"name": self.submitter_name, "phone": self.submitter_phone, "email": self.submitter_email}
        municipality = self.municipality
        return {"name": municipality.contact_name or municipality.name, "phone": municipality.contact_phone,
                "email": municipality.contact_email, "via_municipality": True}


class HousingOfferTranslation(SubmissionTranslation):
    submission = ParentalKey(HousingOffer, on_delete=models.CASCADE, related_name="translations")


def photo_path(instance, filename):
    return f"housing/{filename}"


class HousingPhoto(Orderable):
    """A photo of an offer; stored privately because it exists before moderation (see views.photo)."""

    offer = ParentalKey(HousingOffer, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("photo"), upload_to=photo_path, storage=private_storage, width_field="width",
                              height_field="height")
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    alt_text = models.CharField(
        _("description of the photo"), max_length=200,
        help_text=_("What the photo shows, for people who cannot see it."),
    )

    panels = [FieldPanel("image", widget=AdminPhotoInput), FieldPanel("alt_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")


@receiver(post_delete, sender=HousingPhoto)
def delete_photo_file(sender, instance, **kwargs):
    """Rows go by cascade (offer deleted), purge or removal; the file must not outlive them.

    Deleted after commit, so a rolled-back deletion keeps its photo.
    """
    name, storage = instance.image.name, instance.image.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name), robust=True)


def translate_missing(offer, dry_run=False):
    """Machine-translate title and description into the municipality's other languages.

    Uses wagtail-localize's configured translator (DeepL, LibreTranslate…); without one, nothing
    happens and readers see the original with its language marked. The characters count against
    the municipality's monthly budget. Failures are logged, never raised.
    Returns how many translations were made; with `dry_run`, how many would be attempted.
    """
    from wagtail.models import Locale
    from wagtail_localize.machine_translators import get_machine_translator
    from wagtail_localize.strings import StringValue

    translator = get_machine_translator()
    if translator is None or not offer.is_live:
        return 0
    done = set(offer.translations.values_list("language_code", flat=True))
    created = 0
    for code in offer.municipality.language_codes:
        if code == offer.language_code or code in done:
            continue
        source, target = Locale(language_code=offer.language_code), Locale(language_code=code)
        if not translator.can_translate(source, target):
            continue
        if dry_run:
            created += 1
            continue
        strings = [StringValue.from_plaintext(offer.title), StringValue.from_plaintext(offer.description)]
        try:
            with charged(offer.municipality, sum(len(string.data) for string in strings)):
                result = translator.translate(source, target, strings)
        except BudgetExhausted:
            logger.warning("Machine translation budget of %s used up; housing offer %s not translated", offer.municipality, offer.pk)
            continue
        except Exception:  # noqa: BLE001 - a translation service outage must not break moderation
            logger.exception("Machine translation of housing offer %s into %s failed", offer.pk, code)
            continue
        HousingOfferTranslation.objects.update_or_create(
            submission=offer, language_code=code,
            defaults={"title": result[strings[0]].render_text()[:200],
                      "description": result[strings[1]].render_text()[:6000], "machine_translated": True},
        )
        created += 1
    return created


class HousingIndexPage(PluginPageMixin, RoutablePageMixin, TrustedPage):
    """Listing, detail and landlord form of one municipality's housing offers (one per language)."""

    intro = models.TextField(_("introduction"), blank=True)
    per_page = 12

    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + TrustedPage.trust_panels
    parent_page_types = ["home.MunicipalityPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("housing offers page")

    def full_url_for(self, name, **kwargs):
        base = self.get_full_url() or (settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.get_url())
        return base.rstrip("/") + "/" + self.reverse_subpage(name, kwargs=kwargs).lstrip("/")

    def offers(self):
        return HousingOffer.objects.live().filter(municipality=self.municipality)

    # Routes are in views.py to keep the model readable.
    @path("")
    def index_route(self, request):
        from .views import listing

        return listing(self, request)

    @path("<int:offer_id>/", name="detail")
    def detail_route(self, request, offer_id):
        from .views import detail

        return detail(self, request, offer_id)

    @path("submit/", name="submit")
    def submit_route(self, request):
        from .views import submit

        return submit(self, request)

    @path("manage/<int:offer_id>/<str:token>/", name="manage")
    def manage_route(self, request, offer_id, token):
        from .views import manage

        return manage(self, request, offer_id, token)

    @path("photo/<int:photo_id>/", name="photo")
    def photo_route(self, request, photo_id):
        from .views import photo

        return photo(self, request, photo_id)

    @path("manage/<int:offer_id>/<str:token>/photo/<int:photo_id>/", name="manage_photo")
    def manage_photo_route(self, request, offer_id, token, photo_id):
        from .views import manage_photo

        return manage_photo(self, request, offer_id, token, photo_id)

