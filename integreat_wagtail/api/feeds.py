"""RSS and Atom feeds of a municipality's local news, per language.

Served at /<lang>/<municipality>/<news index>/feed/rss/ (and /feed/atom/) on the public site and at
/api/v3/{r}/{l}/feeds/news.rss (.atom).
"""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

from integreat_wagtail import languages as language_registry

from .content import MunicipalityContent, absolutize, get_municipality, news_pages, render_richtext
from .http import api_view

FEED_ITEMS = 50


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, page=None, region=None, language=None):
        if page is not None:
            municipality = page.municipality
            language = page.locale.language_code
        else:
            municipality = get_municipality(region)
        content = MunicipalityContent(municipality, request)
        content.root(language)  # 404 for languages not offered
        self.request = request
        entry = language_registry.get(language)
        self.language = entry.bcp47 if entry else language
        return {"content": content, "code": language, "page": page}

    def title(self, obj):
        with translation.override(obj["code"]):
            return gettext("%(municipality)s: news") % {"municipality": obj["content"].municipality.name}

    def link(self, obj):
        if obj["page"] is not None:
            return obj["page"].get_full_url(self.request)
        return obj["content"].root_url(obj["code"])

    def description(self, obj):
        with translation.override(obj["code"]):
            return gettext("Local news of %(municipality)s") % {"municipality": obj["content"].municipality.name}

    def items(self, obj):
        return news_pages(obj["content"], obj["code"])[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return absolutize(render_richtext(item.text), self.request)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"{item.get_full_url(self.request)}#news-{item.id}"

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date

    def item_categories(self, item):
        return [item.channel] if item.channel else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description


@api_view()
def _rss(request, region, language):
    return NewsRssFeed()(request, region=region, language=language)


@api_view()
def _atom(request, region, language):
    return NewsAtomFeed()(request, region=region, language=language)


NewsRssFeed.view = staticmethod(_rss)
NewsAtomFeed.view = staticmethod(_atom)
