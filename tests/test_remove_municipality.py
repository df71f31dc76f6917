"""Offboarding (issue 16, finding 8): manage.py remove_municipality, dry run first, nothing of others touched."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.models import Collection, Page
from wagtail_localize.models import TranslationSource

from integreat_wagtail.feedback.models import Feedback, NoResultQuery
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.organizations.models import Organization
from tests.factories import assert_refused, log_in, make_municipality, make_user
from tests.isolation.world import build_world, fingerprint, role_groups

pytestmark = pytest.mark.django_db

User = get_user_model()


def run(*args):
    out = StringIO()
    call_command("remove_municipality", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def world():
    world = build_world()
    shared = make_user("shared-editor", municipality=world.own, role="editors")
    shared.groups.add(world.foreign.editors_group)  # works for both municipalities
    return world


def test_dry_run_lists_everything_and_deletes_nothing(world):
    birkenau = world.foreign
    pages_before = Page.objects.count()
    output = run("birkenau")
    for line in ("pages (de):", "pages (uk):", "images:", "documents:", "media collections:", "groups:",
                 "feedback.Feedback:", "feedback.NoResultQuery:", "organizations.Organization:",
                 "plugin housing: housing.HousingOffer:", "plugin events: events.EventFeed:"):
        assert line in output, (line, output)
    assert "users who work for no other municipality: 2" in output and "shared-editor" not in output
    assert Page.objects.count() == pages_before and Municipality.objects.filter(pk=birkenau.pk).exists()


def test_confirmed_removal_deletes_everything_of_one_municipality_only(world):
    birkenau, aachtal = world.foreign, world.own
    pages = [pk for root in birkenau.pages.all() for pk in Page.objects.descendant_of(root, inclusive=True).values_list("pk", flat=True)]
    groups = [group.pk for _role, group in role_groups(birkenau)]
    keys = list(Page.objects.filter(pk__in=pages).values_list("translation_key", flat=True))
    assert TranslationSource.objects.filter(object_id__in=keys).exists()
    collections = list(Collection.objects.descendant_of(birkenau.collection, inclusive=True).values_list("pk", flat=True))
    own_pages = Page.objects.filter(pk__in=[root.pk for root in aachtal.pages.all()]).count()
    own_users = set(User.objects.filter(groups__isnull=False).exclude(groups__in=groups).values_list("pk", flat=True))
    assert Feedback.objects.filter(municipality=birkenau).exists() and Image.objects.filter(collection__in=collections).exists()

    run("birkenau", "--confirm")

    assert not Municipality.objects.filter(slug="birkenau").exists()
    assert not TranslationSource.objects.filter(object_id__in=keys).exists()
    assert not Page.objects.filter(pk__in=pages).exists()
    assert not Group.objects.filter(pk__in=groups).exists()
    assert not Collection.objects.filter(pk__in=collections).exists() and not Image.objects.filter(collection_id__in=collections).exists()
    assert not Feedback.objects.filter(municipality_id=birkenau.pk).exists()
    assert not NoResultQuery.objects.filter(municipality_id=birkenau.pk).exists()
    assert not Organization.objects.filter(municipality_id=birkenau.pk).exists()
    assert not User.objects.filter(username__startswith="birkenau-").exists()
    # The other municipality and the people working for it are untouched.
    shared = User.objects.get(username="shared-editor")
    assert list(shared.groups.all()) == [aachtal.editors_group]
    assert Page.objects.filter(pk__in=[root.pk for root in aachtal.pages.all()]).count() == own_pages == 3
    assert own_users <= set(User.objects.values_list("pk", flat=True))
    assert User.objects.filter(pk=world.platform_admin.pk).exists()


def test_removal_leaves_the_other_municipality_exactly_as_it_was(world):
    before = fingerprint(world)
    run("aachtal", "--confirm")
    assert not Municipality.objects.filter(slug="aachtal").exists()
    assert fingerprint(world) == before
    assert User.objects.get(username="shared-editor").groups.get() == world.foreign.editors_group


def test_unknown_slug_and_a_county_with_towns_are_refused(db):
    with pytest.raises(CommandError, match='No municipality with the slug "nowhere"'):
        run("nowhere")
    county = make_municipality("Kreis Linde", "linde", ["de"], kind="county")
    make_municipality("Ahorn", "ahorn", ["de"], parent=county)
    with pytest.raises(CommandError, match="county of ahorn"):
        run("linde", "--confirm")
    assert Municipality.objects.filter(slug="linde").exists()


def test_admin_delete_points_to_the_command_and_deletes_nothing(client, municipality):
    make_user("root", superuser=True)
    log_in(client, "root", "pw")
    url = reverse("municipalities:delete", args=[municipality.pk])
    for response in (client.get(url, follow=True), client.post(url, follow=True)):
        assert response.redirect_chain[0][0] == reverse("municipalities:edit", args=[municipality.pk])
        assert "manage.py remove_municipality aachtal" in response.content.decode()
    assert Municipality.objects.filter(pk=municipality.pk).exists()


def test_admin_delete_stays_refused_to_the_municipalitys_own_admins(client, municipality):
    make_user("aachtal-boss", municipality=municipality, role="admins")
    log_in(client, "aachtal-boss", "pw")
    assert_refused(client.get(reverse("municipalities:delete", args=[municipality.pk])))


def test_export_first_then_delete(world, tmp_path):
    archive = tmp_path / "birkenau.zip"
    output = run("birkenau", "--export", str(archive))  # a dry run that keeps the archive
    assert "Nothing was deleted" in output and archive.exists() and Municipality.objects.filter(slug="birkenau").exists()
    archive.unlink()

    with pytest.raises(CommandError, match="Nothing was deleted"):
        run("birkenau", "--export", str(tmp_path / "missing-folder" / "b.zip"), "--confirm")
    assert Municipality.objects.filter(slug="birkenau").exists()

    output = run("birkenau", "--export", str(archive), "--confirm")
    assert f"Exported Birkenau (birkenau) to {archive}" in output and "Removed Birkenau" in output
    assert not Municipality.objects.filter(slug="birkenau").exists()
    call_command("import_municipality", str(archive), stdout=StringIO())
    assert Municipality.objects.get(slug="birkenau").pages.count() == 3
