"""Labour plugin models: recognition guides (pages), counselling services and job offers.

Guides are Wagtail pages translated with wagtail-localize. Counselling services are
municipality-owned snippets, translatable like locations (one row per language). Job offers are
public submissions on the core moderation mechanism (one row, one moderation state) and carry
their translations as child rows, so translating never forks the moderation state.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import connection, models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import LinkBlock
from home.models import TrustedPage
from integreat_wagtail import languages
from integreat_wagtail.moderation.models import ModeratedSubmission, SubmissionTranslation
from integreat_wagtail.plugins.pages import PluginPageMixin, index_page

from .blocks import LabourStreamBlock, StepBlock
from .constants import CEFRLevel, CounsellingTopic, EmploymentType, ProfessionGroup
from .validators import validate_language_codes, validate_topics


def json_list_contains(field, code):
    """Q for "the JSON list `field` contains `code`", portable between PostgreSQL and SQLite.

    PostgreSQL answers `@>` (indexable); SQLite has no JSON containment lookup, so we match the
    quoted element in the JSON text. Codes are validated slugs, so the quotes make it exact.
    """
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__contains": [code]})
    return Q(**{f"{field}__icontains": f'"{code}"'})


class LabourIndexPage(RoutablePageMixin, PluginPageMixin, TrustedPage):
    """The municipality's "Work" section: guides below it, counselling and jobs as sub-routes."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(LabourStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    settings_panels = Page.settings_panels + TrustedPage.trust_panels
    parent_page_types = ["home.MunicipalityPage"]
    subpage_types = ["labour.RecognitionGuidePage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("intro"), index.FilterField("locale_id")]

    class Meta:
        verbose_name = _("work and recognition section")

    def guides(self):
        return (
            RecognitionGuidePage.objects.child_of(self).live().public().defer_streamfields().order_by("title")
        )

    # Views live in views.py so this module stays about data.
    @path("")
    def guide_listing(self, request):
        from .views import guide_listing

        return guide_listing(self, request)

    @path("counselling/")
    def counselling_listing(self, request):
        from .views import counselling_listing

        return counselling_listing(self, request)

    @path("jobs/")
    def job_listing(self, request):
        from .views import job_listing

        return job_listing(self, request)

    @path("jobs/<int:offer_id>/")
    def job_detail(self, request, offer_id):
        from .views import job_detail

        return job_detail(self, request, offer_id)

    @path("jobs/submit/")
    def job_submit(self, request):
        from .views import job_submit

        return job_submit(self, request)

    @path("jobs/<int:offer_id>/manage/<str:token>/")
    def job_manage(self, request, offer_id, token):
        from .views import job_manage

        return job_manage(self, request, offer_id, token)


class RecognitionGuidePage(PluginPageMixin, TrustedPage):
    """How to get a foreign qualification recognised for one profession or profession group."""

    profession = models.CharField(_("profession"), max_length=150, help_text=_("For example “Nurse”."))
    profession_key = models.SlugField(
        _("profession key"), max_length=60,
        help_text=_("Short code used for filtering in every language, for example “nurse”."),
    )
    profession_group = models.CharField(
        _("profession group"), max_length=20, choices=ProfessionGroup.choices, default=ProfessionGroup.OTHER
    )
    regulated = models.BooleanField(
        _("regulated profession"), default=False,
        help_text=_("Regulated: you may only work in it once the qualification is recognised."),
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences for lists."))
    authority = models.ForeignKey(
        "locations.Location", verbose_name=_("responsible authority (location)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    authority_name = models.CharField(_("responsible authority"), max_length=200)
    authority_email = models.EmailField(_("authority e-mail"), blank=True)
    authority_phone = models.CharField(_("authority phone"), max_length=50, blank=True)
    authority_website = models.URLField(_("authority website"), blank=True)
    documents = StreamField(
        [("document", blocks.CharBlock(label=_("Document"), max_length=300))],
        blank=True, verbose_name=_("documents needed"),
    )
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), help_text=_("In the order to follow."))
    costs = models.CharField(_("costs"), max_length=300, blank=True)
    duration = models.CharField(_("duration"), max_length=300, blank=True)
    cefr_level = models.CharField(
        _("language level required"), max_length=2, choices=CEFRLevel.choices, blank=True,
        help_text=_("German level (CEFR) usually required; empty when none is required."),
    )
    official_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("official sources"))
    body = StreamField(LabourStreamBlock(), blank=True, verbose_name=_("more information"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("profession"), FieldPanel("profession_key")]),
                FieldRowPanel([FieldPanel("profession_group"), FieldPanel("regulated")]),
                FieldPanel("summary"),
            ],
            heading=_("Profession"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("authority"),
                FieldPanel("authority_name"),
                FieldRowPanel([FieldPanel("authority_email"), FieldPanel("authority_phone")]),
                FieldPanel("authority_website"),
            ],
            heading=_("Responsible authority"),
        ),
        FieldPanel("documents"),
        FieldPanel("steps"),
        FieldRowPanel([FieldPanel("costs"), FieldPanel("duration")]),
        FieldPanel("cefr_level"),
        FieldPanel("official_links"),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + TrustedPage.trust_panels
    parent_page_types = ["labour.LabourIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("profession", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("steps"),
        index.FilterField("locale_id"),
        index.FilterField("path"),
        index.FilterField("profession_key"),
        index.FilterField("regulated"),
    ]
    # The authority is a location: keep the link, show it in the reader's language at render time.
    override_translatable_fields = TrustedPage.override_translatable_fields + [
        SynchronizedField("profession_key"),
        SynchronizedField("authority"),
        SynchronizedField("authority_email", overridable=False),
        SynchronizedField("authority_phone", overridable=False),
        SynchronizedField("authority_website", overridable=False),
    ]

    class Meta:
        verbose_name = _("recognition guide")
        indexes = [models.Index(fields=["profession_key"]), models.Index(fields=["regulated"])]

    def get_context(self, request, *args, **kwargs):
        from integreat_wagtail.locations.models import localized_map

        context = super().get_context(request, *args, **kwargs)
        authority = self.authority
        context["authority_location"] = (
            localized_map([authority], self.locale.language_code).get(authority.pk) if authority else None
        )
        return context


