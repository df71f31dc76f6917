"""Every CSV export quotes cells that a spreadsheet would run as formulas (issue 16, finding 7)."""

import csv
import io

import pytest
from django.urls import reverse

from integreat_wagtail.core.csv_export import csv_cell
from integreat_wagtail.feedback.models import NoResultQuery
from integreat_wagtail.feedback.services import record_feedback
from tests.factories import add_content_page, log_in, root_page

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("http://evil.example","Klick")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1"]


def exported_rows(client, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200, response.status_code
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.mark.parametrize("value", FORMULAS)
def test_csv_cell_quotes_formulas_and_leaves_other_values(value):
    assert csv_cell(value) == "'" + value
    assert csv_cell("Öffnungszeiten =fehlen") == "Öffnungszeiten =fehlen"
    assert csv_cell(-3) == -3 and csv_cell(None) is None


def test_feedback_and_search_exports_are_formula_safe(client, municipality, editor):
    page = add_content_page(root_page(municipality), title="Kita")
    for formula in FORMULAS:
        record_feedback(municipality=municipality, language="de", rating="down", comment=formula, page=page)
    NoResultQuery.record(municipality, "de", FORMULAS[0])
    log_in(client, "aachtal-editor", "pw")
    comments = [row[-3] for row in exported_rows(client, reverse("feedback:index"))[1:]]  # comment, read, archived
    assert all(comment.startswith("'") for comment in comments) and len(comments) == len(FORMULAS)
    queries = [row[0] for row in exported_rows(client, reverse("no_result_queries:index"))[1:]]
    assert queries and all(query.startswith("'") for query in queries)
