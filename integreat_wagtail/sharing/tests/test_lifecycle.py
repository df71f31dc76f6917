"""The life cycle of a shared page: share, mirror, copy, source edit, unshare, source deletion, languages."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from home.models import ContentPage
from integreat_wagtail.sharing import changes, services
from integreat_wagtail.sharing.models import Reuse, Share
from tests.factories import add_content_page, make_municipality, publish_change, root_page

from .conftest import translate


def versions(reuse):
    return {code: page.specific for code, page in services.translations(reuse.target_translation_key, live_only=False).items()}


def test_shares_are_seen_by_the_county_towns_chosen_municipalities_or_everyone(county, town, outsider, arrival):
    share = services.share_page(arrival, Share.Audience.REGION)
    assert list(Share.objects.visible_to(town)) == [share]
    assert not Share.objects.visible_to(outsider).exists()
    assert not Share.objects.visible_to(county).exists()  # never offered back to its own municipality
    services.share_page(arrival, Share.Audience.CHOSEN, [outsider])
    assert list(Share.objects.visible_to(outsider)) == [share] and not Share.objects.visible_to(town).exists()
    services.share_page(arrival.get_translation(town.pages.get(locale__language_code="en").locale), Share.Audience.PLATFORM)
    assert Share.objects.count() == 1  # any language version names the same share
    assert set(Share.objects.filter(pk__in=Share.objects.visible_to(town)).values_list("pk", flat=True)) == {share.pk}
    assert Share.objects.visible_to(outsider).exists()


def test_a_mirror_has_the_source_content_in_every_language_both_have(town, shared, arrival):
    reuse, mirror = services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    pages = versions(reuse)
    assert set(pages) == {"de", "en", "ar"}  # fa: the town lacks it; uk: the county lacks it
    assert pages["en"].title == "Arrival" and pages["ar"].title == "الوصول"
    assert all(page.live and page.organization_id is None for page in pages.values())
    assert pages["de"].get_parent().pk == root_page(town).pk and pages["en"].get_parent().pk == root_page(town, "en").pk
    assert {page.translation_key for page in pages.values()} == {reuse.target_translation_key}
    assert mirror.pk == pages["de"].pk
    # The share includes subpages: "Anmeldung" is a mirror of its own, below the mirror, in de and en.
    child = Reuse.objects.get(source_translation_key=arrival.get_children().get().translation_key)
    assert {code: page.get_parent().pk for code, page in versions(child).items()} == {"de": mirror.pk, "en": pages["en"].pk}


def test_a_mirror_follows_the_source_when_it_publishes_and_gains_languages(county, town, shared, arrival):
    reuse, _mirror = services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    english = arrival.get_translation(root_page(county, "en").locale)
    publish_change(english, title="Arrival in the county", intro="Updated steps")
    mirror_en = versions(reuse)["en"]
    assert (mirror_en.title, mirror_en.intro, mirror_en.slug) == ("Arrival in the county", "Updated steps", english.slug)
    assert mirror_en.get_parent().pk == root_page(town, "en").pk
    assert versions(reuse)["de"].title == "Ankommen"  # other languages untouched
    # The county adds Ukrainian later? It has no Ukrainian; Farsi, which the town lacks, creates nothing.
    translate(arrival, "fa", title="ورود")
    assert set(versions(reuse)) == {"de", "en", "ar"}


def test_a_copy_is_independent_and_shows_what_changed_in_the_original(county, town, shared, arrival):
    reuse, copy = services.take(arrival, root_page(town), Reuse.Kind.COPY)
    publish_change(copy, intro="Unsere eigene Fassung.")
    assert changes.changed_languages([reuse]) == {reuse.pk: []}
    publish_change(arrival, intro="Neue Schritte im Kreis.")
    assert ContentPage.objects.get(pk=copy.pk).intro == "Unsere eigene Fassung."  # not overwritten
    reuse.refresh_from_db()
    assert changes.changed_languages([reuse]) == {reuse.pk: ["de"]}
    assert ("-", "Erste Schritte im Kreis.") in changes.diff(reuse, "de")
    assert ("+", "Neue Schritte im Kreis.") in changes.diff(reuse, "de")
    changes.mark_compared(reuse, "de")
    assert changes.changed_languages([reuse]) == {reuse.pk: []}


def test_a_subpage_of_a_shared_subtree_can_be_taken_and_the_same_page_only_once(town, shared, arrival):
    child = arrival.get_children().get()
    reuse, page = services.take(child, root_page(town), Reuse.Kind.COPY)
    assert set(versions(reuse)) == {"de", "en"}
    with pytest.raises(ValidationError, match="already has"):
        services.take(child, root_page(town), Reuse.Kind.MIRROR)


def test_only_shared_pages_go_only_under_own_pages_in_the_default_language(county, town, outsider, shared, arrival):
    with pytest.raises(ValidationError, match="not shared with your municipality"):
        services.take(arrival, root_page(outsider), Reuse.Kind.MIRROR)
    unshared = add_content_page(root_page(county), title="Intern")
    with pytest.raises(ValidationError, match="not shared"):
        services.take(unshared, root_page(town), Reuse.Kind.COPY)
    with pytest.raises(ValidationError, match="default language"):
        services.take(arrival, root_page(town, "en"), Reuse.Kind.MIRROR)
    assert not Reuse.objects.exists() and not ContentPage.objects.descendant_of(root_page(town)).exists()


def test_language_mismatch_is_refused_with_nothing_created(county, town, arrival):
    english_town = make_municipality("Town EN", "town-en", ["uk", "en"], parent=county)
    services.share_page(arrival, Share.Audience.REGION)
    with pytest.raises(ValidationError, match="no published version in Українська"):
        services.take(arrival, root_page(english_town), Reuse.Kind.MIRROR)
    assert not Reuse.objects.exists()


def test_unsharing_keeps_mirrors_as_the_targets_own_with_a_notice(town, shared, arrival):
    reuse, mirror = services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    services.stop_sharing(shared)
    reuse.refresh_from_db()
    assert reuse.status == Reuse.Status.UNSHARED
    publish_change(arrival, title="Nicht mehr gespiegelt")
    assert Page.objects.get(pk=mirror.pk).title == "Ankommen" and Page.objects.get(pk=mirror.pk).live


def test_deleting_the_source_keeps_the_mirrors_and_deleting_a_mirror_keeps_the_source(county, town, shared, arrival):
    reuse, mirror = services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    for page in Page.objects.filter(translation_key=arrival.translation_key).order_by("-depth"):
        page.delete()
    reuse.refresh_from_db()
    assert reuse.status == Reuse.Status.SOURCE_DELETED and reuse.share is None
    assert not Share.objects.exists()
    assert Page.objects.filter(translation_key=reuse.target_translation_key).count() == 3  # nothing of the town deleted
    for page in Page.objects.filter(translation_key=reuse.target_translation_key):
        page.delete()
    assert not Reuse.objects.exists()


def test_a_mirror_cannot_be_shared_again(town, shared, arrival):
    _reuse, mirror = services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    with pytest.raises(ValidationError, match="only its source"):
        services.share_page(mirror, Share.Audience.PLATFORM)
