"""WAGTAILSEARCH_BACKENDS from the environment: the database by default, Elasticsearch/OpenSearch with SEARCH_URL.

Wagtail keeps one search index per root model (all pages in one index, every locale together).
Its catch-all fields get a stemming sub-field per language (core/search_engines.py); every field
is also analysed by the index's default analyzer, which works for every language at once and is
all that serves the languages without a built-in analyzer: Unicode word splitting (Arabic,
Persian, Cyrillic, Tigrinya…), lower case, Arabic-Indic and Persian digits as ASCII digits, Arabic
and Persian letter variants unified, German umlauts and ß folded.
"""

from django.core.exceptions import ImproperlyConfigured

from integreat_wagtail.core.search_engines import ENGINES

MULTILINGUAL_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase", "decimal_digit", "arabic_normalization", "persian_normalization",
                        "german_normalization", "asciifolding",
                    ],
                },
            },
        },
    },
}


def search_backends(environ, database_engine):
    """Elasticsearch 8 (or SEARCH_BACKEND: elasticsearch9, opensearch2, opensearch3…) when SEARCH_URL is set;
    else PostgreSQL full-text search per language on PostgreSQL, Wagtail's database backend elsewhere."""
    if environ.get("SEARCH_URL"):
        engine = environ.get("SEARCH_BACKEND", "elasticsearch8")
        if engine not in ENGINES:
            raise ImproperlyConfigured(f"SEARCH_BACKEND must be one of {', '.join(ENGINES)}, not “{engine}”.")
        return {"default": {
            "BACKEND": "integreat_wagtail.core.search_engines." + engine,
            "URLS": [environ["SEARCH_URL"]],
            "INDEX_PREFIX": environ.get("SEARCH_INDEX", "integreat") + "_",
            "TIMEOUT": 5,
            "AUTO_UPDATE": True,
            "ATOMIC_REBUILD": True,
            "INDEX_SETTINGS": MULTILINGUAL_INDEX_SETTINGS,
        }}
    if database_engine == "django.db.backends.postgresql":
        # Each language stemmed by its own text search configuration (core/postgres_search.py);
        # SEARCH_CONFIG serves the languages PostgreSQL has none for ("simple" stems none wrongly).
        return {"default": {
            "BACKEND": "integreat_wagtail.core.postgres_search",
            "SEARCH_CONFIG": environ.get("SEARCH_CONFIG", "simple"),
        }}
    return {"default": {"BACKEND": "wagtail.search.backends.database"}}
