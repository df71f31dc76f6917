from tests.factories import add_content_page, root_page


def test_content_page_renders_in_municipality(client, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Anmeldung" in response.content.decode()
