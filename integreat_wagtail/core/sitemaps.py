"""One sitemap per municipality, every page with hreflang alternates to its translations."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page

from integreat_wagtail import languages
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_municipality_page_model
from integreat_wagtail.plugins.gate import hidden_page_content_types


class MunicipalitySitemap(Sitemap):
    limit = 5000

    def __init__(self, municipality, request=None):
        self.municipality = municipality
        self.request = request

    def items(self):
        roots = list(
            get_municipality_page_model().objects.live().filter(municipality=self.municipality).select_related("locale")
        )
        if not roots:
            return []
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return list(
            pages.live().public()
            .exclude(content_type_id__in=hidden_page_content_types(self.municipality))
            .select_related("locale").defer_streamfields().order_by("path")
        )

    def _urls(self, page, protocol, domain):
        items = self.paginator.page(page).object_list
        by_key = defaultdict(list)
        for item in items:
            by_key[item.translation_key].append(item)
        default = self.municipality.default_language
        urls = []
        latest = None
        for item in items:
            location = item.get_full_url(self.request)
            if not location:
                continue
            lastmod = item.last_published_at or item.latest_revision_created_at
            latest = max(filter(None, [latest, lastmod]), default=None)
            siblings = by_key[item.translation_key]
            alternates = []
            if len(siblings) > 1:
                for sibling in siblings:
                    language = languages.get(sibling.locale.language_code)
                    alternates.append(
                        {"lang_code": language.bcp47 if language else sibling.locale.language_code,
                         "location": sibling.get_full_url(self.request)}
                    )
                    if sibling.locale.language_code == default:
                        alternates.append({"lang_code": "x-default", "location": sibling.get_full_url(self.request)})
            urls.append({"item": item, "location": location, "lastmod": lastmod, "changefreq": None,
                         "priority": "", "alternates": alternates})
        self.latest_lastmod = latest
        return urls


def municipality_sitemaps(request):
    return {m.slug: MunicipalitySitemap(m, request) for m in Municipality.objects.order_by("slug")}
