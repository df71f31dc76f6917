"""The sharing area as each person sees it: the source shares, the target takes, nobody else gets in."""

import re

from django.urls import reverse

from home.models import ContentPage
from integreat_wagtail.municipalities.services import apply_to_root_pages
from integreat_wagtail.sharing import services
from integreat_wagtail.sharing.models import Reuse, Share
from tests.factories import add_content_page, assert_refused, log_in, make_user, root_page


def listed(html):
    """Ids of the pages a library page lists."""
    return {int(pk) for pk in re.findall(r'data-library-page="(\d+)"', html)}


def test_county_editor_shares_and_sees_where_the_page_is_used(client, county, town, county_editor, arrival):
    log_in(client, county_editor.username, "pw")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[arrival.pk]))
    assert reverse("sharing:share", args=[arrival.pk]) in edit.content.decode()  # the page's "Share" button
    url = reverse("sharing:share", args=[arrival.pk])
    assert client.post(url, {"audience": "chosen"}).status_code == 200  # no municipality chosen: the form again
    assert not Share.objects.exists()
    response = client.post(url, {"audience": "region", "include_subpages": "on"})
    assert response.status_code == 302 and Share.objects.get().page_id == arrival.pk
    overview = client.get(reverse("sharing:overview", args=[county.pk])).content.decode()
    share = Share.objects.get()
    assert "Ankommen" in overview and reverse("sharing:stop", args=[county.pk, share.pk]) in overview


def test_town_editor_finds_previews_and_takes_pages_from_the_library(client, town, town_editor, shared, arrival, django_assert_max_num_queries):
    log_in(client, town_editor.username, "pw")
    library = reverse("sharing:library", args=[town.pk])
    child = arrival.get_children().get()
    page = client.get(library).content.decode()
    assert listed(page) == {arrival.pk, child.pk} and "Landkreis Linde" in page
    assert listed(client.get(library, {"q": "ankommen"}).content.decode()) == {arrival.pk}
    assert listed(client.get(library, {"topic": "arrival"}).content.decode()) == {arrival.pk}
    assert listed(client.get(library, {"topic": "health"}).content.decode()) == set()
    assert listed(client.get(library, {"language": "ar"}).content.decode()) == {arrival.pk}  # the subpage has no Arabic
    more = add_content_page(arrival, title="Mehr")
    with django_assert_max_num_queries(40):  # constant: one query per listing, not per row
        client.get(library)
    more.delete()
    preview = client.get(reverse("sharing:preview", args=[town.pk, arrival.pk]), {"language": "en"})
    assert preview.status_code == 200 and "Arrival" in preview.content.decode()
    assert client.get(reverse("sharing:preview", args=[town.pk, arrival.pk]), {"language": "xx"}).status_code == 404
    take = reverse("sharing:take", args=[town.pk, arrival.pk])
    response = client.post(take, {"kind": "mirror", "parent": root_page(town).pk})
    assert response.status_code == 302
    mirror = ContentPage.objects.descendant_of(root_page(town)).get(slug="ankommen")
    assert client.post(take, {"kind": "copy", "parent": root_page(town).pk}).status_code == 400  # only once
    # A mirror is edited at its source: the editor is sent back with a message, the page is unchanged.
    edit = client.post(reverse("wagtailadmin_pages:edit", args=[mirror.pk]), {"title": "Hacked"})
    assert edit.status_code == 302 and ContentPage.objects.get(pk=mirror.pk).title == "Ankommen"
    overview = client.get(reverse("sharing:overview", args=[town.pk])).content.decode()
    assert overview.count('data-reuse="mirror-active"') == 2  # "Ankommen" and its subpage, both current


def test_bad_take_requests_are_refused_with_a_message(client, county, town, town_editor, shared, arrival):
    log_in(client, town_editor.username, "pw")
    take = reverse("sharing:take", args=[town.pk, arrival.pk])
    foreign_parent = root_page(county)
    for data in ({"kind": "mirror", "parent": foreign_parent.pk}, {"kind": "mirror", "parent": "x"}, {"kind": "other", "parent": root_page(town).pk}, {}):
        assert client.post(take, data).status_code == 400
    assert client.get(take).status_code == 405
    assert not Reuse.objects.exists()


def test_observers_and_review_editors_cannot_mirror(client, town, town_editor, shared, arrival):
    town.publishing = "review"
    town.save()
    make_user("erle-observer", municipality=town, role="observers")
    apply_to_root_pages(town)
    log_in(client, town_editor.username, "pw")
    take = reverse("sharing:take", args=[town.pk, arrival.pk])
    response = client.post(take, {"kind": "mirror", "parent": root_page(town).pk})
    assert response.status_code == 400 and not Reuse.objects.exists()
    assert client.post(take, {"kind": "copy", "parent": root_page(town).pk}).status_code == 302
    copy = ContentPage.objects.descendant_of(root_page(town)).get(slug="ankommen")
    assert not copy.live  # a copy by someone who may not publish waits as a draft
    client.logout()
    log_in(client, "erle-observer", "pw")
    assert client.get(reverse("sharing:library", args=[town.pk])).status_code == 403


def test_isolation_of_every_sharing_view(client, county, town, outsider, town_editor, shared, arrival):
    """Staff of other municipalities see no share form, no overview, no library, no preview, no diff."""
    fern_editor = make_user("fern-editor", municipality=outsider, role="editors")
    reuse, copy = services.take(arrival, root_page(town), Reuse.Kind.COPY, user=town_editor)
    log_in(client, fern_editor.username, "pw")
    refused = [
        reverse("sharing:share", args=[arrival.pk]),
        reverse("sharing:overview", args=[county.pk]),
        reverse("sharing:overview", args=[town.pk]),
        reverse("sharing:library", args=[town.pk]),
        reverse("sharing:preview", args=[town.pk, arrival.pk]),
        reverse("sharing:changes", args=[town.pk, reuse.pk]),
    ]
    for url in refused:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Ankommen" not in response.content.decode()
    assert client.post(reverse("sharing:stop", args=[county.pk, shared.pk])).status_code == 403
    assert client.post(reverse("sharing:take", args=[town.pk, arrival.pk]), {"kind": "mirror", "parent": root_page(town).pk}).status_code == 403
    # Its own library does not list the county's page, whose preview and take answer 404 for it.
    assert listed(client.get(reverse("sharing:library", args=[outsider.pk])).content.decode()) == set()
    assert client.get(reverse("sharing:preview", args=[outsider.pk, arrival.pk])).status_code == 404
    assert client.post(reverse("sharing:take", args=[outsider.pk, arrival.pk]), {"kind": "copy", "parent": root_page(outsider).pk}).status_code == 404
    assert client.get(reverse("sharing:changes", args=[outsider.pk, reuse.pk])).status_code == 404
    assert Share.objects.filter(pk=shared.pk).exists() and Reuse.objects.count() == 2  # the page and its subpage
    client.logout()
    # The town reads the county's page but never edits it; only the county stops its share.
    log_in(client, town_editor.username, "pw")
    assert_refused(client.get(reverse("wagtailadmin_pages:edit", args=[arrival.pk])))
    assert client.get(reverse("sharing:share", args=[arrival.pk])).status_code == 403
    assert client.post(reverse("sharing:stop", args=[town.pk, shared.pk])).status_code == 404
    assert client.get(reverse("sharing:changes", args=[town.pk, reuse.pk])).status_code == 200