def spoken_language_choices():
    return [(language.code, f"{language.native_name} ({language.english_name})") for language in languages.LANGUAGES]


class CounsellingServiceForm(WagtailAdminModelForm):
    """Topics and languages are JSON lists of codes; editors tick boxes instead of typing JSON."""

    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=CounsellingTopic.choices, widget=forms.CheckboxSelectMultiple
    )
    languages_spoken = forms.MultipleChoiceField(
        label=_("Languages spoken"), choices=spoken_language_choices, widget=forms.CheckboxSelectMultiple
    )


class CounsellingServiceQuerySet(models.QuerySet):
    def in_language(self, municipality, language_code):
        """The municipality's services in a language; untranslated ones in the source language."""
        translated_keys = self.model.objects.filter(
            municipality=municipality, locale__language_code=language_code
        ).values("translation_key")
        return self.filter(municipality=municipality).filter(
            Q(locale__language_code=language_code)
            | (Q(locale__language_code=municipality.default_language) & ~Q(translation_key__in=translated_keys))
        )

    def with_topic(self, topic):
        return self.filter(json_list_contains("topics", topic))

    def speaking(self, language_code):
        return self.filter(json_list_contains("languages_spoken", language_code))


class CounsellingService(TranslatableMixin, index.Indexed, models.Model):
    """An advice centre or service newcomers can turn to about work, recognition and language."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE,
        related_name="counselling_services",
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    name = models.CharField(_("service"), max_length=200, help_text=_("For example “Recognition counselling”."))
    description = models.TextField(_("description"), blank=True)
    topics = models.JSONField(_("topics"), default=list, validators=[validate_topics])
    languages_spoken = models.JSONField(_("languages spoken"), default=list, validators=[validate_language_codes])
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)
    street = models.CharField(_("street and number"), max_length=250, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True, help_text=_("For example “Mon–Thu 9:00–12:00”."))
    location = models.ForeignKey(
        "locations.Location", verbose_name=_("location"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("Optional: a place from the locations directory (map, hours)."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = CounsellingServiceQuerySet.as_manager()

    base_form_class = CounsellingServiceForm
    panels = [
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("name")]),
        FieldPanel("description"),
        FieldPanel("topics"),
        FieldPanel("languages_spoken"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]), FieldPanel("website")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [FieldPanel("street"), FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]), FieldPanel("location")],
            heading=_("Address"),
        ),
        FieldPanel("opening_hours"),
    ]
    search_fields = [
        index.SearchField("organisation", boost=2),
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("organisation"),
        index.FilterField("municipality"),
        index.FilterField("locale"),
    ]
    override_translatable_fields = [
        SynchronizedField("organisation"),  # a proper name: the same on the door in every language
        SynchronizedField("topics"),
        SynchronizedField("languages_spoken"),
        SynchronizedField("location"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("town"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("counselling service")
        verbose_name_plural = _("counselling services")
        ordering = ["organisation", "name"]
        indexes = [models.Index(fields=["municipality", "locale"])]

    def __str__(self):
        return f"{self.organisation}: {self.name}"

    def clean(self):
        super().clean()
        if self.location_id and self.municipality_id and self.location.municipality_id != self.municipality_id:
            raise ValidationError({"location": _("Choose a location of the same municipality.")})

    def save(self, *args, **kwargs):
        # Every path (admin, demo, shell, API) goes through validation: nothing invalid is stored.
        self.full_clean()
        super().save(*args, **kwargs)

    @cached_property
    def topic_labels(self):
        labels = dict(CounsellingTopic.choices)
        return [labels[code] for code in self.topics if code in labels]

    @property
    def spoken_languages(self):
        return [languages.get(code) for code in self.languages_spoken if languages.get(code)]

    @property
    def one_line_address(self):
        town = " ".join(part for part in (self.postcode, self.town) if part)
        return ", ".join(part for part in (self.street, town) if part)


class SalaryUnit(models.TextChoices):
    HOUR = "HOUR", _("per hour")
    MONTH = "MONTH", _("per month")
    YEAR = "YEAR", _("per year")


class JobOffer(ClusterableModel, ModeratedSubmission):
    """A job or apprenticeship an employer offers; published only after moderation.

    `expires_at` (from the moderation core) is the application deadline: the offer leaves every
    listing after it. Title and description are written in `language`; translations are child rows.
    """

    # The application contact is often a named person's address or direct line.
    personal_data_fields = ModeratedSubmission.personal_data_fields + ("contact_email", "contact_phone")

    language = models.CharField(
        _("language of the text"), max_length=10, choices=languages.django_languages(), default="de"
    )
    employer = models.CharField(_("employer"), max_length=200)
    title = models.CharField(_("job title"), max_length=200)
    description = models.TextField(_("description"), max_length=5000)
    employment_type = models.CharField(_("employment type"), max_length=20, choices=EmploymentType.choices)
    start_date = models.DateField(_("start date"), null=True, blank=True, help_text=_("Empty: as soon as possible."))
    street = models.CharField(_("street and number"), max_length=250, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100)
    location = models.ForeignKey(
        "locations.Location", verbose_name=_("location"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    cefr_level = models.CharField(
        _("German level required"), max_length=2, choices=CEFRLevel.choices, blank=True,
        help_text=_("Empty when no particular level is required."),
    )
    qualifications = models.TextField(_("qualifications"), blank=True, max_length=2000)
    recognition_needed = models.BooleanField(
        _("recognition of a foreign qualification needed"), default=False
    )
    salary_min = models.DecimalField(
        _("salary from"), max_digits=9, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    salary_max = models.DecimalField(
        _("salary up to"), max_digits=9, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    salary_unit = models.CharField(_("salary per"), max_length=5, choices=SalaryUnit.choices, default=SalaryUnit.MONTH)
    contact_email = models.EmailField(_("application e-mail"), blank=True)
    contact_phone = models.CharField(_("application phone"), max_length=50, blank=True)
    application_url = models.URLField(_("application link"), blank=True)

    panels = [
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("employer"), FieldPanel("language")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("employment_type"), FieldPanel("start_date")]),
        MultiFieldPanel(
            [FieldPanel("street"), FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]), FieldPanel("location")],
            heading=_("Place of work"),
        ),
        FieldRowPanel([FieldPanel("cefr_level"), FieldPanel("recognition_needed")]),
        FieldPanel("qualifications"),
        FieldRowPanel([FieldPanel("salary_min"), FieldPanel("salary_max"), FieldPanel("salary_unit")],
                      heading=_("Salary (optional)")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]), FieldPanel("application_url")],
            heading=_("How to apply"),
        ),
        FieldPanel("expires_at", heading=_("Apply by")),
        MultiFieldPanel(
            [FieldPanel("submitter_name"), FieldRowPanel([FieldPanel("submitter_email"), FieldPanel("submitter_phone")])],
            heading=_("Submitted by (private)"),
        ),
        InlinePanel("translations", heading=_("Translations"), label=_("Translation")),
    ]

    class Meta:
        verbose_name = _("job offer")
        verbose_name_plural = _("job offers")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["municipality", "status", "expires_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True) | Q(salary_max__isnull=True) | Q(salary_min__lte=F("salary_max")),
                name="labour_joboffer_salary_range",
                violation_error_message=_("The minimum salary must not be higher than the maximum."),
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.employer})"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_expires_at = instance.__dict__.get("expires_at")
        return instance

    def clean(self):
        super().clean()
        errors = {}
        if self.salary_min is not None and self.salary_max is not None and self.salary_min > self.salary_max:
            errors["salary_max"] = _("The maximum salary must not be lower than the minimum (%(min)s).") % {
                "min": self.salary_min}
        # A deadline in the past is refused when it is set or changed, not when an old offer is resaved.
        changed = self._state.adding or self.expires_at != getattr(self, "_stored_expires_at", None)
        if self.expires_at is not None and changed and self.expires_at <= timezone.now():
            errors["expires_at"] = _("The application deadline must be in the future.")
        if not (self.contact_email or self.contact_phone or self.application_url):
            errors["application_url"] = _("Give at least one way to apply: e-mail, phone or link.")
        if self.location_id and self.municipality_id and self.location.municipality_id != self.municipality_id:
            errors["location"] = _("Choose a location of the same municipality.")
        if errors:
            raise ValidationError(errors)

    # --- moderation contract -------------------------------------------------------------------
    def _full_url(self, route, *args):
        """None when the section is offline or no Site serves it (mails then say whom to write to)."""
        page = index_page(
            LabourIndexPage, self.municipality, self.submitter_language, self.language, self.municipality.default_language
        )
        base = page.get_full_url() if page else None
        return base + page.reverse_subpage(route, args=args) if base else None

    def get_manage_url(self, token):
        return self._full_url("job_manage", self.pk, token)

    def get_public_url(self):
        return self._full_url("job_detail", self.pk) if self.is_live else None

    def purge_extra_personal_data(self):
        """Descriptions and their translations may name the contact person (“Ask for Ms …”): they go too."""
        self.description = ""
        self.translations.all().delete()

    def text_in(self, language_code):
        """(title, description, language of that text) for a reader; the original when untranslated.

        Listings prefetch the reader's translation into `reader_translations` (see api.job_offers).
        """
        if language_code != self.language:
            translations = getattr(self, "reader_translations", None)
            if translations is None:
                translations = [t for t in self.translations.all() if t.language_code == language_code]
            for translation in translations:
                if translation.language_code == language_code:
                    return translation.title, translation.description, language_code
        return self.title, self.description, self.language


class JobOfferTranslation(SubmissionTranslation):
    submission = ParentalKey(JobOffer, on_delete=models.CASCADE, related_name="translations")
