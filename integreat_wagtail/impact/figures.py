"""The figures of the dashboard and the yearly report, for one municipality or the whole platform.

`scope` is a list of municipalities (one, or all for the platform). Days are days of the platform's
time zone (`TIME_ZONE`): read and search counters are stored per such day (counting.py), and
feedback, which carries a time, is counted on the day it arrived there. Search queries are shown
only when at least `INTEGREAT_IMPACT_MIN_COUNT` searches (5) share them, so no single reader's
query can be read off a table.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils import timezone
from wagtail.models import Page

from integreat_wagtail import languages
from integreat_wagtail.feedback.models import Feedback
from integreat_wagtail.linkcheck.models import broken_link_count
from integreat_wagtail.municipalities.review_reminders import reviewed_page_models
from integreat_wagtail.plugins.gate import plugins_for
from integreat_wagtail.sharing.models import Reuse, Share
from integreat_wagtail.translations.states import TranslationState, municipality_translation_states

from .models import ReadCount, SearchCount

TOP_LIMIT = 10
LIVE_TRANSLATION = (TranslationState.UP_TO_DATE, TranslationState.MACHINE, TranslationState.OUTDATED)


def language_name(code):
    language = languages.get(code)
    return language.native_name if language else code


def days_between(start, end):
    return [start + datetime.timedelta(days=offset) for offset in range((end - start).days + 1)]


def _reads(scope, start, end):
    return ReadCount.objects.filter(municipality__in=scope, day__range=(start, end))


def views_by_day_and_language(scope, start, end):
    """{language code: [views of each day from start to end]}, languages by views, most first."""
    days = {day: number for number, day in enumerate(days_between(start, end))}
    series = {}
    rows = _reads(scope, start, end).values("day", "language").annotate(views=Sum("views"))
    for row in rows:
        series.setdefault(row["language"], [0] * len(days))[days[row["day"]]] += row["views"]
    return dict(sorted(series.items(), key=lambda item: -sum(item[1])))


def views_by_language(scope, start, end):
    """[(code, views on the site, views in the apps)], most read first."""
    totals = {}
    rows = _reads(scope, start, end).values("language", "channel").annotate(views=Sum("views"))
    for row in rows:
        site, app = totals.get(row["language"], (0, 0))
        totals[row["language"]] = (site + row["views"], app) if row["channel"] == ReadCount.Channel.SITE else (site, app + row["views"])
    return sorted(((code, site, app) for code, (site, app) in totals.items()), key=lambda row: (-(row[1] + row[2]), row[0]))


def top_pages(scope, start, end, limit=TOP_LIMIT):
    """[(title, language, views)] of the website's most read pages (a page per language)."""
    rows = list(
        _reads(scope, start, end).filter(channel=ReadCount.Channel.SITE, page__isnull=False)
        .values("page_id", "language").annotate(views=Sum("views")).order_by("-views", "page_id")[:limit]
    )
    titles = dict(Page.objects.filter(pk__in=[row["page_id"] for row in rows]).values_list("pk", "title"))
    return [(titles.get(row["page_id"], "–"), row["language"], row["views"]) for row in rows]


def min_count():
    return settings.IMPACT_MIN_COUNT


def top_queries(scope, start, end, *, without_results=False, limit=TOP_LIMIT):
    """[(query, language, count)] searched at least `min_count()` times (k-anonymity), most first;
    `without_results`: counting only the searches that found nothing."""
    measure = "without_results" if without_results else "searches"
    return [
        (row["query"], row["language"], row["total"])
        for row in SearchCount.objects.filter(municipality__in=scope, day__range=(start, end))
        .values("query", "language").annotate(total=Sum(measure)).filter(total__gte=min_count())
        .order_by("-total", "query")[:limit]
    ]


def _feedback(scope, start, end):
    return Feedback.objects.filter(municipality__in=scope, created_at__date__range=(start, end))


def feedback_summary(scope, start, end):
    return _feedback(scope, start, end).aggregate(
        total=Count("pk"), helpful=Count("pk", filter=Q(rating=Feedback.Rating.UP)),
        not_helpful=Count("pk", filter=Q(rating=Feedback.Rating.DOWN)), comments=Count("pk", filter=~Q(comment="")),
        unread=Count("pk", filter=Q(read=False, archived=False)), archived=Count("pk", filter=Q(archived=True)),
    )


