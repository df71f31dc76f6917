"""The demo's Austrian town starts from the platform template, through the onboarding service: its
topic pages are the template's Austrian pages with their translations in the same states."""

import pytest

from home.models import ContentPage
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.translations.states import TranslationState, municipality_translation_states
from tests.factories import root_page


def states(municipality):
    return {
        (row.source["title"], code): state
        for row in municipality_translation_states(municipality) if row.source["depth"] > 3
        for code, state in row.states.items()
    }


@pytest.mark.whole_demo
def test_the_austrian_town_starts_from_the_platform_template(client, whole_demo):
    template, town = Municipality.objects.get(slug="vorlage-oesterreich"), Municipality.objects.get(slug="almhofen")
    assert template.is_template and not town.is_template
    assert "vorlage-oesterreich" not in Municipality.objects.public().values_list("slug", flat=True)
    template_pages = ContentPage.objects.descendant_of(root_page(template)).filter(locale__language_code="de")
    town_pages = ContentPage.objects.descendant_of(root_page(town)).filter(locale__language_code="de")
    assert sorted(template_pages.values_list("title", flat=True)) == sorted(town_pages.values_list("title", flat=True))
    assert "AMS" in str(town_pages.get(slug="sozialleistungen").body)  # the template's Austrian texts
    # Every topic page in every language in the template's state (the town also has its plugins' pages).
    template_states, town_states = states(template), states(town)
    assert {key: town_states.get(key) for key in template_states} == template_states
    assert {TranslationState.OUTDATED, TranslationState.MACHINE, TranslationState.IN_TRANSLATION} <= set(template_states.values())
    assert client.get("/de/almhofen/").status_code == 200
    assert client.get("/de/vorlage-oesterreich/").status_code == 404
