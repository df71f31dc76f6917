"""Search engines (issue 16, finding 10): settings from the environment, and what Wagtail would send
to Elasticsearch/OpenSearch for our pages. No search server runs here: nothing is sent."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.search.backends import get_search_backend

from home.models import ContentPage
from integreat_wagtail.settings.search_backends import search_backends

POSTGRES, SQLITE = "django.db.backends.postgresql", "django.db.backends.sqlite3"
SERVER = {"SEARCH_URL": "https://search.internal:9200"}


def test_the_database_searches_without_a_search_url():
    assert search_backends({}, SQLITE) == {"default": {"BACKEND": "wagtail.search.backends.database"}}
    postgres = search_backends({}, POSTGRES)["default"]
    assert postgres == {"BACKEND": "integreat_wagtail.core.postgres_search", "SEARCH_CONFIG": "simple"}  # per language
    assert search_backends({"SEARCH_CONFIG": "german"}, POSTGRES)["default"]["SEARCH_CONFIG"] == "german"


@pytest.mark.parametrize("name, backend_class", [
    ("elasticsearch8", "Elasticsearch8SearchBackend"),
    ("elasticsearch9", "Elasticsearch9SearchBackend"),
])
def test_a_search_url_switches_to_the_search_server(settings, name, backend_class):
    environ = {**SERVER, "SEARCH_BACKEND": name} if name != "elasticsearch8" else SERVER
    settings.WAGTAILSEARCH_BACKENDS = search_backends(environ, POSTGRES)
    backend = get_search_backend("default")
    assert type(backend).__name__ == backend_class
    assert backend.index_prefix == "integreat_"
    assert backend.get_index_for_model(ContentPage).name == "integreat_wagtailcore_page"
    analysis = backend.settings["settings"]["analysis"]["analyzer"]
    assert {"arabic_normalization", "persian_normalization", "decimal_digit"} <= set(analysis["default"]["filter"])
    assert "edgengram_analyzer" in analysis  # Wagtail's own analyzers are kept


def test_content_pages_map_to_text_fields_analysed_by_the_multilingual_default(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(SERVER, POSTGRES)
    backend = get_search_backend("default")
    properties = backend.mapping_class(ContentPage).get_mapping()["properties"]
    for field in ("title", "home_contentpage__intro", "home_contentpage__body"):
        assert properties[field]["type"] == "text" and "analyzer" not in properties[field]  # the index default
    assert "_all_text_boost_2_0" in properties["home_contentpage__intro"]["copy_to"]  # intro weighs double
    assert properties["locale_id_filter"] == {"type": "integer"}
    assert properties["path_filter"] == {"type": "keyword"}


def test_a_query_is_limited_to_one_language_by_a_filter(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(SERVER, POSTGRES)
    backend = get_search_backend("default")
    query = backend.query_compiler_class(ContentPage.objects.filter(locale_id=7), "تسجيل").get_query()
    assert query["bool"]["must"]["multi_match"]["query"] == "تسجيل"
    assert {"term": {"locale_id_filter": 7}} in query["bool"]["filter"]


LANGUAGE_ANALYZERS = {"ar": "arabic", "fa": "persian", "prs": "persian", "ckb": "sorani", "de": "german",
                      "en": "english", "ru": "russian", "tr": "turkish", "fr": "french", "el": "greek"}


def test_every_catch_all_field_has_a_stemming_sub_field_per_language(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(SERVER, POSTGRES)
    properties = get_search_backend("default").mapping_class(ContentPage).get_mapping()["properties"]
    for catch_all in ("_all_text", "_all_text_boost_2_0"):
        subfields = properties[catch_all]["fields"]
        for code, analyzer in LANGUAGE_ANALYZERS.items():
            assert subfields[analyzer] == {"type": "text", "analyzer": analyzer}, code
        assert "ukrainian" not in subfields  # no built-in analyzer: the multilingual default serves it
    assert "fields" not in properties["title"]  # single fields keep the default analyzer only


def test_a_query_searches_every_language_sub_field_and_stays_in_the_readers_language(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(SERVER, POSTGRES)
    backend = get_search_backend("default")
    query = backend.query_compiler_class(ContentPage.objects.filter(locale_id=7), "مدارس").get_query()
    fields = query["bool"]["must"]["multi_match"]["fields"]
    assert {"_all_text", "_all_text.arabic", "_all_text.persian", "_all_text.german"} <= set(fields)
    assert {"_all_text_boost_2_0^2.0", "_all_text_boost_2_0.arabic^2.0"} <= set(fields)  # the intro's weight kept
    assert {"term": {"locale_id_filter": 7}} in query["bool"]["filter"]


def test_an_unknown_search_engine_is_refused_and_another_engines_client_is_not_needed():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_BACKEND"):
        search_backends({**SERVER, "SEARCH_BACKEND": "solr"}, POSTGRES)
    backend = search_backends({**SERVER, "SEARCH_BACKEND": "opensearch2"}, POSTGRES)["default"]["BACKEND"]
    assert backend == "integreat_wagtail.core.search_engines.opensearch2"  # built (importing its client) on first use
