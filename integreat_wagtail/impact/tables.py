"""Every table of the dashboard, built once for the page and for its CSV export."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import figures
from .figures import language_name


@dataclass
class Table:
    slug: str
    title: str
    headers: list
    rows: list


def views_by_day(scope, start, end):
    series = figures.views_by_day_and_language(scope, start, end)
    days = figures.days_between(start, end)
    rows = [[day.isoformat(), *(values[number] for values in series.values())] for number, day in enumerate(days)]
    return Table("views-by-day", _("Views per day and language"), [_("Day"), *map(language_name, series)], rows)


def views_by_language(scope, start, end):
    rows = [[language_name(code), site, app, site + app] for code, site, app in figures.views_by_language(scope, start, end)]
    return Table("views-by-language", _("Views per language"), [_("Language"), _("Website"), _("Apps"), _("Total")], rows)


def top_pages(scope, start, end):
    rows = [[title, language_name(code), views] for title, code, views in figures.top_pages(scope, start, end)]
    return Table("top-pages", _("Most read pages"), [_("Page"), _("Language"), _("Views")], rows)


def top_searches(scope, start, end):
    rows = [[query, language_name(code), count] for query, code, count in figures.top_queries(scope, start, end)]
    return Table("top-searches", _("Most searched"), [_("Search words"), _("Language"), _("Searches")], rows)


def no_result_searches(scope, start, end):
    rows = [
        [query, language_name(code), count]
        for query, code, count in figures.top_queries(scope, start, end, without_results=True)
    ]
    headers = [_("Search words"), _("Language"), _("Searches without results")]
    return Table("no-result-searches", _("Searched, not found"), headers, rows)


def feedback(scope, start, end):
    rows = [
        [title, language_name(code), helpful, not_helpful, comments]
        for title, code, helpful, not_helpful, comments in figures.feedback_by_page(scope, start, end)
    ]
    headers = [_("Page"), _("Language"), _("Helpful"), _("Not helpful"), _("Comments")]
    return Table("feedback", _("Feedback per page"), headers, rows)


def coverage(quality):
    rows = [
        [language_name(code), live, total, "–" if percent is None else f"{percent} %", outdated]
        for code, live, total, percent, outdated in quality.coverage_rows()
    ]
    headers = [_("Language"), _("Translated (live)"), _("Source pages"), _("Coverage"), _("Outdated")]
    return Table("coverage", _("Translation coverage"), headers, rows)


DATED = {
    "views-by-day": views_by_day, "views-by-language": views_by_language, "top-pages": top_pages,
    "top-searches": top_searches, "no-result-searches": no_result_searches, "feedback": feedback,
}


def table(slug, scope, start, end):
    """The table with that slug (coverage does not depend on the dates); None for an unknown slug."""
    if slug == "coverage":
        return coverage(figures.quality(scope))
    builder = DATED.get(slug)
    return builder(scope, start, end) if builder else None
