"""The plugin switch holds on every surface, proven with the sample plugin (tests/sample_plugin)."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ModelLogEntry

from integreat_sample.demo import load_demo
from integreat_sample.models import SampleNote, SampleNoticePage, SampleSubmission
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.plugins.discovery import discover_plugin_apps
from integreat_wagtail.plugins.gate import is_enabled
from integreat_wagtail.plugins.registry import get_plugin
from integreat_wagtail.plugins.services import disable_plugin, enable_plugin, set_enabled_plugins
from tests.factories import assert_refused, make_municipality, make_user, root_page


@pytest.fixture
def town_a(db):
    return make_municipality("Aachtal", "aachtal", ["de", "en"])


@pytest.fixture
def town_b(db):
    return make_municipality("Birkenau", "birkenau", ["de", "en"], plugins=["sample"])


def add_notice(municipality, title="Notice"):
    page = SampleNoticePage(title=title, text="Closed on Friday", slug=title.lower())
    root_page(municipality).add_child(instance=page)
    page.save_revision().publish()
    return page


def test_installed_plugins_come_from_entry_points():
    assert "integreat_sample" in discover_plugin_apps()
    config = get_plugin("sample")
    assert config.verbose_name and config.description and config.version == "1.0.0"
    assert SampleNoticePage in config.page_models()


def test_gate_reads_the_loaded_municipality_without_queries(town_b, django_assert_num_queries):
    municipality = Municipality.objects.get(pk=town_b.pk)
    with django_assert_num_queries(0):
        for _ in range(10):
            assert is_enabled(municipality, "sample")
            assert not is_enabled(municipality, "housing-not-installed")


def test_unknown_plugin_is_refused(town_a):
    # No language is forced: messages come in LANGUAGE_CODE (German); the management command speaks English.
    with pytest.raises(ValidationError, match="Unbekannte oder nicht installierte Plugins: does-not-exist"):
        enable_plugin(town_a, "does-not-exist")
    with pytest.raises(CommandError, match="Unknown or uninstalled plugin"):
        call_command("plugins", "enable", "does-not-exist", "--municipality", "aachtal")
    town_a.refresh_from_db()
    assert town_a.enabled_plugins == []


def test_dependencies_are_enforced(town_a, monkeypatch):
    monkeypatch.setattr(get_plugin("sample"), "depends_on", ("events-missing",))
    with pytest.raises(ValidationError, match="muss auch events-missing aktiviert sein"):
        enable_plugin(town_a, "sample")


def test_switches_are_audit_logged(town_a, platform_admin):
    enable_plugin(town_a, "sample", user=platform_admin)
    disable_plugin(town_a, "sample", user=platform_admin)
    entries = ModelLogEntry.objects.filter(object_id=str(town_a.pk)).order_by("timestamp")
    assert [entry.action for entry in entries][-2:] == ["integreat.plugin_enabled", "integreat.plugin_disabled"]
    assert entries.last().user == platform_admin
    assert entries.last().data["plugin"] == "sample"


def test_management_command_lists_and_switches(town_a, capsys):
    call_command("plugins", "enable", "sample", "--municipality", "aachtal")
    call_command("plugins", "list", "--municipality", "aachtal")
    assert "sample 1.0.0 [on]" in capsys.readouterr().out
    call_command("plugins", "disable", "sample", "--municipality", "aachtal")
    town_a.refresh_from_db()
    assert town_a.enabled_plugins == []
    with pytest.raises(CommandError, match="No municipality"):
        call_command("plugins", "list", "--municipality", "nowhere")


def test_matrix_off_for_a_on_for_b_then_on_again(client, town_a, town_b):
    """Off for A, on for B: A shows nothing of the plugin anywhere; turning it on brings all back."""
    set_enabled_plugins(town_a, ["sample"])
    notice_a = add_notice(town_a, "Anotice")
    note_a = SampleNote.objects.create(municipality=town_a, text="A note")
    notice_b = add_notice(town_b, "Bnotice")
    disable_plugin(town_a, "sample")

    editor_a = make_user("a-editor", municipality=town_a)
    editor_b = make_user("b-editor", municipality=town_b)
    root_a, root_b = root_page(town_a), root_page(town_b)

    # Page creation: not offered, crafted POST refused.
    assert not SampleNoticePage.can_create_at(root_a)
    assert SampleNoticePage.can_create_at(root_b)
    client.force_login(editor_a)
    add_url = f"/admin/pages/add/integreat_sample/samplenoticepage/{root_a.pk}/"
    assert_refused(client.get(add_url))
    assert_refused(client.post(add_url, {"title": "Crafted", "slug": "crafted", "text": "x"}))
    assert not SampleNoticePage.objects.filter(slug="crafted").exists()
    assert_refused(client.get(f"/admin/pages/{notice_a.pk}/edit/"))
    # Admin snippet views: A's editor sees no notes and cannot open A's (hidden) note.
    listing = client.get("/admin/snippets/integreat_sample/samplenote/")
    assert "A note" not in listing.content.decode()

    # Public site: page 404, home teaser gone.
    assert client.get(notice_a.url).status_code == 404
    home_a = client.get(root_a.url).content.decode()
    assert "Sample notices" not in home_a and "Anotice" not in home_a
    assert "Sample notices" in client.get(root_b.url).content.decode()
    assert client.get(notice_b.url).status_code == 200

    # API: the plugin's route answers 404 for A, works for B; search shows none of A's notices.
    assert client.get("/api/v3/aachtal/de/sample/notes/").status_code == 404
    assert client.get("/api/v3/birkenau/de/sample/notes/").status_code == 200
    assert notice_a.url not in client.get("/de/aachtal/search/?q=Anotice").content.decode()
    assert notice_b.url in client.get("/de/birkenau/search/?q=Bnotice").content.decode()
    assert "anotice" not in client.get("/sitemap-aachtal.xml").content.decode()
    assert "bnotice" in client.get("/sitemap-birkenau.xml").content.decode()

    # Periodic job: runs for B only.
    from io import StringIO

    out = StringIO()
    call_command("sample_digest", stdout=out)
    assert out.getvalue().split() == ["digest", "for", "birkenau"]

    # B's editor works fully.
    client.force_login(editor_b)
    response = client.get(f"/admin/pages/add/integreat_sample/samplenoticepage/{root_b.pk}/")
    assert response.status_code == 200

    # On again for A: everything created earlier is back, unchanged.
    enable_plugin(town_a, "sample")
    client.force_login(editor_a)
    page = client.get(notice_a.url)
    assert page.status_code == 200 and "Closed on Friday" in page.content.decode()
    assert client.get("/api/v3/aachtal/de/sample/notes/").json() == [{"id": note_a.pk, "text": "A note"}]
    assert notice_a.url in client.get("/de/aachtal/search/?q=Anotice").content.decode()
    assert SampleNote.objects.get(pk=note_a.pk).text == "A note"
    assert SampleNoticePage.can_create_at(root_page(Municipality.objects.get(pk=town_a.pk)))


def test_moderated_submissions_follow_the_switch(client, town_a, platform_admin):
    """The sample's moderated model: demo, scoped queue, daily job; off hides it from everyone."""
    from io import StringIO

    set_enabled_plugins(town_a, ["sample"])
    load_demo(town_a)
    load_demo(town_a)  # idempotent
    submission = SampleSubmission.objects.get(municipality=town_a)
    assert submission.status == SampleSubmission.Status.PENDING
    assert SampleNote.objects.filter(municipality=town_a).count() == 1
    edit_url = f"/admin/sample_submissions/edit/{submission.pk}/"
    client.force_login(make_user("a-moderator", municipality=town_a, role="moderators"))
    assert client.get(edit_url).status_code == 200
    assert "Bicycle repair café" in client.get("/admin/sample_submissions/").content.decode()

    disable_plugin(town_a, "sample")
    assert_refused(client.get(edit_url))
    assert_refused(client.get("/admin/sample_submissions/"))
    client.force_login(platform_admin)
    assert client.get(edit_url).status_code == 404  # the gate holds for platform admins too
    assert "Bicycle repair café" not in client.get("/admin/sample_submissions/").content.decode()
    out = StringIO()
    call_command("moderation_maintenance", "--plugin", "sample", stdout=out)
    assert "aachtal" not in out.getvalue()

    enable_plugin(town_a, "sample")
    assert client.get(edit_url).status_code == 200
    call_command("moderation_maintenance", "--plugin", "sample", stdout=out)
    assert "aachtal / " in out.getvalue()
