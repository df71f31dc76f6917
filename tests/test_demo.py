"""`manage.py load_demo` end to end, committed for real as on a fresh machine, and run twice."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from home.demo import content
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.roles import ROLES
from integreat_wagtail.plugins.registry import installed_plugins
from integreat_wagtail.translations.states import TranslationState, municipality_translation_states


pytestmark = pytest.mark.whole_demo


@pytest.fixture
def demo(whole_demo):
    return Municipality.objects.all()


def plugin_index_pages():
    models = [model for config in installed_plugins() for model in config.page_models() if model.__name__.endswith("IndexPage")]
    for model in models:
        yield from model.objects.select_related("locale")


def test_demo_loads_every_municipality_with_users_plugins_sections_and_translation_states(demo):
    assert sorted(demo.values_list("slug", flat=True)) == sorted(spec["slug"] for spec in content.municipalities())
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {"admin"} | {f"{m.slug}-{role.slug}" for m in demo for role in ROLES} <= usernames
    # Wagtail's account settings only save with a first and last name.
    assert not get_user_model().objects.filter(first_name="").exists()
    assert not get_user_model().objects.filter(last_name="").exists()
    for municipality in demo:
        assert municipality.pages.count() == len(municipality.language_codes)
        assert Page.objects.filter(path__startswith=municipality.pages.first().path).count() > 20
        assert all(page.get_workflow() == municipality.workflow for page in municipality.pages.all())

    sections = list(plugin_index_pages())
    assert {type(page).__name__ for page in sections} >= {"EventIndexPage", "HousingIndexPage", "LabourIndexPage"}
    by_key = {}
    for page in sections:
        by_key.setdefault((type(page), page.translation_key), {})[page.locale.language_code] = page
    for pages in by_key.values():
        source = pages["de"]
        for code, page in pages.items():
            assert page.live, page.url_path
            if code != "de":
                assert page.title != source.title, f"{page.url_path} is not translated"

    # Editors and readers can see every translation state in every municipality.
    wanted = {TranslationState.OUTDATED, TranslationState.MACHINE, TranslationState.IN_TRANSLATION}
    for municipality in demo:
        states = {state for row in municipality_translation_states(municipality) for state in row.states.values()}
        assert wanted <= states, (municipality.slug, states)

    pages_before = Page.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == pages_before
