"""Event pages (translated with wagtail-localize), their recurrence and exceptions, and iCal feeds.

Times are local wall-clock dates and times in the municipality's time zone; occurrences are
computed with dateutil's rrule (see recurrence.py). `last_date` is denormalised on save so that
listings can pick candidate events with one indexed query before expanding them.
"""

import datetime
from types import SimpleNamespace

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import TrustedPage, TrustedPageForm
from integreat_wagtail import languages
from integreat_wagtail.plugins.pages import PluginPageMixin

from . import recurrence


class EventCategory(TranslatableMixin, models.Model):
    """Platform-wide event category (language café, counselling, sport…), translated per locale."""

    name = models.CharField(_("name"), max_length=100)
    icon = models.CharField(_("icon"), max_length=20, default="leisure")
    color = models.CharField(_("colour"), max_length=7, default="#1f6f8b")

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("icon"), FieldPanel("color")])]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class LanguagesField(models.JSONField):
    """A list of language codes, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=[(language.code, language.native_name) for language in languages.LANGUAGES],
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class WeekdaysField(models.JSONField):
    """A list of weekday numbers (0 = Monday), edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=EventPageWeekdays, coerce=int, widget=forms.CheckboxSelectMultiple, required=False,
            label=self.verbose_name, help_text=self.help_text,
        )


EventPageWeekdays = [
    (0, _("Monday")), (1, _("Tuesday")), (2, _("Wednesday")), (3, _("Thursday")),
    (4, _("Friday")), (5, _("Saturday")), (6, _("Sunday")),
]


class EventPageForm(TrustedPageForm):
    """Every cancelled or moved date must be a date of the series: after the dates change (e.g. in a
    copy of last year's event) an exception left over from the old series would be meaningless."""

    SERIES_FIELDS = (
        "start_date", "start_time", "end_date", "end_time", "all_day", "frequency", "interval", "weekdays",
        "monthly_mode", "monthly_week", "monthly_weekday", "until", "count",
    )

    def clean(self):
        cleaned = super().clean()
        exceptions = self.formsets.get("exceptions")
        if exceptions is None or not exceptions.is_valid() or not cleaned.get("start_date"):
            return cleaned
        series = SimpleNamespace(source_rrule=self.instance.source_rrule,
                                 **{name: cleaned.get(name) for name in self.SERIES_FIELDS})
        try:
            for form in exceptions.forms:
                date = form.cleaned_data.get("original_date")
                if date and not form.cleaned_data.get("DELETE") and not recurrence.is_series_date(series, date):
                    form.add_error("original_date", _("%(date)s is not a date of this series.") % {
                        "date": formats.date_format(date, "SHORT_DATE_FORMAT")})
        except (ValidationError, ValueError, TypeError):
            pass  # an incomplete repetition rule: the model's own validation names the field
        return cleaned