def feedback_by_page(scope, start, end, limit=TOP_LIMIT):
    """[(title, language, helpful, not helpful, comments)] of the pages with the most feedback."""
    rows = list(
        _feedback(scope, start, end).filter(page__isnull=False).values("page_id", "page__title", "language")
        .annotate(
            total=Count("pk"), helpful=Count("pk", filter=Q(rating=Feedback.Rating.UP)),
            not_helpful=Count("pk", filter=Q(rating=Feedback.Rating.DOWN)), comments=Count("pk", filter=~Q(comment="")),
        ).order_by("-total", "page_id")[:limit]
    )
    return [(row["page__title"], row["language"], row["helpful"], row["not_helpful"], row["comments"]) for row in rows]


def share(part, whole):
    """A percentage, or None when there is nothing to divide."""
    return round(100 * part / whole) if whole else None


@dataclass
class Quality:
    """Translation coverage and outdated translations per language, review freshness, broken links."""

    coverage: dict = field(default_factory=dict)  # {language code: (live translations, source pages)}
    outdated: dict = field(default_factory=dict)  # {language code: outdated translations}
    reviewed: int = 0  # live source pages reviewed within their municipality's interval
    pages: int = 0  # live source pages that carry a review date
    broken_links: int = 0  # broken when the link checker (manage.py check_links) last looked

    def coverage_rows(self):
        """[(code, live translations, source pages, percent, outdated)]."""
        return [
            (code, live, total, share(live, total), self.outdated.get(code, 0))
            for code, (live, total) in self.coverage.items()
        ]

    @property
    def reviewed_percent(self):
        return share(self.reviewed, self.pages)


def quality(scope, today=None):
    """Translation states (translations/states.py) and review dates of each municipality's source pages."""
    today = today or timezone.localdate()
    result = Quality()
    for municipality in scope:
        for row in municipality_translation_states(municipality):
            for code, state in row.states.items():
                live, total = result.coverage.get(code, (0, 0))
                result.coverage[code] = (live + (state in LIVE_TRANSLATION), total + 1)
                result.outdated[code] = result.outdated.get(code, 0) + (state == TranslationState.OUTDATED)
        reviewed, pages = _review_counts(municipality, today)
        result.reviewed += reviewed
        result.pages += pages
        result.broken_links += broken_link_count(municipality)
    return result


def _review_counts(municipality, today):
    """(reviewed within the interval, all) live pages of the default language that carry a review date."""
    root = municipality.pages.filter(locale__language_code=municipality.default_language).first()
    if root is None:
        return 0, 0
    cutoff = today - datetime.timedelta(days=municipality.review_interval_days)
    reviewed, pages = set(), set()
    for model in reviewed_page_models():
        queryset = model.objects.filter(path__startswith=root.path, locale_id=root.locale_id, live=True)
        for page_id, last_reviewed_on in queryset.values_list("pk", "last_reviewed_on"):
            pages.add(page_id)
            if last_reviewed_on and last_reviewed_on >= cutoff:
                reviewed.add(page_id)
    return len(reviewed), len(pages)


@dataclass
class Cooperation:
    shared: int  # pages (with or without subpages) opened to other municipalities
    given: dict  # {kind: pages other municipalities mirrored or copied from these}
    taken: dict  # {kind: pages these mirrored or copied from others} (for the platform: the same reuses)
    plugins: list  # names of the plugins in use, most used first: [(name, municipalities)]

    @property
    def given_total(self):
        return sum(self.given.values())

    @property
    def taken_total(self):
        return sum(self.taken.values())


def cooperation(scope):
    ids = [municipality.pk for municipality in scope]
    given = dict(Reuse.objects.filter(source_municipality_id__in=ids).values_list("kind").annotate(Count("pk")))
    taken = dict(Reuse.objects.filter(target_municipality_id__in=ids).values_list("kind").annotate(Count("pk")))
    plugins = {}
    for municipality in scope:
        for config in plugins_for(municipality):
            plugins[str(config.verbose_name)] = plugins.get(str(config.verbose_name), 0) + 1
    return Cooperation(
        shared=Share.objects.filter(municipality_id__in=ids).count(), given=given, taken=taken,
        plugins=sorted(plugins.items(), key=lambda item: (-item[1], item[0])),
    )
