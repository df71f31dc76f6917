"""integreat-cms's `pdf/` endpoint: a page with its subpages (or the whole tree) as PDF in the
reader's language, Arabic shaped and set right to left, laid out again only after a publish."""

import io

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from integreat_wagtail.api import pdf
from integreat_wagtail.api.content import MunicipalityContent
from tests.factories import root_page

from .conftest import body, translate

ARABIC_TITLE = "التسجيل في مكتب المواطنين"
ARABIC_TEXT = "سجّل عنوانك خلال أسبوعين في مكتب المواطنين."


def pdf_text(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def arabic(site):
    ar_root = root_page(site["aachtal"], "ar")
    ar_root.save_revision().publish()
    arrival = translate(site["arrival"], "ar", title="الوصول", slug="wusul", intro="الخطوات الأولى.", body=body("مرحباً في آختال."))
    registration = translate(site["registration"], "ar", title=ARABIC_TITLE, slug="tasjil", body=body(ARABIC_TEXT))
    return {"arrival": arrival, "registration": registration}


def first_line_start(response):
    """x of the first text run on page one, in points from the left edge (A4 is 595 pt wide)."""
    starts = []
    PdfReader(io.BytesIO(response.content)).pages[0].extract_text(
        visitor_text=lambda text, cm, tm, font, size: starts.append((text, cm[4] + tm[4])) if text.strip() else None
    )
    return starts[0][1]


def test_arabic_page_as_pdf_has_its_words_right_to_left(client, arabic):
    response = client.get("/api/v3/aachtal/ar/pdf/?url=/aachtal/ar/wusul/tasjil/")
    text = pdf_text(response)
    assert ARABIC_TITLE in text
    assert ARABIC_TEXT.rstrip(".") in text  # in reading order (the full stop of a right-to-left line is extracted first)
    assert "الوصول" not in text  # only the page asked for and its subpages
    assert first_line_start(response) > 595 / 2  # the title is set from the right margin
    assert response["Content-Disposition"] == f'inline; filename="aachtal-ar-{arabic["registration"].pk}.pdf"'


def test_subtree_whole_tree_and_the_apps_legacy_url(client, site):
    subtree = pdf_text(client.get(f"/api/v3/aachtal/de/pdf/?id={site['arrival'].pk}"))
    assert "Ankommen" in subtree and "Melden Sie sich im Bürgerbüro an." in subtree and "Ein Konto eröffnen." in subtree
    assert "Ärzte und Krankenhäuser." not in subtree
    whole = pdf_text(client.get("/aachtal/de/wp-json/ig-mpdf/v1/pdf"))  # what integreat-app's web app links to
    assert "Ärzte und Krankenhäuser." in whole and "Ein Konto eröffnen." in whole
    assert "SECRET DRAFT TITLE" not in whole and "Unter Entwurf" not in whole and "Intern Kind" not in whole
    assert "Birkenau intern" not in whole
    english = pdf_text(client.get("/api/v3/aachtal/en/pdf/?url=/aachtal/en/arrival/"))
    assert "Arrival" in english and "Registration" in english


def test_pdf_is_cached_until_a_page_is_published_again(client, rf, site):
    url = f"/api/v3/aachtal/de/pdf/?id={site['registration'].pk}"
    first = client.get(url)
    assert "Melden Sie sich im Bürgerbüro an." in pdf_text(first)
    content = MunicipalityContent(site["aachtal"], rf.get("/"))
    info = content.find("de", page_id=site["registration"].pk)
    assert cache.get(pdf.cache_key(site["aachtal"], "de", [info])) == first.content  # kept, keyed by page and publish time
    assert client.get(url).content == first.content
    registration = site["registration"]
    registration.body = body("Die Anmeldung ist jetzt auch online möglich.")
    registration.save_revision().publish()
    assert "Die Anmeldung ist jetzt auch online möglich." in pdf_text(client.get(url))


@pytest.mark.parametrize("url, status", [
    ("/api/v3/nowhere/de/pdf/", 404),
    ("/api/v3/aachtal/uk/pdf/", 404),  # not a language of Aachtal
    ("/api/v3/aachtal/de/pdf/?id=abc", 400),
    ("/api/v3/aachtal/de/pdf/?url=/aachtal/de/gibt-es-nicht/", 404),
    ("/api/v3/aachtal/de/pdf/?url=/aachtal/de/entwurf/", 404),  # unpublished
])
def test_bad_requests_get_json_errors(client, site, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json") and response.json()


def test_a_client_asking_for_many_new_pdfs_gets_429_not_a_pile_of_layouts(client, site, settings, monkeypatch):
    """A layout takes seconds of a worker: each client may cause `api.pdf` of them (cache hits are free)."""
    settings.INTEGREAT_RATE_LIMITS = {**settings.INTEGREAT_RATE_LIMITS, "api.pdf": (2, 600)}
    layouts = []
    real_render = pdf.render
    monkeypatch.setattr(pdf, "render", lambda *args: layouts.append(args) or real_render(*args))
    urls = [f"/api/v3/aachtal/de/pdf/?id={site[name].pk}" for name in ("arrival", "registration", "bank", "health")]
    assert [client.get(url).status_code for url in urls[:2]] == [200, 200]
    for url in urls[2:] + ["/api/v3/aachtal/de/pdf/", "/api/v3/aachtal/en/pdf/"]:
        refused = client.get(url)
        assert refused.status_code == 429
        assert refused["Retry-After"] == "600" and "try again later" in refused.json()["error"]
    assert len(layouts) == 2
    assert client.get(urls[0]).status_code == 200  # already laid out: served from the cache
    assert client.get(urls[2], REMOTE_ADDR="198.51.100.7").status_code == 200  # another reader is not held up
    assert len(layouts) == 3
