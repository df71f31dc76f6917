"""One run of the link checker over a municipality: collect, store, check the oldest results first.

Collecting is cheap and complete: every run stores the links the live pages contain now (and drops
the ones no page contains any more). Checking external addresses costs network time, so a run checks
at most `limit` of them, those never checked or checked longest ago first; the next run continues.
Internal links (a chosen page or document) are looked up in the database, no request is made.
"""

import logging
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_noop
from wagtail.documents import get_document_model
from wagtail.models import Page

from .collect import page_links
from .models import Link
from .probe import HostThrottle, Result, check_url

logger = logging.getLogger(__name__)
NOT_PUBLISHED = gettext_noop("not found or not published")


@dataclass
class RunOptions:
    rate: float = 1.0  # requests per second and host
    timeout: float = 10.0  # seconds per request
    limit: int = 500  # external addresses checked per run (over all its municipalities)
    allow_private: bool = False

    @classmethod
    def from_settings(cls, **overrides):
        defaults = {
            "limit": settings.INTEGREAT_LINKCHECK_MAX_PER_RUN,
            "allow_private": settings.INTEGREAT_LINKCHECK_ALLOW_PRIVATE_NETWORKS,
        }
        return cls(**{**defaults, **{key: value for key, value in overrides.items() if value is not None}})


@dataclass
class RunSummary:
    links: int = 0
    checked: int = 0
    broken: int = 0


def store_links(municipality):
    """Make the stored links those the live pages contain now; the links, with where they occur."""
    found = page_links(municipality)
    urls = {url for _kind, url in found}
    with transaction.atomic():
        existing = {link.url: link for link in Link.objects.filter(municipality=municipality)}
        Link.objects.filter(pk__in=[link.pk for url, link in existing.items() if url not in urls]).delete()
        for (kind, url), page_ids in found.items():
            link = existing.get(url) or Link.objects.create(municipality=municipality, url=url, kind=kind)
            link.pages.set(page_ids)
    return Link.objects.filter(municipality=municipality)


def check_internal(links):
    """A chosen page must exist and be live, a document exist."""
    ids = {kind: [link.target_id for link in links if link.kind == kind] for kind in (Link.Kind.PAGE, Link.Kind.DOCUMENT)}
    live_pages = set(Page.objects.live().filter(pk__in=ids[Link.Kind.PAGE]).values_list("pk", flat=True))
    documents = set(get_document_model().objects.filter(pk__in=ids[Link.Kind.DOCUMENT]).values_list("pk", flat=True))
    for link in links:
        exists = link.target_id in (live_pages if link.kind == Link.Kind.PAGE else documents)
        _save(link, Result(status=200) if exists else Result(status=404, error=NOT_PUBLISHED))


def check_municipality(municipality, options, throttle=None):
    """Store and check the municipality's links; `throttle` is shared when one run covers several."""
    throttle = throttle or HostThrottle(options.rate)
    links = store_links(municipality)
    summary = RunSummary(links=links.count())
    check_internal(list(links.exclude(kind=Link.Kind.EXTERNAL)))
    due = links.filter(kind=Link.Kind.EXTERNAL).order_by(F("checked_at").asc(nulls_first=True), "pk")
    for link in due[: options.limit]:
        _save(link, check_url(link.url, timeout=options.timeout, throttle=throttle, allow_private=options.allow_private))
        summary.checked += 1
    summary.broken = links.filter(broken=True).count()
    logger.info("Checked %d of %d links of %s: %d broken", summary.checked, summary.links, municipality.slug, summary.broken)
    return summary


def _save(link, result):
    link.status, link.error, link.broken, link.checked_at = result.status, result.error, result.broken, timezone.now()
    link.save(update_fields=["status", "error", "broken", "checked_at"])


def check_all(municipalities, options):
    """One run over several municipalities, with one throttle (they often link to the same hosts)
    and one limit: what is left of it after a municipality goes to the next."""
    throttle = HostThrottle(options.rate)
    summaries, remaining = {}, options.limit
    for municipality in municipalities:
        summary = check_municipality(municipality, replace(options, limit=remaining), throttle)
        remaining -= summary.checked
        summaries[municipality.slug] = summary
    return summaries
