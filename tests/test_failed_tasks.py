"""A background task that fails is noticed (issue 16): an ERROR line on the project's logger and a
dashboard panel for platform admins, never for a municipality's staff."""

import logging

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from integreat_wagtail.settings.task_backends import task_backends
from tests.factories import log_in, make_user

QUEUED = override_settings(TASKS=task_backends("database"))


@task()
def reindex_brochure(slug):
    raise ValueError(f"no brochure called {slug}")


@task()
def tidy_up():
    return "done"


def run_worker():
    call_command("db_worker", batch=True, startup_delay=False, interval=0, verbosity=0)


@pytest.fixture
def failed(live_db, caplog):
    """Committed rows: the worker closes the database connection between tasks (no test transaction)."""
    with QUEUED:
        reindex_brochure.enqueue("aachtal-flyer")
        tidy_up.enqueue()
        with caplog.at_level(logging.ERROR, logger="integreat_wagtail"):
            run_worker()
    return DBTaskResult.objects.failed().get()


def test_a_failed_task_logs_an_error_line_even_from_a_silent_worker(failed, caplog):
    lines = [record for record in caplog.get_records("setup") if record.name == "integreat_wagtail.core.task_failures"]
    assert [record.levelname for record in lines] == ["ERROR"]
    message = lines[0].getMessage()
    assert "tests.test_failed_tasks.reindex_brochure" in message and str(failed.pk) in message
    assert "ValueError" in message
    assert DBTaskResult.objects.successful().count() == 1  # the task that worked is not reported


def test_platform_admins_see_failed_tasks_on_the_dashboard(failed, client, platform_admin):
    log_in(client, "platform-admin", "pw")
    html = client.get("/admin/").content.decode()
    assert 'id="failed-tasks"' in html
    assert "tests.test_failed_tasks.reindex_brochure" in html
    assert "ValueError: no brochure called aachtal-flyer" in html
    assert "tidy_up" not in html


def test_municipality_staff_never_see_the_platforms_failed_tasks(failed, client, municipality):
    for role in ("admins", "editors"):
        make_user(f"aachtal-{role}", municipality=municipality, role=role)
        log_in(client, f"aachtal-{role}", "pw")
        response = client.get("/admin/")
        assert response.status_code == 200
        assert 'id="failed-tasks"' not in response.content.decode()
        assert "aachtal-flyer" not in response.content.decode()
        client.logout()


def test_no_panel_without_failures(db, client, platform_admin):
    log_in(client, "platform-admin", "pw")
    assert 'id="failed-tasks"' not in client.get("/admin/").content.decode()