class EventIndexPage(PluginPageMixin, RoutablePageMixin, TrustedPage):
    """The municipality's calendar: lists occurrences, serves the .ics feed and RSS/Atom."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.MunicipalityPage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event calendar")

    def route(self, request, path_components):
        """Integreat addresses single dates of a series as `slug$YYYY-MM-DD`: serve the event."""
        if path_components and "$" in path_components[0]:
            slug, _sep, date = path_components[0].partition("$")
            path_components = [slug, *path_components[1:]]
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        base = self.get_url(request=request)
        context["feed_urls"] = {
            name: base + self.reverse_subpage(f"feed_{name}") for name in ("ics", "rss", "atom")
        }
        return context

    @path("")
    def listing(self, request):
        from .views import event_listing

        return event_listing(self, request)

    @path("ics/", name="feed_ics")
    def calendar_feed(self, request):
        from .views import calendar_feed

        return calendar_feed(self, request)

    @path("rss/", name="feed_rss")
    def rss_feed(self, request):
        from .feeds import EventRssFeed

        return EventRssFeed(self)(request)

    @path("atom/", name="feed_atom")
    def atom_feed(self, request):
        from .feeds import EventAtomFeed

        return EventAtomFeed(self)(request)


class EventPage(PluginPageMixin, RoutablePageMixin, TrustedPage):
    FREQUENCIES = [
        ("", _("Does not repeat")),
        ("daily", _("Daily")),
        ("weekly", _("Weekly")),
        ("monthly", _("Monthly")),
        ("yearly", _("Yearly")),
    ]
    MONTHLY_MODES = [("day", _("On the same day of the month")), ("weekday", _("On a weekday, e.g. second Tuesday"))]
    WEEKS = [(1, _("first")), (2, _("second")), (3, _("third")), (4, _("fourth")), (-1, _("last"))]
    WEEKDAYS = EventPageWeekdays

    teaser = models.TextField(_("teaser"), max_length=300, blank=True, help_text=_("One or two sentences for lists."))
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol", "h3"])
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image description (alt text)"), max_length=250, blank=True)
    category = models.ForeignKey(
        EventCategory, verbose_name=_("category"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty for the same day."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    frequency = models.CharField(_("repeats"), max_length=10, choices=FREQUENCIES, blank=True, default="")
    interval = models.PositiveSmallIntegerField(
        _("every"), default=1, validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("1 = every day/week/month/year, 2 = every other…"),
    )
    weekdays = WeekdaysField(_("on weekdays"), default=list, blank=True, help_text=_("For weekly events."))
    monthly_mode = models.CharField(_("monthly"), max_length=10, choices=MONTHLY_MODES, default="day")
    monthly_week = models.SmallIntegerField(_("week of the month"), choices=WEEKS, null=True, blank=True)
    monthly_weekday = models.SmallIntegerField(_("weekday"), choices=WEEKDAYS, null=True, blank=True)
    until = models.DateField(_("repeat until"), null=True, blank=True)
    count = models.PositiveSmallIntegerField(
        _("number of dates"), null=True, blank=True, validators=[MaxValueValidator(recurrence.MAX_COUNT)],
    )
    last_date = models.DateField(editable=False, null=True, db_index=True)
    location = models.ForeignKey(
        "locations.Location", verbose_name=_("location"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    venue_text = models.CharField(_("venue (free text)"), max_length=250, blank=True,
                                  help_text=_("Only when no location fits, e.g. for imported events."))
    online_url = models.URLField(_("online meeting link"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(_("price"), max_length=100, blank=True, help_text=_("E.g. 3 € / reduced 1 €."))
    spoken_languages = LanguagesField(_("languages spoken at the event"), default=list, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_required = models.BooleanField(_("registration required"), default=False)
    # Import: set for events that come from an external iCal feed.
    source_feed = models.ForeignKey(
        "events.EventFeed", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="events"
    )
    source_uid = models.CharField(max_length=500, blank=True, editable=False, db_index=True)
    source_rrule = models.CharField(max_length=500, blank=True, editable=False)
    source_hash = models.CharField(max_length=64, blank=True, editable=False)
    hidden = models.BooleanField(_("hidden"), default=False, help_text=_("Hide from listings and feeds."))

    base_form_class = EventPageForm

    content_panels = Page.content_panels + [
        FieldPanel("teaser"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")]),
        FieldPanel("category"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("all_day"),
            ],
            heading=_("Date and time"),
            help_text=_("Local time of the municipality."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("frequency"), FieldPanel("interval")]),
                FieldPanel("weekdays"),
                FieldPanel("monthly_mode"),
                FieldRowPanel([FieldPanel("monthly_week"), FieldPanel("monthly_weekday")]),
                FieldRowPanel([FieldPanel("until"), FieldPanel("count")]),
            ],
            heading=_("Repetition"),
        ),
        InlinePanel("exceptions", heading=_("Cancelled or moved dates"), label=_("Exception")),
        MultiFieldPanel(
            [FieldPanel("location"), FieldPanel("venue_text"), FieldPanel("online_url")], heading=_("Place")
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("spoken_languages"),
                FieldRowPanel([FieldPanel("registration_url"), FieldPanel("registration_required")]),
            ],
            heading=_("Organiser, contact and admission"),
        ),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("hidden"), FieldPanel("last_reviewed_on"), FieldPanel("organization")]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("teaser", boost=2),
        index.SearchField("description"),
        index.FilterField("locale_id"),
        index.FilterField("path"),
        index.FilterField("last_date"),
    ]
    # Dates, recurrence, place and links are the same in every language; texts are translated.
    override_translatable_fields = TrustedPage.override_translatable_fields + [
        SynchronizedField("location"),
        SynchronizedField("category"),
        SynchronizedField("organiser"),
        SynchronizedField("price"),
        SynchronizedField("venue_text"),
        SynchronizedField("contact_role"),
        SynchronizedField("source_uid"),
        SynchronizedField("source_rrule"),
        SynchronizedField("source_hash"),
        TranslatableField("image_alt"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @re_path(r"^(?P<date>\d{4}-\d{2}-\d{2})/$", name="occurrence")
    def occurrence(self, request, date):
        """One date of a series (the API's expanded occurrences link here): the detail page."""
        from .forms import parse_date_param

        try:
            parse_date_param(date, "date")
        except ValidationError:
            raise Http404 from None
        return Page.serve(self, request)

    @path("ics/", name="event_ics")
    def event_ics(self, request):
        from .views import event_ics

        return event_ics(self, request)

    # ----- time -----
    @cached_property
    def tz(self):
        municipality = self.municipality
        return recurrence.zone(municipality.time_zone if municipality else "Europe/Berlin")

    @property
    def is_recurring(self):
        return bool(self.frequency or self.source_rrule)

    @property
    def is_imported(self):
        return bool(self.source_uid)

    def local_start(self):
        return recurrence.local_start(self)

    def local_end(self):
        return recurrence.local_end(self)

    @property
    def duration(self):
        return self.local_end() - self.local_start()

    def clean(self):
        super().clean()
        errors = {}
        if self.all_day:
            self.start_time = self.end_time = None
        if self.start_date and not self.all_day and self.start_time is None:
            errors["start_time"] = _("Give a start time, or tick “all day”.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        elif self.start_date and self.start_time and self.end_time and (self.end_date or self.start_date) == self.start_date:
            if self.end_time < self.start_time:
                errors["end_time"] = _("The event cannot end before it starts.")
        if self.frequency:
            if self.count is not None and self.count < 1:
                errors["count"] = _("The number of dates must be at least 1.")
            if not self.until and not self.count:
                errors["until"] = _("A repeating event needs an end date or a number of repetitions.")
            if self.until and self.count:
                errors["count"] = _("Give either an end date or a number of dates, not both.")
            if self.until and self.start_date and self.until < self.start_date:
                errors["until"] = _("The repetition cannot end before the first date.")
            if self.until and self.start_date and (self.until - self.start_date).days > 366 * recurrence.MAX_SERIES_YEARS:
                errors["until"] = _("A series may run for at most %(years)s years.") % {"years": recurrence.MAX_SERIES_YEARS}
            if self.frequency == "weekly":
                if any(str(day) not in {str(n) for n in range(7)} for day in self.weekdays or []):
                    errors["weekdays"] = _("Unknown weekday.")
            if self.frequency == "monthly" and self.monthly_mode == "weekday":
                if self.monthly_week is None or self.monthly_weekday is None:
                    errors["monthly_week"] = _("Choose which week and weekday, e.g. second Tuesday.")
        if self.municipality is not None:
            try:
                recurrence.zone(self.municipality.time_zone)
            except ValidationError as error:
                errors["start_date"] = error.messages
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.weekdays:
            self.weekdays = sorted({int(day) for day in self.weekdays})
        if self.start_date:
            self.last_date = self.compute_last_date()
        super().save(*args, **kwargs)

    def compute_last_date(self):
        """Date the last occurrence ends; a moved one may end later, on its last day if it spans several."""
        ends = [recurrence.last_start(self, self.local_start()) + self.duration]
        ends += [recurrence.moved_span(self, exception)[1] for exception in self.exceptions.all() if exception.is_moved]
        last = max(ends)
        if self.all_day:
            last -= datetime.timedelta(microseconds=1)
        return last.date()

    # ----- occurrences -----
    def occurrences(self, window_start, window_end, exceptions=None):
        """Occurrences overlapping [window_start, window_end) (aware datetimes), exceptions applied."""
        exceptions = list(self.exceptions.all()) if exceptions is None else exceptions
        result = [
            recurrence.Occurrence(self, start, end, self.all_day, original_start=original)
            for start, end, original in recurrence.spans(self, self.tz, exceptions, window_start, window_end)
        ]
        result.sort(key=lambda occurrence: occurrence.start)
        return result

    def all_occurrences(self, limit=500):
        """Every occurrence of the (finite) series, at most `limit`, for the detail page."""
        tz = self.tz
        start = recurrence.make_aware(self.local_start(), tz)
        end = recurrence.make_aware(datetime.datetime.combine(self.last_date or self.start_date, datetime.time.max), tz)
        return self.occurrences(start, end)[:limit]

    def is_past(self):
        return (self.last_date or self.start_date) < timezone.localdate(timezone=self.tz)

    def rrule_string(self):
        if self.source_rrule:
            return self.source_rrule
        return recurrence.rrule_string(self, self.local_start())

    def get_context(self, request, *args, **kwargs):
        from .views import event_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_detail_context(self, request))
        context["ics_url"] = self.get_url(request=request) + self.reverse_subpage("event_ics")
        return context


class EventException(Orderable):
    """A single date of a series that is cancelled or moved."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exceptions")
    original_date = models.DateField(_("date in the series"))
    cancelled = models.BooleanField(_("cancelled"), default=True, help_text=_("Untick and give a new date to move it."))
    new_date = models.DateField(_("new date"), null=True, blank=True)
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_end_time = models.TimeField(_("new end time"), null=True, blank=True)

    panels = [
        FieldPanel("original_date"),
        FieldPanel("cancelled"),
        FieldRowPanel([FieldPanel("new_date"), FieldPanel("new_start_time"), FieldPanel("new_end_time")]),
    ]

    def clean(self):
        if not self.cancelled and not self.new_date:
            raise ValidationError({"new_date": _("Give the new date, or tick “cancelled”.")})
        if self.new_start_time and self.new_end_time and self.new_end_time < self.new_start_time:
            raise ValidationError({"new_end_time": _("The event cannot end before it starts.")})

    @property
    def is_moved(self):
        return not self.cancelled and self.new_date is not None

    def occurrence(self, event):
        start, end, original = recurrence.moved_occurrence(event, self, event.tz)
        return recurrence.Occurrence(event, start, end, event.all_day, original_start=original)


class EventFeed(models.Model):
    """An external iCal calendar a municipality subscribes to; imported by `import_event_feeds`."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE,
        related_name="event_feeds",
    )
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("iCal address"), max_length=1000)
    refresh_hours = models.PositiveSmallIntegerField(
        _("refresh every (hours)"), default=6, validators=[MinValueValidator(1), MaxValueValidator(24 * 7)]
    )
    category = models.ForeignKey(
        EventCategory, verbose_name=_("category"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    active = models.BooleanField(_("active"), default=True)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True, editable=False)
    last_status = models.CharField(_("last result"), max_length=500, blank=True, editable=False)

    panels = [
        FieldPanel("municipality"),
        FieldPanel("name"),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("refresh_hours"), FieldPanel("category"), FieldPanel("active")]),
    ]

    class Meta:
        verbose_name = _("iCal feed")
        verbose_name_plural = _("iCal feeds")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def is_due(self, now=None):
        now = now or timezone.now()
        return self.last_fetched_at is None or now - self.last_fetched_at >= datetime.timedelta(hours=self.refresh_hours)
