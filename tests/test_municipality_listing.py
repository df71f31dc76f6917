"""The municipality listing and inspect view show language and plugin names, not stored lists."""

from wagtail.test.utils import WagtailTestUtils

from integreat_wagtail.plugins.services import enable_plugin


def test_listing_shows_native_language_names(client, platform_admin, municipality):
    enable_plugin(municipality, "events")
    client.force_login(platform_admin)
    html = client.get("/admin/municipalities/").content.decode()
    row = WagtailTestUtils.get_soup(html).find("a", string=lambda text: text and "Aachtal" in text).find_parent("tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
    assert "Deutsch, English, العربية" in cells
    assert "Veranstaltungen" in cells  # the events plugin, by its (German) name
    assert "['de'" not in html and "['events']" not in html


def test_inspect_view_shows_native_language_names(client, municipality_admin, municipality):
    client.force_login(municipality_admin)
    html = client.get(f"/admin/municipalities/inspect/{municipality.pk}/").content.decode()
    assert "Deutsch, English, العربية" in html
    assert "['de'" not in html
