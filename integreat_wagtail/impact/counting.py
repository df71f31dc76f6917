"""Counting reads and searches without slowing serving and without tracking anyone.

A counted request adds one to a counter in this worker's memory (a dict under a lock: no SQL, no
cache call). Every `INTEGREAT_IMPACT_FLUSH_SECONDS` (60), or when `INTEGREAT_IMPACT_MAX_KEYS`
(1,000) counters wait, a background thread takes them out and merges them into the database in
one transaction (`write`); at exit the worker writes the rest. The trade-off: a worker that is
killed loses its last minute of counts, and a failed write (database down) is logged and dropped;
in exchange counting needs neither the cache nor the database while a page is served, so an
outage of either never reaches readers, and a cache hit stays free of SQL.

Counted are days of the platform's time zone (`TIME_ZONE`): the day a read happened there.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from integreat_wagtail.feedback.models import NoResultQuery
from integreat_wagtail.municipalities.models import Municipality

from .models import ReadCount, SearchCount

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_reads = Counter()  # (municipality id, day, language, channel, resource, page id) -> views
_searches = Counter()  # (municipality id, day, language, query, found) -> searches
_last_flush = time.monotonic()
READ_KEY = ("municipality_id", "day", "language", "channel", "resource", "page_id")
SEARCH_KEY = ("municipality_id", "day", "language", "query")


def is_bot(user_agent):
    """The documented rule (docs/architecture.md, impact): no user agent, or one containing any of
    `INTEGREAT_IMPACT_BOT_MARKERS` (case-insensitive), is a robot or a script, not a reader."""
    user_agent = user_agent.lower()
    return not user_agent or any(marker in user_agent for marker in settings.IMPACT_BOT_MARKERS)


def record_read(municipality_id, language, page_id=None, resource=""):
    """One read of a page (`resource` "") or of an API resource, today."""
    channel = ReadCount.Channel.APP if resource else ReadCount.Channel.SITE
    with _lock:
        _reads[(municipality_id, timezone.localdate(), language, channel, resource, page_id)] += 1
    _flush_if_due()


def record_search(municipality_id, language, query, found):
    """One search for `query` (normalised like NoResultQuery's), today, and whether it found anything."""
    query = NoResultQuery.normalise(query)
    if not query:
        return
    with _lock:
        _searches[(municipality_id, timezone.localdate(), language, query, bool(found))] += 1
    _flush_if_due()


def take():
    """The waiting counters, leaving none behind: ({read key: views}, {search key: searches})."""
    global _last_flush
    with _lock:
        reads, searches = dict(_reads), dict(_searches)
        _reads.clear()
        _searches.clear()
        _last_flush = time.monotonic()
    return reads, searches


def flush():
    """Write every waiting counter now (tests, the exit handler); returns the number of counters written."""
    reads, searches = take()
    write(reads, searches)
    return len(reads) + len(searches)


def _flush_if_due():
    if settings.IMPACT_FLUSH_SECONDS is None:
        return  # only explicit flushes (tests)
    waiting = len(_reads) + len(_searches)
    if waiting >= settings.IMPACT_MAX_KEYS or time.monotonic() - _last_flush >= settings.IMPACT_FLUSH_SECONDS:
        reads, searches = take()
        threading.Thread(target=_write_in_thread, args=(reads, searches), daemon=True).start()


def _write_in_thread(reads, searches):
    try:
        write(reads, searches)
    finally:
        connection.close()  # this thread's own connection


def write(reads, searches):
    """Merge counters into the database: existing rows of the same key grow, new keys become rows."""
    if not reads and not searches:
        return
    try:
        _write(reads, searches)
    except Exception:
        logger.exception("Could not write %d read and %d search counters; they are dropped", len(reads), len(searches))


@transaction.atomic
def _write(reads, searches):
    municipality_ids = set(
        Municipality.objects.filter(pk__in={key[0] for key in [*reads, *searches]}).values_list("pk", flat=True)
    )
    page_ids = set(Page.objects.filter(pk__in={key[5] for key in reads if key[5]}).values_list("pk", flat=True))
    read_rows = Counter()
    for (municipality_id, day, language, channel, resource, page_id), views in reads.items():
        if municipality_id in municipality_ids:  # a page deleted meanwhile still counts for its municipality
            read_rows[(municipality_id, day, language, channel, resource, page_id if page_id in page_ids else None)] += views
    search_rows = {}
    for (municipality_id, day, language, query, found), count in searches.items():
        if municipality_id in municipality_ids:
            searched, without = search_rows.get((municipality_id, day, language, query), (0, 0))
            search_rows[(municipality_id, day, language, query)] = (searched + count, without + (0 if found else count))
    _merge(ReadCount, READ_KEY, ("views",), {key: (views,) for key, views in read_rows.items()})
    _merge(SearchCount, SEARCH_KEY, ("searches", "without_results"), search_rows)


def _merge(model, key_fields, count_fields, counts):
    """Add `counts` ({key: increments of count_fields}) to the rows of their keys: one locked read of
    the rows the keys may have, one bulk update, one bulk insert."""
    if not counts:
        return
    existing = model.objects.select_for_update().filter(
        municipality_id__in={key[0] for key in counts}, day__in={key[1] for key in counts}
    )
    rows = {}
    for row in existing:
        rows.setdefault(tuple(getattr(row, name) for name in key_fields), row)
    changed, new = [], []
    for key, increments in counts.items():
        row = rows.get(key)
        if row is None:
            new.append(model(**dict(zip(key_fields, key, strict=True)), **dict(zip(count_fields, increments, strict=True))))
            continue
        for name, increment in zip(count_fields, increments, strict=True):
            setattr(row, name, getattr(row, name) + increment)
        changed.append(row)
    model.objects.bulk_update(changed, count_fields, batch_size=500)
    model.objects.bulk_create(new, batch_size=500)


def _flush_at_exit():
    if settings.IMPACT_FLUSH_SECONDS is not None:
        flush()


atexit.register(_flush_at_exit)
