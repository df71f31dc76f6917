"""The normalised words of every live page, stored when it is published, so that a search reads
only the pages that may match: on PostgreSQL `pg_trgm` finds them (word similarity, the typo
tolerance in the database), elsewhere a cached vocabulary of one municipality's words in one
language (rebuilt after a publish in its tree). `search_text.term_match` then scores the few."""

import re
from collections import defaultdict

from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Q, Value
from django.db.models.functions import Greatest
from wagtail.models import Page

from . import search_text
from .models import PageSearchTerms

VOCABULARY_KEY = "forgiving-search-vocabulary:{path}"
# pg_trgm word similarity above which a word may be a typo of the query term ("artz" and "arzt":
# 0.4); the exact match in Python decides.
WORD_SIMILARITY = 0.3


def page_text(page):
    """The plain searchable text of a page: summary and body blocks, without rendering templates."""
    parts = [getattr(page, "intro", "") or "", getattr(page, "search_description", "") or ""]
    body = getattr(page, "body", None)
    stream_block = getattr(body, "stream_block", None)
    if stream_block is not None:
        parts.extend(str(text) for text in stream_block.get_searchable_content(body))
    text = " ".join(part for part in parts if part)
    # Rich text comes as HTML: drop tags, collapse whitespace.
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


def index_page(page):
    page = page.specific
    language = page.locale.language_code
    PageSearchTerms.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "title": " ".join(search_text.terms(page.title, language)),
            "text": " ".join(search_text.terms(page_text(page), language)),
        },
    )
    forget_vocabularies(page)


def forget_page(page):
    PageSearchTerms.objects.filter(page_id=page.pk).delete()
    forget_vocabularies(page)


def forget_vocabularies(page):
    """Drop the cached vocabularies of the page's tree now, and again after the commit (a search in
    between may have cached the old words)."""
    keys = [VOCABULARY_KEY.format(path=page.path[:end]) for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def index_unindexed_pages(**kwargs):
    """Live pages without stored words (those published before the search stored any): run after
    every `migrate`, when every page model's table is complete; one query when there are none."""
    pages = Page.objects.live().filter(depth__gt=1, search_terms__isnull=True)
    for page in pages.specific().iterator(chunk_size=200):
        index_page(page)


def vocabulary(municipality_page):
    """{word: [page ids]} of the municipality's pages in the language of `municipality_page`."""
    key = VOCABULARY_KEY.format(path=municipality_page.path)
    words = cache.get(key)
    if words is None:
        words = defaultdict(list)
        rows = PageSearchTerms.objects.filter(
            page__path__startswith=municipality_page.path, page__locale_id=municipality_page.locale_id
        ).values_list("page_id", "title", "text")
        for page_id, title, text in rows:
            for word in set(title.split()) | set(text.split()):
                words[word].append(page_id)
        words = dict(words)
        cache.set(key, words, None)
    return words


def candidates(municipality_page, pages, wanted):
    """(page id, path, title words, text words) of the `pages` that may match a `wanted` term."""
    rows = PageSearchTerms.objects.filter(page__in=pages)
    if connection.vendor == "postgresql":
        similar = Q()
        for number, term in enumerate(wanted):
            similarity = f"similarity_{number}"
            rows = rows.alias(
                **{similarity: Greatest(TrigramWordSimilarity(Value(term), "title"), TrigramWordSimilarity(Value(term), "text"))}
            )
            similar |= Q(title__contains=term) | Q(text__contains=term) | Q(**{f"{similarity}__gte": WORD_SIMILARITY})
        rows = rows.filter(similar)
    else:
        ids = {
            page_id
            for word, page_ids in vocabulary(municipality_page).items()
            if any(search_text.term_match(term, word) for term in wanted)
            for page_id in page_ids
        }
        rows = rows.filter(page_id__in=ids)
    return [
        (page_id, path, title.split(), text.split())
        for page_id, path, title, text in rows.values_list("page_id", "page__path", "title", "text")
    ]
