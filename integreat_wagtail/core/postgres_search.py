"""Wagtail's PostgreSQL full-text search with each page stemmed by its own language's configuration.

Wagtail's database backend indexes and queries everything with one text search configuration.
The platform's trees are in many languages at once, so here a page is indexed with the
configuration of its locale (the registry's `text_search_configs`: German pages with `german`,
Arabic with `arabic`, Ukrainian with `russian` while PostgreSQL has no `ukrainian`…), and a query
limited to one locale (the site search always is) is parsed with that same configuration:
"Arzt" finds "Ärzte", "مدارس" finds "المدارس". A query over every locale (the admin's search)
matches a page under any of the configurations in use. Objects without a locale (images,
documents) and languages without a configuration on the server get SEARCH_CONFIG ("simple").
The settings choose this backend on PostgreSQL (settings/search_backends.py); after changing
configurations, `manage.py update_index` indexes the stored pages again.
"""

import copy
import functools
import operator

from django.conf import settings
from django.db import connections, router
from django.db.models.lookups import Exact
from django.db.models.sql.where import AND
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale

from integreat_wagtail import languages


@functools.cache
def installed_configs(alias):
    """The text search configurations of database `alias` (read once per process)."""
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def locale_filter(model, where):
    """The locale id an AND of filters pins a queryset of `model` to (`locale_id=…`, `locale=…`), else None."""
    if where.connector != AND or where.negated:
        return None
    for child in where.children:
        target = getattr(getattr(child, "lhs", None), "target", None)
        if isinstance(child, Exact) and target is not None and target.name == "locale" and issubclass(model, target.model):
            value = getattr(child.rhs, "pk", child.rhs)
            return value if isinstance(value, int) else None
        found = locale_filter(model, child) if hasattr(child, "connector") else None
        if found is not None:
            return found
    return None


class LanguageIndex(PostgresIndex):
    """Indexes each language's objects with its configuration (Wagtail's indexer reads the backend's)."""

    def add_items(self, model, objs):
        codes = dict(Locale.objects.filter(pk__in={getattr(obj, "locale_id", None) for obj in objs})
                     .values_list("pk", "language_code"))
        by_config = {}
        for obj in objs:
            config = self.backend.config_for(codes.get(getattr(obj, "locale_id", None)))
            by_config.setdefault(config, []).append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    """Parses the query with the configuration of the one locale it is limited to, else with all."""

    def get_config(self, backend):
        locale_id = locale_filter(self.queryset.model, self.queryset.query.where)
        if locale_id is None:
            return backend.configs_in_use()
        code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
        return backend.config_for(code)

    def build_tsquery(self, query, config=None):
        """A tuple of configurations: the query parsed with each, any of them matching."""
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        build = super().build_tsquery
        parsed = [build(query, config=each) for each in config]
        return None if parsed[0] is None else functools.reduce(operator.or_, parsed)


class LanguageSearchBackend(PostgresSearchBackend):
    """PostgreSQL search with a text search configuration per language (SEARCH_CONFIG for the rest)."""

    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.config = self.fallback_config = params.get("SEARCH_CONFIG") or "simple"

    def with_config(self, config):
        """This backend indexing with `config` (what Wagtail's indexer reads)."""
        backend = copy.copy(self)
        backend.config = config
        return backend

    def config_for(self, language_code):
        """The first of the language's configurations the database has, else the fallback."""
        language = languages.get(language_code)
        installed = installed_configs(router.db_for_write(IndexEntry))
        wanted = language.text_search_configs if language else ()
        return next((config for config in wanted if config in installed), self.fallback_config)

    def configs_in_use(self):
        """Every configuration pages may be indexed with, the fallback first."""
        configs = [self.config_for(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        return tuple(dict.fromkeys([self.fallback_config, *configs]))


SearchBackend = LanguageSearchBackend
