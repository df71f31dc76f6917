"""Proof of isolation: every admin URL pattern, filled with another municipality's ids, as every role.

The patterns come from the URL resolver, so a new view is in the table without anyone listing it.
Each filled URL is requested with GET and with POST (a harmful body; PUT/PATCH/DELETE for views
that take those instead) by each role of the own municipality, every request in a savepoint that
is rolled back; the foreign municipality's data is fingerprinted before and after. The table is printed; with ISOLATION_TABLE=<path> it is also
written as Markdown (docs/isolation.md). Any leak fails the test.
"""

import os
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings
from wagtail.models import get_page_models

from tests.isolation.filling import SEARCH_QUERY, UNFILLED_ALLOWED, Missing, fill, needs_subject, variants
from tests.isolation.patterns import admin_patterns
from tests.isolation.verdict import Row, Verdict, control_label, judge, markdown, text_table
from tests.isolation.world import build_world, fingerprint

pytestmark = pytest.mark.django_db  # each test in a savepoint of the module's world transaction

HARMFUL_BODY = {"title": "Hacked", "slug": "hacked", "name": "Hacked", "publish": "on", "action-publish": "publish"}
# Page types that no municipality owns, so the foreign tree has none.
GLOBAL_PAGE_TYPES = {"Page": "Wagtail's abstract root", "PlatformPage": "the platform's landing page, one for all"}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """One world per module, built inside a transaction that is rolled back afterwards."""
    media = tmp_path_factory.mktemp("isolation-media")
    private = {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": media / "private"}}
    with django_db_blocker.unblock(), override_settings(
        MEDIA_ROOT=media / "public", STORAGES={**settings.STORAGES, "private": private}
    ):
        cache.clear()
        with transaction.atomic():
            yield build_world()
            transaction.set_rollback(True)
        cache.clear()


class Requester:
    """Requests as a user inside a savepoint that is rolled back, and tells whether foreign data changed."""

    def __init__(self, world):
        self.world = world
        self.client = Client(raise_request_exception=False)
        self.sessions = {}
        self.baseline = fingerprint(world)

    def log_in(self, user):
        """Each user's session is made once, in the world's transaction (outside the savepoints), and
        every request starts from it with no other cookie: a request that ends or rotates the
        session is rolled back with its savepoint (a login per request was a quarter of the time)."""
        if user.pk not in self.sessions:
            self.client.cookies = SimpleCookie()
            self.client.force_login(user)
            self.sessions[user.pk] = self.client.cookies[settings.SESSION_COOKIE_NAME].value
        self.client.cookies = SimpleCookie({settings.SESSION_COOKIE_NAME: self.sessions[user.pk]})

    def __call__(self, user, method, url, query, judge_response):
        self.log_in(user)
        savepoint = transaction.savepoint()
        try:
            writes = write_count()
            if method == "GET":
                response = self.client.get(url, query)
            else:
                response = self.client.generic(method, f"{url}?{urlencode(query)}", urlencode(HARMFUL_BODY),
                                               content_type="application/x-www-form-urlencoded")
            wrote = writes is None or write_count() != writes
            return judge_response(response, wrote and fingerprint(self.world) != self.baseline)
        finally:
            transaction.savepoint_rollback(savepoint)
            cache.clear()


def write_count():
    """Rows written in this connection's transaction so far, so only requests that wrote are fingerprinted
    (SQLite's change counter; PostgreSQL's per-transaction table statistics); None where unknown."""
    connection = transaction.get_connection()
    if connection.vendor == "sqlite":
        return connection.connection.total_changes
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables")
            return cursor.fetchone()[0]
    return None


def probe(pattern, world, requester):
    """Rows of one pattern: per variant, the first filling the platform admin does not get a 404 for.

    Of a pattern's model variants (app_label/model_name), those the platform admin gets a 404 or
    405 for are left out, unless none is left (then the first 405 stays).
    """
    rows, method_only, missing = [], [], []
    for template in variants(pattern, world):
        row = Row(pattern.route, pattern.name, template.variant)
        for subject in world.subjects if needs_subject(pattern) else [None]:
            try:
                filling = fill(pattern, world, template, subject)
            except Missing as error:
                missing.append(error)
                continue
            row.url = pattern.url(filling.values)
            shadow = pattern.shadowed_by(row.url)
            if shadow:
                return [Row(pattern.route, pattern.name, note=f"shadowed by `{shadow}`")]
            status, control = probe_control(pattern, world, requester, row.url, filling)
            if status != 404 or not pattern.arguments:
                row.control, row.filling = control, filling
                (method_only if status == 405 and template.variant else rows).append(row)
                break
    if rows or method_only:
        return rows or method_only[:1]
    if missing:
        last = max(missing, key=lambda error: pattern.arguments.index(error.argument))
        return [Row(pattern.route, pattern.name, note=f"unfilled: {last}", unfilled=True)]
    return [Row(pattern.route, pattern.name, note="unfilled: 404 for the platform admin with every foreign candidate",
                unfilled=True)]


def probe_control(pattern, world, requester, url, filling):
    """The platform admin's GET; without the search query when the view refuses it (400) or fails
    on it (500, noted in the table), so that the view itself is still tested."""
    def control(response, _changed):
        return response.status_code, control_label(response, world.markers)

    if not pattern.allows("GET"):
        return 405, "no GET handler"
    status, label = requester(world.platform_admin, "GET", url, filling.query, control)
    if status in (400, 500) and set(SEARCH_QUERY) <= set(filling.query):
        filling.query = {key: value for key, value in filling.query.items() if key not in SEARCH_QUERY}
        failed = status
        status, label = requester(world.platform_admin, "GET", url, filling.query, control)
        if failed == 500:
            label += f" (with ?{urlencode(SEARCH_QUERY)}: 500)"
    return status, label


def build_table(world):
    requester = Requester(world)
    columns = [f"{role} {column}" for role in world.users for column in ("GET", "write")]
    rows = []
    for pattern in admin_patterns():
        for row in probe(pattern, world, requester):
            rows.append(row)
            if row.unfilled or row.note:
                continue
            for role, user in world.users.items():
                for column, method in (("GET", "GET"), ("write", pattern.write_method())):
                    verdict = requester(
                        user, method, row.url, row.filling.query,
                        lambda response, changed, url=row.url: judge(response, url, world.markers, changed),
                    ) if pattern.allows(method) else Verdict(f"no {method} handler")
                    if method not in ("GET", "POST"):
                        verdict.label = f"{method} {verdict.label}"
                    row.cells[f"{role} {column}"] = verdict
    return rows, columns


def test_no_admin_view_shows_or_changes_another_municipalitys_data(world):
    rows, columns = build_table(world)
    print("\n" + text_table(rows, columns))
    if os.environ.get("ISOLATION_TABLE"):
        Path(os.environ["ISOLATION_TABLE"]).write_text(markdown(rows, columns), encoding="utf-8")

    unfilled = {row.route: row.note for row in rows if row.unfilled}
    undocumented = {route: note for route, note in unfilled.items() if route not in UNFILLED_ALLOWED}
    assert not undocumented, f"Unfilled patterns without a documented reason (tests/isolation/filling.py): {undocumented}"
    stale = set(UNFILLED_ALLOWED) - set(unfilled)
    assert not stale, f"Allow-listed as unfilled but filled (or gone) now, remove them: {stale}"
    controls = [row.control for row in rows if row.cells]
    assert sum("shows foreign" in control for control in controls) > len(controls) // 4, (
        "The platform admin hardly ever sees a foreign marker: the world's markers or the fillings are broken"
    )
    leaks = [f"{row.route}{f' [{row.variant}]' if row.variant else ''} {column}: {row.cells[column].label}"
             for row in rows for column in row.leaks]
    assert not leaks, f"{len(leaks)} leaking cells:\n" + "\n".join(leaks)


def test_the_foreign_municipality_has_a_page_of_every_page_type(world):
    """Otherwise a new page type's admin views would only ever be requested with other types' ids."""
    present = {page.specific_class for page in world.subjects}
    missing = [model.__name__ for model in get_page_models()
               if model not in present and model.__name__ not in GLOBAL_PAGE_TYPES]
    assert not missing, f"Add a foreign page of these types to tests/isolation/world.py: {missing}"
