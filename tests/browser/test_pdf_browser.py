"""An Arabic page as the API's PDF, rendered to a picture (pdftoppm) and photographed in Chromium:
shaped Arabic, set right to left."""

import base64
import subprocess

import pytest
from django.test import Client

from tests.browser.fixtures import SCREENSHOTS, screenshot
from tests.factories import add_content_page, make_municipality, root_page

pytestmark = pytest.mark.browser


def test_arabic_pdf_page(live_db, phone, tmp_path):
    town = make_municipality("Erlenhausen", "erlenhausen", ["ar", "de"])
    page = add_content_page(
        root_page(town, "ar"), title="التسجيل في مكتب المواطنين", slug="tasjil", intro="الخطوات الأولى بعد الوصول.",
        body=[("heading", "ما الذي تحتاجه؟"),
              ("paragraph", "<p>سجّل عنوانك خلال أسبوعين في مكتب المواطنين. أحضر جواز السفر وعقد الإيجار.</p>")],
    )
    response = Client().get(f"/api/v3/erlenhausen/ar/pdf/?id={page.pk}")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    (tmp_path / "page.pdf").write_bytes(response.content)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(tmp_path / "page.pdf"), str(tmp_path / "page")], check=True)
    picture = base64.b64encode((tmp_path / "page.png").read_bytes()).decode()
    tab = phone.new_page()
    tab.set_viewport_size({"width": 662, "height": 936})
    tab.set_content(f'<body style="margin:0;background:#888"><img alt="" src="data:image/png;base64,{picture}"></body>')
    screenshot(tab.locator("img"), "pdf-arabic")
    assert (SCREENSHOTS / "pdf-arabic.png").exists()
