"""The six crafted inputs that gave 500 (issue 16, finding 4) are refused with a clear 4xx."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from integreat_wagtail.core.id_fields import IdMultipleChoiceField
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.plugins.services import enable_plugin
from plugins.events.tests.helpers import make_event, make_index
from tests.factories import add_content_page, log_in, root_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


@pytest.fixture
def calendar(municipality):
    enable_plugin(municipality, "events")
    index = make_index(municipality)
    make_event(index)
    return index


@pytest.fixture
def topic(municipality):
    return add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")


@pytest.mark.parametrize("start", ["9999-12-31", "9999-12-01"])
def test_events_listing_at_the_end_of_time(reader, calendar, start):
    response = reader.get(calendar.url, {"start": start})
    assert response.status_code == 400


def test_api_events_at_the_beginning_of_time(reader, calendar):
    response = reader.get("/api/v3/aachtal/de/events/", {"start": "0001-01-01", "end": "0001-01-02"})
    assert response.status_code == 400
    assert "1900-01-01" in " ".join(response.json()["details"])  # says which dates it accepts


def test_api_events_at_the_end_of_time(reader, calendar):
    response = reader.get("/api/v3/aachtal/de/events/", {"start": "9999-12-30", "end": "9999-12-31"})
    assert response.status_code == 400


@pytest.mark.parametrize("page", ["²", "٣", "9" * 5000, "1" * 30])
def test_feedback_for_an_impossible_page(reader, topic, page):
    response = reader.post("/de/aachtal/feedback/", {"page": page, "rating": "up"})
    assert response.status_code == 400


@pytest.mark.parametrize("field", ["comment", "slug"])
def test_nul_characters_in_api_feedback(reader, topic, field):
    body = {"slug": topic.url, "rating": "up", "comment": "gut", field: "a\x00b"}
    response = reader.post("/api/v3/aachtal/de/feedback/page/", json.dumps(body), content_type="application/json")
    assert response.status_code == 400
    assert "NUL" in response.json()["error"]


def test_a_media_path_longer_than_the_file_system_allows(reader, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # exists: the name itself is what the file system refuses
    assert reader.get("/media/" + "a" * 300).status_code == 404
    assert reader.get("/media/" + "/".join(["a" * 200] * 30)).status_code == 404


@pytest.mark.parametrize("field", ["comment", "rating"])
def test_nul_characters_in_the_feedback_form(reader, topic, field):
    data = {"page": str(topic.pk), "rating": "up", "comment": "gut", field: "a\x00b"}
    assert reader.post("/de/aachtal/feedback/", data).status_code == 400


@pytest.mark.parametrize("value", ["²", "9" * 5000])
def test_ids_that_are_not_ascii_digits_in_the_admin(reader, editor, value):
    log_in(reader, "aachtal-editor", "pw")
    assert reader.get("/admin/choose-page/chosen-multiple/", {"id": value}).status_code == 400
    assert reader.get(reverse("translation_status_index"), {"municipality": value}).status_code < 500
    assert reader.get(reverse("staff:home"), {"municipality": value}).status_code < 500


@pytest.mark.parametrize("value", ["²", "9" * 5000])
def test_location_category_that_is_not_a_number(reader, municipality, value):
    assert reader.get("/de/aachtal/locations/", {"category": value}).status_code == 200


@pytest.mark.parametrize("value", ["18446744073709551616", "9" * 30, "²", "-1", "0"])
def test_ids_no_database_key_can_have_in_multiple_choices(value):
    """SQLite raised OverflowError (a 500) for ids beyond 64 bits in the sharing form's recipients
    and the organization form's members to remove."""
    field = IdMultipleChoiceField(queryset=Municipality.objects.all())
    with pytest.raises(ValidationError):
        field.clean([value])


@pytest.mark.django_db
def test_share_form_with_an_impossible_recipient(client, editor, municipality):
    page = add_content_page(root_page(municipality), title="Ankommen")
    client.force_login(editor)
    response = client.post(f"/admin/sharing/pages/{page.pk}/share/", {"audience": "chosen", "recipients": "18446744073709551616"})
    assert response.status_code == 200 and "recipients" in response.context["form"].errors
