"""Wagtail's Elasticsearch/OpenSearch backends with each language stemmed by its own analyzer.

Wagtail keeps every locale's pages in one index and copies each searchable field into catch-all
fields (`_all_text`, `_all_text_boost_2_0`…), which default searches query. Here those catch-all
fields get one sub-field per analyzer that Elasticsearch and OpenSearch have built in for a
platform language (the registry's `search_analyzer`: `_all_text.arabic`, `.persian` for Farsi and
Dari, `.german`, `.russian`, `.turkish`…), and a query searches the field and all its sub-fields,
best match first. A German query then finds "Wohnungen" for "Wohnung", an Arabic one
"المدارس" for "مدرسة"; the other languages' sub-fields find little, and the locale filter of the
query keeps results in the reader's language. Languages without a built-in analyzer (Ukrainian,
Tigrinya, Pashto…) are served by the index's multilingual default (settings/search_backends.py).

`integreat_wagtail.core.search_engines.elasticsearch8` (…9, opensearch2, opensearch3) names the
backend for WAGTAILSEARCH_BACKENDS; the class is built on first use, so only the client library
of the configured engine needs to be installed.
"""

import importlib

from integreat_wagtail import languages

ENGINES = ("elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3")
CATCH_ALL = "_all_text"


def language_analyzers():
    """The built-in analyzers of the platform's languages, once each (German serves de and de-si)."""
    return sorted({language.search_analyzer for language in languages.LANGUAGES if language.search_analyzer})


def is_catch_all(field_name):
    return field_name == CATCH_ALL or field_name.startswith(CATCH_ALL + "_boost_")


def multilingual_backend(engine):
    """Wagtail's backend for `engine` with language sub-fields on the catch-all fields."""
    wagtail_backend = importlib.import_module(f"wagtail.search.backends.{engine}").SearchBackend
    subfields = {analyzer: {"type": "text", "analyzer": analyzer} for analyzer in language_analyzers()}

    class Mapping(wagtail_backend.mapping_class):
        def get_mapping(self):
            mapping = super().get_mapping()
            for name, field in mapping["properties"].items():
                if is_catch_all(name):
                    field["fields"] = subfields
            return mapping

    class QueryCompiler(wagtail_backend.query_compiler_class):
        mapping_class = Mapping

        def _remap_fields(self, fields):
            remapped = super()._remap_fields(fields)
            field_class = type(remapped[0]) if remapped else None
            return remapped + [
                field_class(f"{field.field_name}.{analyzer}", field.boost)
                for field in remapped if is_catch_all(field.field_name) for analyzer in subfields
            ]

    class AutocompleteQueryCompiler(wagtail_backend.autocomplete_query_compiler_class):
        mapping_class = Mapping

    return type(wagtail_backend.__name__, (wagtail_backend,), {
        "__module__": __name__,
        "__doc__": f"{wagtail_backend.__doc__ or engine}, with a stemming analyzer per language.",
        "mapping_class": Mapping,
        "query_compiler_class": QueryCompiler,
        "autocomplete_query_compiler_class": AutocompleteQueryCompiler,
    })


def __getattr__(name):
    """`search_engines.elasticsearch8` etc.: the backend class, built when Wagtail first imports it."""
    if name not in ENGINES:
        raise AttributeError(name)
    backend = multilingual_backend(name)
    globals()[name] = backend
    return backend
