"""Country-specific demo texts: the Austrian demo municipality must not describe German institutions."""

import json

import pytest
from django.test import TestCase

from home.demo import content
from home.demo.loader import DemoLoader, localize_topics
from home.models import ContentPage
from tests.factories import make_municipality

GERMAN_ONLY = ("Jobcenter", "Bürgergeld", "Meldebescheinigung", "Ausländerbehörde", "Familienkasse", "BAMF", "116117")


def shape(nodes):
    """Slugs, block types and list lengths of non-list blocks: what block ids and segments depend on."""
    return [
        (node["slug"], [block["type"] for block in node["body"]], shape(node.get("children", [])))
        for node in nodes
    ]


def test_every_municipality_has_a_country_with_overrides():
    municipalities = content.municipalities()
    assert {spec["slug"]: spec["country"] for spec in municipalities}["almhofen"] == "AT"
    for spec in municipalities:
        assert isinstance(content.country_overrides(spec["country"]), dict), spec["country"]


def test_overrides_keep_the_block_structure_and_only_change_austria():
    topics = content.topics()
    assert localize_topics(topics, "DE") == topics
    austrian = localize_topics(topics, "AT")
    assert shape(austrian) == shape(topics)
    dumped = json.dumps(austrian, ensure_ascii=False)
    for term in GERMAN_ONLY:
        assert term not in dumped, term
    for term in ("AMS", "Meldezettel", "ÖIF", "e-card", "Familienbeihilfe", "1450"):
        assert term in dumped, term
    assert "Jobcenter" in json.dumps(topics, ensure_ascii=False)  # the source tree is untouched


def test_every_override_leaf_has_all_five_languages():
    def leaves(value):
        if isinstance(value, dict) and "de" in value:
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from leaves(item)
        elif isinstance(value, list):
            for item in value:
                yield from leaves(item)

    found = list(leaves(content.country_overrides("AT")))
    assert len(found) > 50
    for leaf in found:
        assert set(leaf) == {"de", "en", "ar", "fa", "uk"} and all(leaf.values()), leaf


def test_overrides_for_unknown_pages_or_blocks_are_refused():
    topics = content.topics()
    with pytest.raises(KeyError):
        localize_topics(topics, "AT", {"no-such-page": {"title": {"de": "x"}}})
    with pytest.raises(KeyError):
        localize_topics(topics, "AT", {"ankommen": {"blocks": {99: {"value": {"de": "x"}}}}})
    with pytest.raises(KeyError):
        localize_topics(topics, "AT", {"ankommen": {"blocks": {1: {"type": "paragraph"}}}})


def page_texts(municipality, language):
    root = municipality.pages.get(locale__language_code=language)
    pages = ContentPage.objects.filter(path__startswith=root.path, locale__language_code=language).exclude(pk=root.pk)
    return {page.slug: f"{page.title} {page.intro} {json.dumps(list(page.body.raw_data), ensure_ascii=False)}" for page in pages}


@pytest.mark.parametrize(
    ("country", "present", "absent"),
    [("AT", ("AMS", "Meldezettel"), ("Jobcenter", "Bürgergeld")), ("DE", ("Jobcenter", "Bürgergeld"), ("AMS", "Meldezettel"))],
)
def test_loader_builds_country_pages_in_source_and_translation(db, country, present, absent):
    municipality = make_municipality("Stadtgemeinde Almhofen", "almhofen", ["de", "ar"])
    with TestCase.captureOnCommitCallbacks(execute=True):
        DemoLoader("pw").topics(municipality, country)
    german, arabic = page_texts(municipality, "de"), page_texts(municipality, "ar")
    assert set(german) == set(arabic) and len(german) > 20
    for texts in (german, arabic):
        everything = " ".join(texts.values())
        for term in present:
            assert term in everything, (country, term)
        for term in absent:
            assert term not in everything, (country, term)
    assert "AMS" in german["sozialleistungen"] if country == "AT" else "Jobcenter" in german["sozialleistungen"]
    # the translation really is Arabic, not the German fallback
    assert german["sozialleistungen"] != arabic["sozialleistungen"]
