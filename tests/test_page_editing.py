"""Editing content pages in the admin: bad block input is a message on the form, never a 500."""

import json

import pytest
from django.utils import translation
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html

from tests.factories import add_content_page, root_page


@pytest.fixture
def page(municipality):
    return add_content_page(root_page(municipality), slug="links", title="Wichtige Links")


def post_link_list(client, page, title, url=""):
    """Submit the edit form with a body of one link list holding one link, as the stream field widget posts it."""
    edit_url = f"/admin/pages/{page.pk}/edit/"
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    item = "body-0-value-0"
    data.update({
        "body-count": "1", "body-0-type": "links", "body-0-deleted": "", "body-0-order": "0", "body-0-id": "",
        "body-0-value-count": "1", f"{item}-deleted": "", f"{item}-order": "0", f"{item}-id": "",
        f"{item}-value-title": title, f"{item}-value-page": "", f"{item}-value-url": url,
    })
    return client.post(edit_url, data)


def body_errors(response):
    """The errors the stream field widget shows, as Wagtail hands them to it."""
    widget = WagtailTestUtils.get_soup(response.content.decode()).find(id="body")
    return json.loads(widget["data-w-block-arguments-value"])[1]


def test_link_without_page_or_address_is_refused_with_a_message(client, editor, page):
    client.force_login(editor)
    revisions = page.revisions.count()
    response = post_link_list(client, page, "Ausländerbehörde")
    assert response.status_code == 200
    with translation.override("de"):
        message = translation.gettext("Choose a page or enter an address.")
    link_errors = body_errors(response)["blockErrors"]["0"]["blockErrors"]["0"]["blockErrors"]
    assert link_errors == {"url": {"messages": [message]}}
    assert page.revisions.count() == revisions

    # With an address the same link is saved.
    assert post_link_list(client, page, "Ausländerbehörde", url="https://example.org/abh").status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().body[0].value[0]["url"] == "https://example.org/abh"
