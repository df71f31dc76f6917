"""The public site without a browser: search, feedback, not-translated, offline, caching, sitemaps, valid HTML."""

import gzip
import re
from collections import Counter

import html5lib
import pytest
from django.core.cache import cache
from wagtail.models import Page

from integreat_sample.models import SampleNoticePage
from integreat_wagtail.feedback.models import Feedback, NoResultQuery
from integreat_wagtail.plugins.services import set_enabled_plugins
from tests.factories import add_content_page, make_municipality, root_page
from tests.public_site.content import build_site, topic

pytestmark = pytest.mark.django_db


def text(response):
    return response.content.decode()


# The one page answered with 404 on purpose: it stands in for a page that does not exist in the
# URL's language (the English tree has no registration page), so crawlers must not index it.
NOT_FOUND_ON_PURPOSE = {"not_translated_en"}
SEARCH_HITS = {"de": "anmelden", "ar": "تسجيل"}


def live_pages():
    return list(Page.objects.live().filter(depth__gt=1).select_related("locale"))


def public_urls(site):
    """Every live page (landing, municipality and content pages in every language) and each of the
    municipality's own views in each of its languages."""
    urls = {f"page {page.url}": page.url for page in live_pages()}
    municipality = site["municipality"]
    for code in municipality.language_codes:
        base = f"/{code}/{municipality.slug}/"
        urls[f"no_results_{code}"] = base + "search/?q=kindergeld"
        urls[f"offline_{code}"] = base + "offline/"
        if code in SEARCH_HITS:
            urls[f"search_{code}"] = f"{base}search/?q={SEARCH_HITS[code]}"
    urls["not_translated_en"] = f"/en/{municipality.slug}/not-translated/{site['registration'].pk}/"
    return urls


def test_every_page_type_is_valid_html(client, site):
    """html5lib in strict mode raises on any parse error (unclosed or misnested tags, bad attributes…)."""
    # The landing pages and every page build_site makes: an enumeration that finds nothing fails.
    assert Counter(page.locale.language_code for page in live_pages()) == {"de": 7, "en": 2, "ar": 5}
    parser = html5lib.HTMLParser(strict=True)
    for name, url in public_urls(site).items():
        response = client.get(url)
        assert response.status_code == (404 if name in NOT_FOUND_ON_PURPOSE else 200), (name, response.status_code)
        parser.parse(response.content)
        html = text(response)
        assert html.count("<main") == 1 and 'class="skip-link" href="#main"' in html, name
        ids = re.findall(r'\sid="([^"]+)"', html)
        assert len(ids) == len(set(ids)), f"duplicate ids on {name}"


def test_arabic_pages_are_rtl_with_isolated_user_content(client, site):
    html = text(client.get(site["registration_ar"].url))
    assert '<html lang="ar" dir="rtl">' in html
    assert '<bdi>Aachtal</bdi>' in html  # the municipality's Latin name inside Arabic text
    assert '<bdi dir="ltr" class="number">112</bdi>' in html
    assert 'class="icon icon-back flip"' in html  # the back arrow mirrors in RTL (site.css)


def test_search_is_per_municipality_and_language_with_highlights(client, site):
    other = make_municipality("Birkenau", "birkenau", ["de", "en"])
    add_content_page(root_page(other), title="Wohnsitz anmelden in Birkenau", slug="anmelden")
    html = text(client.get("/de/aachtal/search/?q=anmelden"))
    assert "Wohnsitz <mark>anmelden</mark>" in html
    assert site["registration"].url in html
    assert "Birkenau" not in html
    arabic = text(client.get("/ar/aachtal/search/?q=تسجيل"))
    assert site["registration_ar"].url in arabic and site["registration"].url not in arabic
    assert "<mark>تسجيل</mark>" in arabic


def test_search_finds_word_prefixes(client, site):
    """The database backend has no fuzzy matching; unfinished words still find titles by prefix."""
    assert site["registration"].url in text(client.get("/de/aachtal/search/?q=anmeld"))
    assert site["health"].url in text(client.get("/de/aachtal/search/?q=Gesundh"))


def test_search_escapes_user_input(client, site):
    html = text(client.get("/de/aachtal/search/?q=%3Cscript%3Ealert(1)%3C/script%3E"))
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_no_results_page_lists_topics_and_counts_the_query_anonymously(client, site):
    for _ in range(3):
        response = client.get("/de/aachtal/search/?q=Kindergeld+beantragen")
    html = text(response)
    assert "Nichts gefunden für „<bdi>Kindergeld beantragen</bdi>“" in html
    assert site["health"].url in html and site["work"].url in html  # top topics offered
    entry = NoResultQuery.objects.get()
    assert (entry.query, entry.count, entry.language, entry.municipality) == (
        "kindergeld beantragen", 3, "de", site["municipality"])
    client.get("/de/aachtal/search/?q=anmelden")
    assert NoResultQuery.objects.count() == 1  # found queries are not recorded
    assert not response.cookies


