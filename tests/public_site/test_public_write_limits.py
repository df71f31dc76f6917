"""Abuse limits on the public site's writes (issue 16, finding 5): feedback form and no-result searches."""

import pytest
from django.core.cache import cache

from integreat_wagtail.feedback.models import Feedback, NoResultQuery
from integreat_wagtail.settings.base import rate_limits

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counters():
    cache.clear()


def post_feedback(client, page, address, **extra):
    return client.post("/de/aachtal/feedback/", {"page": page.pk, "rating": "up"}, REMOTE_ADDR=address, **extra)


def test_feedback_form_answers_429_in_the_readers_language_over_the_limit(client, site, settings):
    settings.INTEGREAT_RATE_LIMITS = {"site.feedback": (3, 600)}
    statuses = [post_feedback(client, site["registration"], "10.0.0.1").status_code for _ in range(5)]
    assert statuses == [302, 302, 302, 429, 429]
    limited = post_feedback(client, site["registration"], "10.0.0.1")
    assert limited["Retry-After"] == "600"
    assert "viele Rückmeldungen gesendet" in limited.content.decode()
    as_json = post_feedback(client, site["registration"], "10.0.0.1", HTTP_ACCEPT="application/json")
    assert as_json.status_code == 429 and not as_json.json()["ok"]
    assert post_feedback(client, site["registration"], "10.0.0.2").status_code == 302  # another reader
    assert Feedback.objects.count() == 4


def test_invalid_feedback_is_not_counted(client, site, settings):
    settings.INTEGREAT_RATE_LIMITS = {"site.feedback": (1, 600)}
    for _ in range(3):
        assert client.post("/de/aachtal/feedback/", {"page": site["registration"].pk, "rating": "maybe"}).status_code == 400
    assert post_feedback(client, site["registration"], "127.0.0.1").status_code == 302


def test_no_result_searches_stop_being_logged_but_still_answer(client, site, settings):
    settings.INTEGREAT_RATE_LIMITS = {"site.search_log": (3, 3600)}
    for number in range(6):
        response = client.get("/de/aachtal/search/", {"q": f"unbekannt{number}"}, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 200 and f"unbekannt{number}" in response.content.decode()
    assert NoResultQuery.objects.count() == 3
    client.get("/de/aachtal/search/", {"q": "unbekannt9"}, REMOTE_ADDR="10.0.0.2")
    assert NoResultQuery.objects.count() == 4


def test_limits_have_defaults_and_come_from_the_environment():
    assert rate_limits({})["site.feedback"] == (20, 600)
    limits = rate_limits({"INTEGREAT_RATE_LIMITS": "site.search_log=50/60, housing-submit=2/3600"})
    assert limits["site.search_log"] == (50, 60) and limits["housing-submit"] == (2, 3600)
    assert limits["site.feedback"] == (20, 600)


def test_the_429_page_speaks_arabic_on_the_arabic_site(client, site, settings):
    settings.INTEGREAT_RATE_LIMITS = {"site.feedback": (1, 600)}
    data = {"page": site["registration_ar"].pk, "rating": "up"}
    assert client.post("/ar/aachtal/feedback/", data).status_code == 302
    limited = client.post("/ar/aachtal/feedback/", data)
    assert limited.status_code == 429 and "لقد أرسلت الكثير من الملاحظات" in limited.content.decode()
