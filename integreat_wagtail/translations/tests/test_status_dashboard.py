"""The translation status dashboard: the municipality's staff only, counts, filters, CSV export."""

import csv
import io

import pytest
from integreat_wagtail.translations.views_status import csv_cell
from tests.factories import add_content_page, make_user, root_page

from .helpers import one_page_per_state, write_translation


def status_url(municipality):
    return f"/admin/translations/status/{municipality.pk}/"


@pytest.fixture
def pages(municipality):
    one_page_per_state(municipality, outdated_title="=HYPERLINK(1)")


def test_other_municipalities_staff_are_refused_on_get_and_post(client, municipality, other_editor, pages):
    client.force_login(other_editor)
    assert client.get(status_url(municipality)).status_code == 403
    assert client.post(status_url(municipality)).status_code == 403
    assert client.get(status_url(municipality) + "?format=csv").status_code == 403


def test_own_staff_see_it_and_post_is_not_a_way_in(client, municipality, editor, pages):
    client.force_login(editor)
    assert client.get(status_url(municipality)).status_code == 200
    assert client.post(status_url(municipality)).status_code == 405


def test_observers_see_it_and_the_index_leads_to_their_municipality(client, municipality):
    observer = make_user("aachtal-observer", municipality=municipality, role="observers")
    client.force_login(observer)
    response = client.get("/admin/translations/status/")
    assert response.status_code == 302 and response.url == status_url(municipality)


def test_unknown_municipality_is_404(client, platform_admin):
    client.force_login(platform_admin)
    assert client.get("/admin/translations/status/999999/").status_code == 404


def test_platform_admins_choose_the_municipality(client, platform_admin, municipality, other_municipality):
    client.force_login(platform_admin)
    html = client.get("/admin/translations/status/").content.decode()
    assert status_url(municipality) in html and status_url(other_municipality) in html
    response = client.get(f"/admin/translations/status/?municipality={other_municipality.pk}")
    assert response.url == status_url(other_municipality)


def test_counts_per_language(client, municipality, moderator, pages):
    client.force_login(moderator)
    counts = client.get(status_url(municipality)).context["counts"]
    by_language = {entry["language"].code: {choice.value: count for choice, count in entry["states"]} for entry in counts}
    # Five pages plus the municipality's root page (translated at onboarding).
    assert by_language["ar"] == {"missing": 1, "in_translation": 1, "outdated": 1, "machine": 1, "up_to_date": 2}
    assert by_language["en"] == {"missing": 5, "in_translation": 0, "outdated": 0, "machine": 0, "up_to_date": 1}


def test_filter_by_state_and_language_and_the_outdated_list(client, municipality, moderator, pages):
    client.force_login(moderator)
    response = client.get(status_url(municipality), {"state": "outdated", "language": "ar"})
    assert [row["title"] for row in response.context["rows"]] == ["=HYPERLINK(1)"]
    assert [language.code for language in response.context["columns"]] == ["ar"]
    assert [entry["row"]["title"] for entry in response.context["outdated"]] == ["=HYPERLINK(1)"]
    html = response.content.decode()
    assert 'data-state="outdated"' in html


def test_unknown_filters_are_ignored_not_errors(client, municipality, moderator, pages):
    client.force_login(moderator)
    response = client.get(status_url(municipality), {"state": "bogus", "language": "xx"})
    assert response.status_code == 200 and len(response.context["rows"]) == 6


def test_csv_export_is_formula_safe(client, municipality, moderator, pages):
    client.force_login(moderator)
    response = client.get(status_url(municipality), {"format": "csv", "language": "ar"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][2] == "ar"
    titles = {row[0]: row[2] for row in rows[1:]}
    assert "'=HYPERLINK(1)" in titles and "=HYPERLINK(1)" not in titles
    assert len(rows) == 7


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)"])
def test_csv_cell_quotes_formulas(value):
    assert csv_cell(value) == "'" + value
    assert csv_cell("Anmeldung") == "Anmeldung"


def test_the_reports_menu_links_it_for_staff(client, municipality, editor):
    client.force_login(editor)
    assert "/admin/translations/status/" in client.get("/admin/").content.decode()


def test_a_constant_number_of_queries(client, municipality, moderator, pages, django_assert_max_num_queries):
    client.force_login(moderator)
    client.get(status_url(municipality))
    with django_assert_max_num_queries(31) as captured:  # 30, and whether the user is an admin (budget)
        client.get(status_url(municipality))
    small = len(captured)
    for number in range(6):
        write_translation(add_content_page(root_page(municipality), title=f"S{number}", slug=f"s{number}"), "ar", publish=True)
    with django_assert_max_num_queries(small):
        client.get(status_url(municipality))
