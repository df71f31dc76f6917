"""RSS and Atom feeds of newly published events of one calendar (one municipality, one language)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed


class EventRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} – {self.index_page.municipality.name}"

    def link(self):
        return self.index_page.get_url(request=self.request)

    def description(self):
        return self.index_page.intro or self.title()

    def items(self):
        from .models import EventPage

        return (
            EventPage.objects.child_of(self.index_page).live().public().filter(hidden=False)
            .order_by("-first_published_at")[:30]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        when = item.start_date.isoformat()
        return f"{when} – {item.teaser}" if item.teaser else when

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_guid(self, item):
        return f"{item.translation_key}-{item.locale.language_code}"

    item_guid_is_permalink = False


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
