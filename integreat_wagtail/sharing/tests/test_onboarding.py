"""create_municipality --from SLUG: a new municipality with a copy of another's topic tree, all or nothing."""

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase

from home.models import ContentPage
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.sharing import onboarding
from tests.factories import root_page


def create(*args):
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("create_municipality", *args)


def test_the_new_municipality_starts_with_the_template_tree_in_the_languages_both_have(county, arrival):
    draft = ContentPage.objects.get(translation_key=arrival.translation_key, locale__language_code="ar")
    draft.unpublish()
    create("--name", "Markt Ahorn", "--slug", "ahorn", "--languages", "de,ar,en,uk", "--from", "linde")
    ahorn = Municipality.objects.get(slug="ahorn")
    german = ContentPage.objects.descendant_of(root_page(ahorn)).order_by("path")
    assert [page.title for page in german] == ["Ankommen", "Anmeldung"]
    assert german[1].get_parent().pk == german[0].pk and all(page.live for page in german)
    english = ContentPage.objects.descendant_of(root_page(ahorn, "en")).order_by("path")
    assert [page.title for page in english] == ["Arrival", "Registration"]
    assert [page.translation_key for page in english] == [page.translation_key for page in german]
    arabic = ContentPage.objects.descendant_of(root_page(ahorn, "ar")).get()
    assert arabic.title == "الوصول" and not arabic.live  # a draft stays a draft
    assert not ContentPage.objects.descendant_of(root_page(ahorn, "uk")).exists()  # the template has no Ukrainian
    assert ContentPage.objects.descendant_of(root_page(county)).filter(locale__language_code="de").count() == 2
    assert all(page.organization_id is None for page in german)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "nirgendwo"], "There is no municipality “nirgendwo” to start from"),
        (["--from", "linde", "--default-language", "uk"], "no pages in Українська"),
    ],
)
def test_bad_templates_are_refused_and_nothing_is_created(county, arguments, message):
    with pytest.raises(CommandError, match=message):
        create("--name", "Markt Ahorn", "--slug", "ahorn", "--languages", "uk,de", *arguments)
    assert not Municipality.objects.filter(slug="ahorn").exists()


def test_a_failure_while_copying_leaves_no_municipality_behind(county, arrival, monkeypatch):
    calls = []

    def failing_copy(page, parent, key, user=None):
        calls.append(page)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(page, parent, key, user=user)

    original = onboarding.copy_page
    monkeypatch.setattr(onboarding, "copy_page", failing_copy)
    pages_before = ContentPage.objects.count()
    with pytest.raises(RuntimeError):
        create("--name", "Markt Ahorn", "--slug", "ahorn", "--languages", "de,en", "--from", "linde")
    assert not Municipality.objects.filter(slug="ahorn").exists()
    assert ContentPage.objects.count() == pages_before
