"""Demo figures for the impact dashboard: plausible daily read counts of every live page in every
language and searches of the last months, so the dashboard and the yearly report show something.

Made up from a fixed seed (the same demo every time), written with bulk_create in one go per
municipality, and only once: a municipality that has counters keeps them.
"""

import datetime
import random

from wagtail.models import Page

from integreat_wagtail.impact.models import ReadCount, SearchCount

DAYS = 120
# Readers per language, relative to German: the languages newcomers read in most.
LANGUAGE_WEIGHT = {"de": 1.0, "ar": 0.8, "uk": 0.7, "fa": 0.5, "en": 0.4, "ti": 0.3, "tr": 0.3}
QUERIES = {
    "de": [("kita", 0.2), ("anmeldung", 0.4), ("deutschkurs", 0.5), ("wohnung", 0.35), ("jobcenter", 0.2), ("kindergeld", 0.1)],
    "ar": [("سكن", 0.3), ("دورة لغة", 0.5), ("طبيب", 0.25)],
    "uk": [("житло", 0.3), ("мовні курси", 0.4), ("школа", 0.2)],
    "fa": [("کلاس زبان", 0.4), ("مسکن", 0.3)],
    "en": [("registration", 0.2), ("doctor", 0.3)],
}


def load_impact_figures(municipality, today):
    if ReadCount.objects.filter(municipality=municipality).exists():
        return
    chance = random.Random(municipality.slug)
    roots = {root.locale.language_code: root for root in municipality.pages.select_related("locale")}
    reads, searches = [], []
    for code, root in roots.items():
        weight = LANGUAGE_WEIGHT.get(code, 0.2)
        pages = list(Page.objects.live().descendant_of(root, inclusive=True).values_list("pk", flat=True))
        popularity = {page_id: chance.uniform(0.2, 3.0) for page_id in pages}
        for offset in range(DAYS):
            day = today - datetime.timedelta(days=offset)
            season = 1.3 if day.weekday() < 5 else 0.6
            for page_id in pages:
                views = int(chance.gauss(4, 2) * weight * popularity[page_id] * season)
                if views > 0:
                    reads.append(ReadCount(municipality=municipality, day=day, language=code, channel="site", page_id=page_id, views=views))
            app_views = int(chance.gauss(30, 8) * weight * season)
            if app_views > 0:
                reads.append(ReadCount(municipality=municipality, day=day, language=code, channel="app", resource="pages", views=app_views))
            for query, missing in QUERIES.get(code, ()):
                count = max(0, int(chance.gauss(1.5, 1.5) * weight))
                if count:
                    without = sum(chance.random() < missing for _ in range(count))
                    searches.append(SearchCount(municipality=municipality, day=day, language=code, query=query,
                                                searches=count, without_results=without))
    ReadCount.objects.bulk_create(reads, batch_size=2000)
    SearchCount.objects.bulk_create(searches, batch_size=2000)
