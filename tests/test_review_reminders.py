"""Pages whose last review is older than the municipality's interval: dashboard panel and weekly mail."""

import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.factories import add_content_page, make_user, root_page


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def due(municipality, other_municipality):
    """Aachtal (interval 30 days): one page overdue, one fresh, one overdue but unpublished; Birkenau: one overdue."""
    municipality.review_interval_days = 30
    municipality.save()
    page = add_content_page(root_page(municipality), title="Müllabfuhr", slug="muell", last_reviewed_on=days_ago(45))
    add_content_page(root_page(municipality), title="Frisch", slug="frisch", last_reviewed_on=days_ago(10))
    hidden = add_content_page(root_page(municipality), title="Versteckt", slug="versteckt", last_reviewed_on=days_ago(90))
    hidden.unpublish()
    add_content_page(root_page(other_municipality), title="Birkenau alt", slug="alt", last_reviewed_on=days_ago(800))
    return page


def test_the_dashboard_lists_the_own_overdue_pages_only(client, due, editor, other_editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'id="review-reminders"' in html
    assert f'href="/admin/pages/{due.pk}/edit/">Müllabfuhr</a>' in html
    assert "Frisch" not in html and "Versteckt" not in html and "Birkenau alt" not in html
    client.force_login(other_editor)  # Birkenau's interval is the default, 365 days
    html = client.get("/admin/").content.decode()
    assert "Birkenau alt" in html and "Müllabfuhr" not in html


def test_the_panel_goes_once_the_page_is_reviewed(client, due, editor):
    client.force_login(editor)
    assert 'id="review-reminders"' in client.get("/admin/").content.decode()
    due.last_reviewed_on = timezone.localdate()
    due.save_revision().publish()
    assert 'id="review-reminders"' not in client.get("/admin/").content.decode()


def test_the_command_mails_each_municipality_s_editors_their_own_pages(due, municipality, editor, moderator, other_editor):
    second = make_user("aachtal-editor-2", municipality=municipality)
    gone = make_user("aachtal-gone", municipality=municipality)
    gone.is_active = False
    gone.save()
    call_command("review_reminders")
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {editor.email, second.email, other_editor.email}
    aachtal = by_recipient[editor.email]
    assert "Müllabfuhr" in aachtal.body and f"/admin/pages/{due.pk}/edit/" in aachtal.body
    assert "Birkenau alt" not in aachtal.body and "Frisch" not in aachtal.body
    assert "Müllabfuhr" not in by_recipient[other_editor.email].body


def test_dry_run_and_one_municipality(due, editor, other_editor):
    call_command("review_reminders", "--dry-run")
    assert mail.outbox == []
    call_command("review_reminders", municipality="birkenau")
    assert [message.to for message in mail.outbox] == [[other_editor.email]]


def test_an_unknown_municipality_is_refused(due, editor):
    with pytest.raises(CommandError, match="No municipality with the slug “nowhere”"):
        call_command("review_reminders", municipality="nowhere")
    assert mail.outbox == []
