"""The yearly impact report of a municipality or of the platform, as an impact staircase:
outputs (what was published, its quality, cooperation) → reach (who read it, in which languages)
→ use (what readers looked for and said) → outcomes (the municipality's own account)."""

import datetime

from django.db.models import Sum
from django.utils import timezone

from . import figures, tables
from .models import ImpactNarrative, SearchCount

SOURCE_LANGUAGE = "de"  # "non-German reading": every read in another language than German


def year_range(year):
    """1 January to 31 December, or to today for the current year."""
    return datetime.date(year, 1, 1), min(datetime.date(year, 12, 31), timezone.localdate())


def narrative_for(municipality, year):
    return ImpactNarrative.objects.filter(municipality=municipality, year=year).first()


def report_context(scope, municipality, year):
    start, end = year_range(year)
    by_language = figures.views_by_language(scope, start, end)
    views = sum(site + app for _code, site, app in by_language)
    app_views = sum(app for _code, _site, app in by_language)
    other_language_views = sum(site + app for code, site, app in by_language if code != SOURCE_LANGUAGE)
    quality = figures.quality(scope, today=end)
    feedback = figures.feedback_summary(scope, start, end)
    searches = SearchCount.objects.filter(municipality__in=scope, day__range=(start, end)).aggregate(total=Sum("searches"))
    return {
        "municipality": municipality,
        "year": year,
        "start": start,
        "end": end,
        "languages_offered": sorted({code for member in scope for code in member.language_codes}),
        "quality": quality,
        "coverage": tables.coverage(quality),
        "cooperation": figures.cooperation(scope),
        "views": views,
        "views_by_language": tables.views_by_language(scope, start, end),
        "languages_read": len(by_language),
        "other_language_percent": figures.share(other_language_views, views),
        "app_percent": figures.share(app_views, views),
        "top_pages": tables.top_pages(scope, start, end),
        "searches": searches["total"] or 0,
        "top_searches": tables.top_searches(scope, start, end),
        "no_result_searches": tables.no_result_searches(scope, start, end),
        "feedback": feedback,
        "helpful_percent": figures.share(feedback["helpful"], feedback["helpful"] + feedback["not_helpful"]),
        "narrative": narrative_for(municipality, year),
        "min_count": figures.min_count(),
    }
