"""Background work leaves the request: with the database task backend a request only queues it, and
the task worker (`manage.py db_worker`, django-tasks-db) runs it — translating a whole section
(ours) and updating the search index (Wagtail's own, through the same TASKS setting)."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail.search.models import IndexEntry

from integreat_wagtail.settings.base import machine_translator
from integreat_wagtail.settings.task_backends import task_backends
from integreat_wagtail.translations.tests.fake_services import FakeDeepL, serve
from tests.factories import add_content_page, make_municipality, make_user, root_page

BASE_DIR = Path(__file__).resolve().parents[1]
QUEUED = override_settings(TASKS=task_backends("database"))
TRANSLATE_TASK = "integreat_wagtail.translations.tasks.translate_subtree_task"
INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"


@pytest.fixture
def site(live_db):
    """A municipality (de, ar) with a section of two pages and its editor, made with queued tasks."""
    with QUEUED:
        municipality = make_municipality("Aachtal", "aachtal", ["de", "en", "ar"])
        section = add_content_page(root_page(municipality), title="Ankommen", slug="ankommen")
        add_content_page(section, title="Wohnen", slug="wohnen")
        editor = make_user("aachtal-editor", municipality=municipality, role="editors")
    return section, english_speaking(editor)


def english_speaking(user):
    """The admin speaks the user's preferred language (the platform's default, German, otherwise)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def arabic_titles():
    return sorted(Page.objects.filter(locale__language_code="ar", depth__gt=3).values_list("title", flat=True))


def indexed(page):
    return IndexEntry.objects.filter(object_id=str(page.pk)).exists()


def run_worker():
    """`manage.py db_worker --batch` in this process. It installs signal handlers for a graceful
    shutdown (SIGTERM raises SystemExit); they must not outlive it in the test process."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {number: signal.getsignal(number) for number in signals}
    try:
        with QUEUED:
            call_command("db_worker", batch=True, startup_delay=False, interval=0, verbosity=0)
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def ask_for_translation(client, section, editor):
    """The editor's request: answered at once, the work queued, nothing translated yet."""
    client.force_login(editor)
    with QUEUED:
        response = client.post(f"/admin/translations/subtree/{section.pk}/", {"language": "ar"}, follow=True)
    assert "has started" in response.content.decode()
    assert arabic_titles() == []
    queued = DBTaskResult.objects.get(task_path=TRANSLATE_TASK)
    assert queued.status == TaskResultStatus.READY and queued.args_kwargs["args"][1] == "ar"
    return queued


def test_the_translation_a_request_queues_runs_in_the_worker(client, site):
    section, editor = site
    queued = ask_for_translation(client, section, editor)
    run_worker()
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL, queued.traceback
    assert queued.return_value == {"created": 2, "machine_translated": 0, "already_translated": 0}
    assert arabic_titles() == ["Ankommen", "Wohnen"]


def test_a_task_whose_user_lost_the_right_fails_and_translates_nothing(client, site):
    section, editor = site
    queued = ask_for_translation(client, section, editor)
    editor.groups.clear()
    run_worker()
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.FAILED and "PermissionError" in queued.exception_class_path
    assert arabic_titles() == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the worker process needs a database server")
def test_the_real_worker_process_runs_what_requests_queued(client, site):
    """`manage.py db_worker` in its own process, against the same PostgreSQL database."""
    section, editor = site
    assert not indexed(section)  # Wagtail queued the search index update when the page was saved
    queued = ask_for_translation(client, section, editor)
    database = connection.settings_dict
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "integreat_wagtail.settings.test",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "TASKS_BACKEND": "database",
        "LOG_FORMAT": "json",
    }
    worker = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--interval", "0"],
        cwd=BASE_DIR, env=environment, capture_output=True, text=True, timeout=180,
    )
    assert worker.returncode == 0, worker.stderr
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL, queued.traceback
    assert arabic_titles() == ["Ankommen", "Wohnen"]
    assert indexed(section)
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()
    assert DBTaskResult.objects.filter(task_path=INDEX_TASK).count() >= 4  # two pages in two languages at least
    log = [json.loads(line) for line in worker.stderr.splitlines()]  # LOG_FORMAT=json: every line parses
    assert any(f"path={TRANSLATE_TASK} state=SUCCESSFUL" in record["message"] for record in log), worker.stderr


def test_with_the_immediate_backend_the_request_runs_it_and_says_what_it_did(client, municipality, editor):
    section = add_content_page(root_page(municipality), title="Ankommen", slug="ankommen")
    client.force_login(english_speaking(editor))
    response = client.post(f"/admin/translations/subtree/{section.pk}/", {"language": "ar"}, follow=True)
    assert "1 draft translations into Arabic created" in response.content.decode()
    assert arabic_titles() == ["Ankommen"]
    assert indexed(section)


def test_an_unknown_task_backend_is_refused():
    with pytest.raises(ImproperlyConfigured, match="TASKS_BACKEND"):
        task_backends("celery")


def test_a_translation_that_fails_in_the_request_says_so_and_leaves_nothing(client, settings, municipality, editor):
    """The immediate backend runs the task in the request: a failing machine translator (a fake
    DeepL at the HTTP boundary) is a message on the form, and the transaction leaves no draft."""
    section = add_content_page(root_page(municipality), title="Ankommen", slug="ankommen")
    cache.clear()  # the services' language lists
    with serve(FakeDeepL) as (deepl_url, deepl):
        deepl.fail = True
        config = machine_translator({"DEEPL_API_KEY": FakeDeepL.auth_key})
        config["OPTIONS"]["SERVICES"][0]["OPTIONS"]["API_URL"] = deepl_url + "/v2"
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = config
        client.force_login(english_speaking(editor))
        response = client.post(f"/admin/translations/subtree/{section.pk}/", {"language": "en"})
    cache.clear()
    assert response.status_code == 200 and len(deepl.received) == 1
    assert response.context["form"].non_field_errors() == [
        "The machine translator could not be reached; nothing was translated. Try again later."
    ]
    assert not Page.objects.filter(locale__language_code="en", depth__gt=3).exists()
