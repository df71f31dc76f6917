"""PostgreSQL full-text search stems each language with its own configuration (issue 16): run on a
real PostgreSQL (DATABASE_URL=postgres://…), skipped on SQLite, which has no text search configurations."""

import pytest
from django.db import connection
from wagtail.models import Page
from modelsearch.backends.database.postgres.postgres import IndexEntry
from wagtail.search.backends import get_search_backend

from integreat_wagtail.core.search import backend_search, searchable_pages
from tests.factories import add_content_page, make_municipality, root_page

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search")

# (language, title, body, a query whose words are only inflected forms of the body's)
PAGES = [
    ("de", "Gesundheit", "Ärzte und Kinderärzte in der Stadt.", "Arzt"),
    ("en", "Health", "Appointments with family doctors.", "appointment doctor"),
    ("ar", "التعليم", "المدارس في المدينة.", "مدارس"),
    ("uk", "Медицина", "Запис до лікарем у місті.", "лікар"),  # the russian configuration serves Ukrainian
]


@pytest.fixture
def town(db):
    municipality = make_municipality("Aachtal", "aachtal", [language for language, *_ in PAGES])
    pages = {language: add_content_page(root_page(municipality, language), title=title, intro=body)
             for language, title, body, _query in PAGES}
    return municipality, pages


def test_the_settings_choose_the_language_aware_backend_on_postgresql():
    backend = get_search_backend("default")
    assert type(backend).__name__ == "LanguageSearchBackend"
    assert backend.config_for("de") == "german" and backend.config_for("ar") == "arabic"
    assert backend.config_for("uk") == "russian"  # no "ukrainian" configuration on this server
    assert backend.config_for("fa") == backend.config_for(None) == "simple"  # none for Persian; objects without a locale


@pytest.mark.parametrize("language, title, body, query", PAGES)
def test_a_query_finds_inflected_words_in_its_own_language(town, language, title, body, query):
    municipality, pages = town
    found = backend_search(searchable_pages(root_page(municipality, language)), query, 30)
    assert [page.pk for page in found] == [pages[language].pk]


def test_the_site_search_answers_in_each_language_on_postgresql(town, client):
    _municipality, pages = town
    for language, title, _body, query in PAGES:
        response = client.get(f"/{language}/aachtal/search/", {"q": query})
        assert response.status_code == 200
        assert title in response.content.decode(), language


def test_each_page_is_indexed_with_its_languages_stems(town):
    _municipality, pages = town
    bodies = {language: str(IndexEntry.objects.get(object_id=str(page.pk)).body) for language, page in pages.items()}
    assert "'arzt'" in bodies["de"]  # "Ärzte": German stem, umlaut folded
    assert "'doctor'" in bodies["en"] and "'appoint'" in bodies["en"]
    assert "'مدارس'" in bodies["ar"]  # the article ال stripped
    assert "'лікар'" in bodies["uk"]


def test_a_search_over_every_language_matches_each_language_by_its_own_stems(town):
    """No locale filter (a platform-wide listing): the query is parsed with every configuration in use."""
    _municipality, pages = town
    for language, _title, _body, query in PAGES:
        found = {page.pk for page in Page.objects.live().search(query, operator="or")}
        assert pages[language].pk in found, query
    assert not Page.objects.live().search("Wohnungsamt")  # stemming still needs a matching word
