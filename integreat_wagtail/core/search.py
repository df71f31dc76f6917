"""Search inside one municipality's tree in one language, with highlighted snippets."""

import logging
import re

from django.db import DatabaseError, transaction
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from integreat_wagtail.plugins.gate import hidden_page_content_types

from . import search_index, search_text

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 100
SNIPPET_RADIUS = 90


def searchable_pages(municipality_page):
    """Live public pages below the municipality page in its locale, without switched-off plugin pages."""
    return (
        Page.objects.live()
        .public()
        .descendant_of(municipality_page)
        .filter(locale_id=municipality_page.locale_id)
        .exclude(content_type_id__in=hidden_page_content_types(municipality_page.municipality))
    )


def search_pages(municipality_page, query, limit=30):
    """Ranked by the forgiving match (typos, prefixes, Arabic article, inflection; `search_text`),
    then whatever else the search backend finds (fields the forgiving match does not read)."""
    pages = searchable_pages(municipality_page)
    ranked = forgiving_search(municipality_page, pages, query, limit)
    seen = {page.pk for page in ranked}
    others = [page.pk for page in backend_search(pages, query, limit) if page.pk not in seen]
    # One query per concrete page type, not one per result.
    specific = {page.pk: page for page in Page.objects.filter(pk__in=others).specific()}
    return (ranked + [specific[pk] for pk in others if pk in specific])[:limit]


def backend_search(pages, query, limit):
    """The search backend's hits; a query the engine cannot parse (SQLite FTS5: quotes) finds nothing."""
    try:
        with transaction.atomic():
            return list(pages.search(query, operator="or")[:limit])
    except DatabaseError:
        logger.warning("Search failed for %r", query, exc_info=True)
        return []


def forgiving_search(municipality_page, pages, query, limit=30):
    """Every term scored against each page's title (three times) and text: the search backends
    index words as written, so "طبيب" would never find "الطبيب" nor "Artz" find "Arzt". Only the
    pages that may match are read (`search_index`), and only the best are loaded."""
    wanted = search_text.terms(query, municipality_page.locale.language_code)
    if not wanted:
        return []
    scored = []
    for page_id, path, title, text in search_index.candidates(municipality_page, pages, wanted):
        score = sum(3 * search_text.best_match(term, title) + search_text.best_match(term, text) for term in wanted)
        if score:
            scored.append((-score, len(title), path, page_id))  # ties: the shorter, more specific title
    best = [item[-1] for item in sorted(scored)[:limit]]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=best).specific()}
    return [specific[pk] for pk in best if pk in specific]


def terms_of(query):
    return [term for term in re.split(r"\W+", query.lower()) if len(term) > 1][:10]


def snippet(page, query):
    """A window of the page's text around the first match, escaped, with matches in <mark>."""
    text = search_index.page_text(page)
    terms = terms_of(query)
    if not text:
        return ""
    lowered = text.lower()
    positions = [lowered.find(term) for term in terms if lowered.find(term) >= 0]
    start = max(min(positions) - SNIPPET_RADIUS, 0) if positions else 0
    end = min(start + 2 * SNIPPET_RADIUS, len(text))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    window = text[start:end]
    html = escape(window)
    if terms:
        pattern = re.compile("(" + "|".join(re.escape(escape(term)) for term in sorted(terms, key=len, reverse=True)) + ")", re.IGNORECASE)
        html = pattern.sub(r"<mark>\1</mark>", html)
    return mark_safe(("… " if start > 0 else "") + html + (" …" if end < len(text) else ""))


def highlight(text, query):
    """Escape `text` and mark the query's words in it (for titles)."""
    html = escape(text)
    terms = terms_of(query)
    if not terms:
        return mark_safe(html)
    pattern = re.compile("(" + "|".join(re.escape(escape(term)) for term in sorted(terms, key=len, reverse=True)) + ")", re.IGNORECASE)
    return mark_safe(pattern.sub(r"<mark>\1</mark>", html))
