"""A mirrored subtree stays the source's: new subpages appear in the mirror, subpages that leave it
(moved elsewhere or deleted) stay readable in the target with a notice, never a silent 404."""

from django.test import TestCase
from django.urls import reverse

from home.models import ContentPage
from integreat_wagtail.sharing import services
from integreat_wagtail.sharing.models import Reuse, Share
from tests.factories import add_content_page, root_page

from .conftest import translate


def publish_new(parent, **fields):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return add_content_page(parent, **fields)


def test_a_new_subpage_of_a_mirrored_subtree_appears_in_the_mirror_in_each_language(client, town, town_editor, shared, arrival):
    services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    course = publish_new(arrival, title="Sprachkurs", slug="sprachkurs", intro="Kurse im Kreis.")
    reuse = Reuse.objects.get(source_translation_key=course.translation_key)
    assert (reuse.kind, reuse.status, reuse.target_municipality_id, reuse.share_id) == ("mirror", "active", town.pk, shared.pk)
    page = client.get("/de/erle/ankommen/sprachkurs/")
    assert page.status_code == 200 and "Kurse im Kreis." in page.content.decode()
    assert client.get("/en/erle/ankommen/sprachkurs/").status_code == 404  # not translated at the source yet
    translate(course, "en", title="Language course", intro="Courses in the county.")
    english = client.get("/en/erle/ankommen/sprachkurs/")
    assert english.status_code == 200 and "Courses in the county." in english.content.decode()
    client.force_login(town_editor)
    overview = client.get(reverse("sharing:overview", args=[town.pk])).content.decode()
    assert overview.count('data-reuse="mirror-active"') == 3  # Ankommen, Anmeldung, Sprachkurs


def test_new_subpages_follow_only_mirrors_of_shares_with_subpages(county, town, outsider, arrival):
    services.share_page(arrival, Share.Audience.REGION, include_subpages=False)
    services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    copied = publish_new(root_page(county), title="Gesundheit", slug="gesundheit")
    services.share_page(copied, Share.Audience.REGION)
    services.take(copied, root_page(town), Reuse.Kind.COPY)
    publish_new(arrival, title="Sprachkurs", slug="sprachkurs")
    publish_new(copied, title="Ärzte", slug="aerzte")
    assert not ContentPage.objects.descendant_of(root_page(town)).filter(slug__in=["sprachkurs", "aerzte"]).exists()
    assert not ContentPage.objects.descendant_of(root_page(outsider)).exists()


def test_a_subpage_moved_out_of_the_share_stays_readable_with_a_notice(client, county, town, town_editor, shared, arrival):
    services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    child = arrival.get_children().get()
    reuse = Reuse.objects.get(source_translation_key=child.translation_key)
    with TestCase.captureOnCommitCallbacks(execute=True):
        child.move(root_page(county), pos="last-child")
    reuse.refresh_from_db()
    assert reuse.status == Reuse.Status.UNSHARED
    page = client.get("/de/erle/ankommen/anmeldung/")
    assert page.status_code == 200 and "aktualisiert diese Seite hier nicht mehr" in page.content.decode()
    child = ContentPage.objects.get(pk=child.pk)
    child.intro = "Nur noch im Kreis."
    with TestCase.captureOnCommitCallbacks(execute=True):
        child.save_revision().publish()
    assert "Nur noch im Kreis." not in client.get("/de/erle/ankommen/anmeldung/").content.decode()
    client.force_login(town_editor)
    overview = client.get(reverse("sharing:overview", args=[town.pk])).content.decode()
    assert 'data-reuse="mirror-unshared"' in overview


def test_a_deleted_subpage_stays_readable_with_a_notice(client, town, town_editor, shared, arrival):
    services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    child = arrival.get_children().get()
    with TestCase.captureOnCommitCallbacks(execute=True):
        for version in ContentPage.objects.filter(translation_key=child.translation_key).order_by("-depth"):
            version.delete()
    assert Reuse.objects.get(source_translation_key=child.translation_key).status == Reuse.Status.SOURCE_DELETED
    for url in ("/de/erle/ankommen/anmeldung/", "/en/erle/ankommen/anmeldung/"):
        page = client.get(url, follow=True)
        assert page.status_code == 200, url
        assert "shared-origin" in page.content.decode()
    client.force_login(town_editor)
    overview = client.get(reverse("sharing:overview", args=[town.pk])).content.decode()
    assert 'data-reuse="mirror-deleted"' in overview
