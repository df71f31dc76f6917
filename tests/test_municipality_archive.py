"""Moving a municipality (issue 16): export_municipality and import_municipality round trips."""

import json
import zipfile
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.images.models import Image
from wagtail.models import Page

from integreat_wagtail.municipalities.export import export_municipality, page_trees
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.removal import remove
from plugins.housing.models import HousingPhoto
from tests.factories import add_content_page, root_page
from tests.isolation.world import build_world
from tests.municipality_content import content

pytestmark = pytest.mark.django_db


def run(command, *args):
    """The command's output; its messages in English, as an operator without a German locale reads them."""
    out = StringIO()
    with translation.override("en"):
        call_command(command, *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def world():
    return build_world()


@pytest.fixture
def archive(world, tmp_path):
    path = tmp_path / "birkenau.zip"
    run("export_municipality", "birkenau", str(path))
    return path


def assert_same(before, after, where=()):
    """Equal, or the first difference named by where it is."""
    if isinstance(before, dict) and isinstance(after, dict):
        assert sorted(before, key=str) == sorted(after, key=str), where
        for name in before:
            assert_same(before[name], after[name], (*where, name))
    else:
        assert after == before, where


def test_archive_is_documented_format_with_media(archive):
    with zipfile.ZipFile(archive) as zipped:
        manifest = json.loads(zipped.read("manifest.json"))
        names = set(zipped.namelist())
    assert manifest["format_version"] == 1 and manifest["municipality"] == "birkenau"
    assert {"pages.jsonl", "users.jsonl", "groups.jsonl", "rows/housing.HousingOffer.jsonl",
            "rows/wagtail_localize.StringTranslation.jsonl"} <= names
    rows = {member["file"]: member["rows"] for member in manifest["members"]}
    assert rows["pages.jsonl"] >= 13 and rows["rows/labour.JobOffer.jsonl"] == 1 and rows["rows/integreat_sample.SampleNote.jsonl"] == 1
    assert any(name.startswith("media/original_images/") for name in names)
    assert any(name.startswith("private/") for name in names)  # the housing photo
    with zipfile.ZipFile(archive) as zipped:
        users = [json.loads(line) for line in zipped.read("users.jsonl").splitlines()]
    assert users and all("password" not in user for user in users)


def test_round_trip_into_an_installation_without_it(world, archive):
    """Exported, removed (as on the old installation's side), imported: everything is as it was."""
    birkenau = world.foreign
    before = content(birkenau)
    remove(birkenau)
    assert not Municipality.objects.filter(slug="birkenau").exists()

    output = run("import_municipality", str(archive))

    assert "Imported" in output
    imported = Municipality.objects.get(slug="birkenau")
    assert_same(before, content(imported))
    assert HousingPhoto.objects.filter(offer__municipality=imported).count() == 1  # its bytes: content()["rows"]
    editor = get_user_model().objects.get(username__startswith="birkenau-editor")
    assert not editor.has_usable_password()


def test_import_under_another_slug_next_to_the_original(world, archive):
    birkenau = world.foreign
    before = content(birkenau)
    pages_before = Page.objects.count()

    run("import_municipality", str(archive), "--slug", "birkenau-copy")

    copy = Municipality.objects.get(slug="birkenau-copy")
    after = content(copy)
    # People keep their usernames ("birkenau-editor-…"), which only the original's slug describes.
    assert [user[0] for user in after.pop("users")] == [user[0] for user in before.pop("users")]
    assert_same(before, after)
    assert Page.objects.count() == pages_before + len(after["pages"]) == pages_before + page_trees(copy).count()
    assert content(birkenau) == content(Municipality.objects.get(slug="birkenau")), "the original is untouched"


def test_second_import_changes_nothing_and_a_clash_is_refused(world, archive):
    run("import_municipality", str(archive), "--slug", "neu")
    counts = (Page.objects.count(), Image.objects.count(), get_user_model().objects.count())
    assert "nothing changed" in run("import_municipality", str(archive), "--slug", "neu")
    assert (Page.objects.count(), Image.objects.count(), get_user_model().objects.count()) == counts

    with pytest.raises(CommandError, match='slug "birkenau" exists already'):
        run("import_municipality", str(archive))
    with pytest.raises(CommandError, match='slug "neu" exists already'):  # another archive of the same name
        other = archive.with_name("other.zip")
        run("export_municipality", "birkenau", str(other))
        run("import_municipality", str(other), "--slug", "neu")


def test_unknown_format_version_and_damaged_archives_are_refused(archive, tmp_path):
    future = tmp_path / "future.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(future, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "manifest.json":
                data = json.dumps(dict(json.loads(data), format_version=99)).encode()
            target.writestr(item, data)
    with pytest.raises(CommandError, match="Unknown archive format version 99"):
        run("import_municipality", str(future))
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="Cannot read the archive"):
        run("import_municipality", str(tmp_path / "junk.zip"))


def test_a_failed_import_leaves_no_rows_and_no_files(world, archive, tmp_path, settings):
    """A row file broken after the media: nothing is imported and the media files written are gone."""
    # Storage of this test's own: other test processes write media at the same time.
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {**settings.STORAGES, "private": {**settings.STORAGES["private"], "OPTIONS": {"location": tmp_path / "private"}}}
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "rows/wagtail_localize.StringTranslation.jsonl":
                data = b'{"pk": 1, "fields": {"translation_of_id": 999999999}, "refs": {}}\n'
            target.writestr(item, data)
    media_before = set(_stored_files("default")) | set(_stored_files("private"))
    municipalities = Municipality.objects.count()

    with pytest.raises(CommandError, match="damaged"):
        run("import_municipality", str(damaged), "--slug", "kaputt")

    assert Municipality.objects.count() == municipalities and not Municipality.objects.filter(slug="kaputt").exists()
    assert set(_stored_files("default")) | set(_stored_files("private")) == media_before


def _stored_files(storage_name):
    storage = storages[storage_name]
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            directories, files = storage.listdir(folder)
        except FileNotFoundError:
            continue
        pending += [f"{folder}/{name}".lstrip("/") for name in directories]
        yield from (f"{folder}/{name}".lstrip("/") for name in files)


def test_export_queries_do_not_grow_with_the_tree(municipality, tmp_path, django_assert_max_num_queries):
    """Rows are streamed: more pages mean more rows written, not more queries."""
    root = root_page(municipality)
    add_content_page(root, title="Erste", slug="erste")
    with CaptureQueriesContext(connection) as small:
        export_municipality(municipality, tmp_path / "small.zip")
    for number in range(6):
        add_content_page(root, title=f"Seite {number}", slug=f"seite-{number}")
    with django_assert_max_num_queries(len(small)) as large:
        manifest = export_municipality(municipality, tmp_path / "large.zip")
    assert {m["file"]: m["rows"] for m in manifest["members"]}["pages.jsonl"] == 3 + 7
