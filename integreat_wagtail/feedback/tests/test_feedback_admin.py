"""Editors see only their own municipality's feedback and searches without results."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from integreat_wagtail.feedback.models import Feedback, NoResultQuery
from integreat_wagtail.feedback.services import record_feedback
from tests.factories import add_content_page, assert_refused, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(municipality, other_municipality):
    own = record_feedback(municipality=municipality, language="de", rating="down", comment="Öffnungszeiten fehlen",
                          page=add_content_page(root_page(municipality), title="Kita"))
    other = record_feedback(municipality=other_municipality, language="uk", rating="up", comment="Дякую",
                            page=add_content_page(root_page(other_municipality), title="Schule"))
    own_miss = NoResultQuery.record(municipality, "de", "Kindergeld")
    other_miss = NoResultQuery.record(other_municipality, "uk", "житло")
    return own, other, own_miss, other_miss


def test_editor_lists_only_own_feedback(client, editor, entries):
    own, other, *_ = entries
    client.force_login(editor)
    response = client.get(reverse("feedback:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kita" in html and "Schule" not in html


def test_editor_gets_403_or_404_on_other_municipalitys_feedback(client, editor, entries):
    own, other, own_miss, other_miss = entries
    client.force_login(editor)
    assert client.get(reverse("feedback:edit", args=[own.pk])).status_code == 200
    for name in ("feedback:edit", "feedback:inspect", "feedback:delete"):
        assert_refused(client.get(reverse(name, args=[other.pk])))
    assert_refused(client.post(reverse("feedback:edit", args=[other.pk]), {"read": "on", "archived": "on"}))
    assert_refused(client.post(reverse("feedback:delete", args=[other.pk])))
    assert Feedback.objects.filter(pk=other.pk).exists()
    other.refresh_from_db()
    assert other.read is False and other.archived is False
    for name in ("no_result_queries:inspect",):
        assert_refused(client.get(reverse(name, args=[other_miss.pk])))
        assert client.get(reverse(name, args=[own_miss.pk])).status_code == 200
    listing = client.get(reverse("no_result_queries:index")).content.decode()
    assert "kindergeld" in listing and "житло" not in listing


def test_editor_marks_feedback_read_and_archives_it_but_cannot_delete(client, editor, municipality_admin, entries):
    own, *_ = entries
    client.force_login(editor)
    client.post(reverse("feedback:edit", args=[own.pk]), {"read": "on"})
    own.refresh_from_db()
    assert own.read is True and own.archived is False
    client.post(reverse("feedback:edit", args=[own.pk]), {"read": "on", "archived": "on"})
    own.refresh_from_db()
    assert own.archived is True
    assert_refused(client.post(reverse("feedback:delete", args=[own.pk])))
    assert Feedback.objects.filter(pk=own.pk).exists()
    client.force_login(municipality_admin)
    client.post(reverse("feedback:delete", args=[own.pk]))
    assert not Feedback.objects.filter(pk=own.pk).exists()


def test_no_one_adds_feedback_in_the_admin(client, editor):
    client.force_login(editor)
    assert_refused(client.get(reverse("feedback:add")))


def test_record_feedback_refuses_bad_input(municipality, other_municipality):
    foreign_page = add_content_page(root_page(other_municipality), title="Fremd")
    with pytest.raises(ValidationError):
        record_feedback(municipality=municipality, language="uk", rating="up")  # language not offered
    with pytest.raises(ValidationError):
        record_feedback(municipality=municipality, language="de", rating="up", page=foreign_page)
    with pytest.raises(ValidationError):
        record_feedback(municipality=municipality, language="de")  # neither rating nor comment
    with pytest.raises(ValidationError):
        record_feedback(municipality=municipality, language="de", rating="maybe")
    assert Feedback.objects.count() == 0


def test_no_result_queries_are_normalised_and_counted(municipality):
    NoResultQuery.record(municipality, "de", "  Kinder   Geld ")
    NoResultQuery.record(municipality, "de", "kinder geld")
    NoResultQuery.record(municipality, "en", "kinder geld")
    entry = NoResultQuery.objects.get(municipality=municipality, language="de")
    assert (entry.query, entry.count) == ("kinder geld", 2)
    assert NoResultQuery.objects.count() == 2
    field_names = {field.name for field in NoResultQuery._meta.get_fields()} | {
        field.name for field in Feedback._meta.get_fields()
    }
    assert not field_names & {"ip", "ip_address", "user", "user_agent", "session", "email"}
