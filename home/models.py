"""The site's page types: the platform landing page, a municipality's root page, content and news pages."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.routable_page.models import path as route
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from integreat_wagtail.api.feeds import NewsAtomFeed, NewsRssFeed
from integreat_wagtail.core.public_urls import PublicUrlPageMixin
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import municipality_for, municipality_page_for
from integreat_wagtail.organizations.models import OrganizationPageMixin
from integreat_wagtail.organizations.page_forms import OrganizationPageForm
from integreat_wagtail.plugins.gate import hidden_page_content_types

from .blocks import ContentStreamBlock
from .municipality_finder import find_municipalities

class PlatformPage(PublicUrlPageMixin, Page):
    """The landing page: find your municipality by name or postal code."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.MunicipalityPage"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("platform landing page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = " ".join(request.GET.get("q", "").split())[:100]
        pages = MunicipalityPage.objects.live().filter(municipality__is_template=False).select_related("municipality", "locale")
        here, elsewhere = find_municipalities(pages, self.locale.language_code, query)
        context.update(query=query, municipality_pages=here, elsewhere=elsewhere)
        return context


class TrustedPageForm(OrganizationPageForm):
    """A new page gets its tree path only when Wagtail adds it under its parent, after validation;
    until then its municipality is its parent's, so `clean()` can ask for it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.depth is None and self.parent_page is not None:
            self.instance.municipality_page = municipality_page_for(self.parent_page)
            self.instance.municipality = municipality_for(self.parent_page)


class TrustedPage(PublicUrlPageMixin, OrganizationPageMixin, Page):
    """Abstract base of every municipal page: who stands behind it and when it was last checked."""

    contact_name = models.CharField(_("responsible contact"), max_length=200, blank=True)
    contact_role = models.CharField(_("role or office"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    last_reviewed_on = models.DateField(
        _("last reviewed on"), null=True, blank=True, help_text=_("When an editor last checked that this page is correct.")
    )

    base_form_class = TrustedPageForm

    trust_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("last_reviewed_on"),
                FieldPanel("organization"),
            ],
            heading=_("Responsibility and review"),
        )
    ]
    # Facts, not text: the same in every language, copied from the source on every sync and never
    # offered to translators (a missing "translation" of one would block publishing). The
    # organization decides who may edit, so it is never overridden in a translation either.
    override_translatable_fields = [
        SynchronizedField("organization", overridable=False),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("contact_name", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("contact_phone", overridable=False),
    ]

    class Meta:
        abstract = True

    @cached_property
    def municipality_page(self):
        return municipality_page_for(self)

    @cached_property
    def municipality(self):
        return municipality_for(self)

    def menu_children(self):
        """Live children shown in menus, without pages of plugins that are off here."""
        return (
            self.get_children()
            .live()
            .public()
            .in_menu()
            .exclude(content_type_id__in=hidden_page_content_types(self.municipality))
            .specific()
        )


class MunicipalityPage(TrustedPage):
    """The root of one municipality's site tree, one per language of the municipality."""

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="pages")
    intro = models.TextField(_("welcome text"), blank=True)
    imprint = RichTextField(_("imprint"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("imprint")]
    settings_panels = Page.settings_panels + TrustedPage.trust_panels
    organization_may_own = False
    parent_page_types = ["home.PlatformPage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("municipality home page")

    @classmethod
    def can_create_at(cls, parent):
        # Only the onboarding service creates municipality pages (with groups, collection, …).
        return False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.menu_children()
        context["news"] = latest_news(self)
        return context


class ContentPage(TrustedPage):
    """Local information on one topic, with a structured body."""

    ICONS = [
        ("info", _("Information")),
        ("arrival", _("Arrival")),
        ("office", _("Authorities")),
        ("house", _("Housing")),
        ("work", _("Work")),
        ("language", _("Language")),
        ("health", _("Health")),
        ("school", _("Children and school")),
        ("counselling", _("Counselling")),
        ("leisure", _("Leisure")),
        ("emergency", _("Emergency")),
    ]

    icon = models.CharField(_("icon"), max_length=20, choices=ICONS, default="info")
    intro = models.TextField(_("summary"), blank=True, help_text=_("One sentence; shown in lists and search results."))
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))
    thumbnail = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("thumbnail"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("Square picture on the topic's tile in the apps; without one, the icon is shown."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("icon"), FieldPanel("thumbnail")]
    settings_panels = Page.settings_panels + TrustedPage.trust_panels
    parent_page_types = ["home.MunicipalityPage", "home.ContentPage"]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.FilterField("locale_id"),
        index.FilterField("path"),
    ]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subtopics"] = self.menu_children()
        return context


class NewsIndexPage(RoutablePageMixin, TrustedPage):
    """A municipality's local news, newest first, with RSS and Atom feeds of the same items."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + TrustedPage.trust_panels
    parent_page_types = ["home.MunicipalityPage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def news_items(self):
        """Live, public news of this municipality in this page's language, newest first."""
        return news_for(self.municipality_page)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_items"] = Paginator(self.news_items(), 20).get_page(request.GET.get("page"))
        base = self.get_url(request=request) or ""
        context["rss_url"] = base + self.reverse_subpage("news_rss")
        context["atom_url"] = base + self.reverse_subpage("news_atom")
        return context

    @route("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @route("feed/rss/", name="news_rss")
    def rss_feed(self, request):
        return NewsRssFeed()(request, page=self)

    @route("feed/atom/", name="news_atom")
    def atom_feed(self, request):
        return NewsAtomFeed()(request, page=self)


class NewsPage(TrustedPage):
    """One piece of local news (Integreat's "local news" / push notification), translated like any page."""

    date = models.DateTimeField(
        _("date"), default=timezone.now, db_index=True, help_text=_("Shown as the date of the news; newest first.")
    )
    channel = models.CharField(
        _("channel"), max_length=50, blank=True, help_text=_("Optional topic, e.g. “news” or “warnings”.")
    )
    text = RichTextField(_("text"), features=["bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [FieldRowPanel([FieldPanel("date"), FieldPanel("channel")]), FieldPanel("text")]
    settings_panels = Page.settings_panels + TrustedPage.trust_panels
    parent_page_types = ["home.NewsIndexPage", "home.MunicipalityPage"]
    subpage_types = []
    override_translatable_fields = TrustedPage.override_translatable_fields + [SynchronizedField("channel", overridable=False)]
    search_fields = Page.search_fields + [
        index.SearchField("text"),
        index.FilterField("locale_id"),
        index.FilterField("path"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news")
        verbose_name_plural = _("news")


def news_for(municipality_page, channel=None):
    """Live, public NewsPages below a municipality's root page (one language), newest first."""
    if municipality_page is None:
        return NewsPage.objects.none()
    items = NewsPage.objects.live().public().descendant_of(municipality_page).order_by("-date", "-pk")
    if channel:
        items = items.filter(channel=channel)
    return items


def latest_news(municipality_page, limit=3):
    """For the municipality home page: the newest few news items."""
    return list(news_for(municipality_page)[:limit])