def test_plugin_pages_are_searchable_only_where_the_plugin_is_on(client, site):
    municipality = site["municipality"]
    notice = SampleNoticePage(title="Hinweis Sperrmüll", text="Sperrmüll wird am Freitag abgeholt", slug="sperrmuell")
    site["home"].add_child(instance=notice)
    notice.save_revision().publish()
    assert notice.url not in text(client.get("/de/aachtal/search/?q=Sperrmüll"))
    set_enabled_plugins(municipality, ["sample"])
    assert notice.url in text(client.get("/de/aachtal/search/?q=Sperrmüll"))


def test_unknown_municipality_or_language_404s(client, site):
    assert client.get("/de/nowhere/search/?q=x").status_code == 404
    assert client.get("/uk/aachtal/search/?q=x").status_code == 404
    assert client.get("/uk/aachtal/offline/").status_code == 404
    assert client.get("/uk/aachtal/sw.js").status_code == 404


def test_helpful_widget_stores_rating_and_comment_without_personal_data(client, site):
    page = site["registration"]
    html = text(client.get(page.url))
    assert 'action="/de/aachtal/feedback/"' in html and 'name="rating" value="up"' in html
    response = client.post("/de/aachtal/feedback/", {"page": page.pk, "rating": "down", "comment": "Adresse fehlt"},
                           REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Phone")
    assert response.status_code == 302 and response.url == page.url + "?feedback=thanks#feedback"
    entry = Feedback.objects.get()
    assert (entry.page_id, entry.rating, entry.comment, entry.language, entry.kind) == (
        page.pk, "down", "Adresse fehlt", "de", "page")
    stored = " ".join(str(value) for value in Feedback.objects.values().get().values())
    assert "203.0.113.9" not in stored and "Phone" not in stored
    assert "feedback-thanks" in text(client.get(page.url + "?feedback=thanks"))


def test_helpful_widget_answers_json_for_the_script(client, site):
    response = client.post("/de/aachtal/feedback/", {"page": site["registration"].pk, "rating": "up"},
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["ok"] is True
    response = client.post("/de/aachtal/feedback/", {"page": site["registration"].pk}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and response.json()["ok"] is False
    assert Feedback.objects.count() == 1


def test_helpful_widget_refuses_bad_input(client, site):
    other = make_municipality("Birkenau", "birkenau", ["de", "en"])
    foreign = add_content_page(root_page(other), title="Fremd")
    cases = [
        {"page": foreign.pk, "rating": "up"},  # another municipality's page
        {"page": site["registration_ar"].pk, "rating": "up"},  # page in another language than the URL
        {"page": "abc", "rating": "up"},
        {"page": site["registration"].pk, "rating": "maybe"},
        {"page": site["registration"].pk, "rating": "", "comment": "   "},
        {"page": site["registration"].pk, "comment": "x" * 1001},
    ]
    for data in cases:
        response = client.post("/de/aachtal/feedback/", data)
        assert response.status_code == 400, data
    assert client.get("/de/aachtal/feedback/").status_code == 405
    assert Feedback.objects.count() == 0


def test_language_switcher_keeps_the_page_or_explains(client, site):
    html = text(client.get(site["registration"].url))
    assert f'href="{site["registration_ar"].url}" hreflang="ar"' in html
    not_translated = f'/en/aachtal/not-translated/{site["registration"].pk}/'
    assert f'href="{not_translated}"' in html and "data-untranslated" in html
    response = client.get(not_translated)
    assert response.status_code == 404  # honest status: the page does not exist in English
    explained = text(response)
    assert '<html lang="en" dir="ltr">' in explained
    assert site["registration"].url in explained and site["registration_ar"].url in explained
    assert 'href="/en/aachtal/"' in explained
    # Once a translation exists, the same link leads straight to it.
    assert client.get(f'/ar/aachtal/not-translated/{site["registration"].pk}/').url == site["registration_ar"].url
    other = make_municipality("Birkenau", "birkenau", ["de", "en"])
    foreign = add_content_page(root_page(other), title="Fremd")
    assert client.get(f"/en/aachtal/not-translated/{foreign.pk}/").status_code == 404


def test_head_has_canonical_hreflang_and_open_graph(client, site):
    html = text(client.get(site["registration"].url))
    assert f'<link rel="canonical" href="http://testserver{site["registration"].url}">' in html
    assert f'hreflang="ar" href="http://testserver{site["registration_ar"].url}"' in html
    assert 'hreflang="x-default"' in html
    assert '<meta property="og:title" content="Wohnsitz anmelden">' in html
    assert '<meta property="og:locale" content="de">' in html


def test_emergency_numbers_one_tap_from_every_page(client, site):
    for url in (site["home"].url, site["registration"].url, "/de/aachtal/search/?q=x", site["registration_ar"].url):
        html = text(client.get(url))
        header = html.split("</header>")[0]
        assert 'class="tool emergency-link" href="#emergency"' in header, url
        assert 'id="emergency"' in html and 'href="tel:112"' in html and 'href="tel:110"' in html


def test_content_page_shows_contact_and_review_date(client, site):
    html = text(client.get(site["registration"].url))
    assert "Bürgeramt Aachtal" in html and '<time datetime="2025-03-01">' in html


def test_service_worker_is_scoped_to_the_municipality_and_precaches_top_pages(client, site):
    response = client.get("/ar/aachtal/sw.js")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    js = text(response)
    assert '"/ar/aachtal/offline/"' in js and f'"{site["arrival_ar"].url}"' in js and '"/ar/aachtal/"' in js
    assert site["arrival"].url not in js  # German pages belong to the German worker
    assert 'data-sw="/ar/aachtal/sw.js"' in text(client.get(site["home_ar"].url))
    offline = client.get("/ar/aachtal/offline/")
    assert offline.status_code == 200 and site["arrival_ar"].url in text(offline)


def test_anonymous_pages_are_gzipped_staff_pages_are_not(client, site, platform_admin):
    """gzip for readers' phones; never where a session's secrets sit in the page (BREACH)."""
    url = site["registration"].url
    plain = client.get(url)
    zipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert zipped["Content-Encoding"] == "gzip" and "Accept-Encoding" in zipped["Vary"]
    assert gzip.decompress(zipped.content) == plain.content
    assert client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=zipped["ETag"]).status_code == 304
    client.force_login(platform_admin)
    for staff_url in (url, "/admin/"):
        response = client.get(staff_url, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200 and "Content-Encoding" not in response, staff_url


def test_http_caching_of_anonymous_pages(client, site, platform_admin):
    url = site["registration"].url
    response = client.get(url)
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]
    assert not response.cookies
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    client.force_login(platform_admin)
    assert "public" not in client.get(url)["Cache-Control"]
    admin = client.get("/admin/")
    assert {"no-cache", "no-store", "private"} <= set(admin["Cache-Control"].split(", ")), admin["Cache-Control"]
    preview = client.get(f"/admin/pages/{site['registration'].pk}/edit/preview/")
    assert "public" not in preview.get("Cache-Control", "")


def test_page_render_queries_do_not_grow_with_topics(client, site, django_assert_max_num_queries):
    cache.clear()
    url = site["home"].url
    client.get(url)
    with django_assert_max_num_queries(40) as first:
        client.get(url)
    for index in range(8):
        topic(site["home"], title=f"Thema {index}", slug=f"thema-{index}", icon="info")
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(url)
    search_url = "/de/aachtal/search/?q=thema"
    client.get(search_url)
    with django_assert_max_num_queries(40) as search_queries:
        client.get(search_url)
    for index in range(8, 16):
        topic(site["home"], title=f"Thema {index}", slug=f"thema-{index}")
    # At most one more: the backend's extra hits are loaded with one query per page type.
    with django_assert_max_num_queries(len(search_queries.captured_queries) + 1):
        client.get(search_url)


def test_sitemaps_per_municipality_with_hreflang_and_robots(client, site):
    make_municipality("Birkenau", "birkenau", ["de", "en"])
    index = text(client.get("/sitemap.xml"))
    assert "http://testserver/sitemap-aachtal.xml" in index and "sitemap-birkenau.xml" in index
    xml = text(client.get("/sitemap-aachtal.xml"))
    german, arabic = (f"http://testserver{site[key].url}" for key in ("registration", "registration_ar"))
    expected = [f'hreflang="de" href="{german}"', f'hreflang="ar" href="{arabic}"', f'hreflang="x-default" href="{german}"']
    # Django's i18n sitemap: an entry per language, each with every translation and the
    # municipality's default language as x-default, as in the page's own <head>.
    for location in (german, arabic):
        assert xml.count(f"<loc>{location}</loc>") == 1
        block = xml.split(f"<loc>{location}</loc>")[1].split("</url>")[0]
        assert [line for line in expected if line in block] == expected, block
        assert 'hreflang="en"' not in block  # not translated into English
    head = text(client.get(site["registration"].url))
    assert all(f'<link rel="alternate" {line}>' in head for line in expected)
    assert "birkenau" not in xml
    assert client.get("/sitemap-nowhere.xml").status_code == 404
    robots = text(client.get("/robots.txt"))
    assert "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots


def test_static_files_are_compressed_and_small(client, settings):
    from django.contrib.staticfiles import finders

    css = open(finders.find("home/site.css"), "rb").read()
    assert len(gzip.compress(css)) < 6_000
