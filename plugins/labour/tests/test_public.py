"""Listings, filters, detail pages, JSON-LD and the API functions."""

import datetime
import json
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from plugins.labour import api
from plugins.labour.models import JobOffer, JobOfferTranslation, RecognitionGuidePage

from integreat_wagtail.plugins.services import enable_plugin

from .factories import make_offer, make_service, section_in

pytestmark = pytest.mark.django_db


def urls(municipality, code="en"):
    page = section_in(municipality, code)
    return {"guides": page.url, "counselling": page.url + "counselling/", "jobs": page.url + "jobs/", "page": page}


# --- guides ----------------------------------------------------------------------------------

def test_guide_listing_filters_by_profession_and_regulated(guides, labour_town, client):
    url = urls(labour_town)["guides"]
    html = client.get(url).content.decode()
    for title in ("Nurse", "Electrician", "Teacher", "IT specialist"):
        assert title in html
    html = client.get(url, {"profession": "nurse"}).content.decode()
    assert "Nurse" in html and "Electrician</a>" not in html
    html = client.get(url, {"regulated": "no"}).content.decode()
    assert "Electrician</a>" in html and "IT specialist</a>" in html and "Nurse</a>" not in html
    html = client.get(url, {"regulated": "yes", "group": "education"}).content.decode()
    assert "Teacher</a>" in html and "Nurse</a>" not in html
    assert "No guide matches" in client.get(url, {"profession": "astronaut"}).content.decode()


@pytest.mark.parametrize(
    "query",
    ["regulated=maybe", "colour=red", "profession=<script>", "group=wizards", "page=abc", "page=0",
     "regulated=yes&regulated=no", "profession=" + "x" * 100],
)
def test_malformed_or_unknown_guide_filters_give_400(section, labour_town, client, query):
    response = client.get(urls(labour_town)["guides"] + "?" + query)
    assert response.status_code == 400
    assert "could not be used" in response.content.decode()
    main = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert "<script>" not in main  # the bad value is never echoed unescaped


def test_guide_detail_shows_all_parts_in_the_readers_language(guides, labour_town, client):
    html = client.get(urls(labour_town, "ar")["guides"] + "nurse/").content.decode()
    assert 'lang="ar" dir="rtl"' in html
    assert "ممرض/ممرضة" in html and "جواز السفر أو بطاقة الهوية" in html and "قدّم الطلب" in html
    assert "B2" in html and "Landesamt für Gesundheit" in html
    assert "anerkennung-in-deutschland.de" in html


# --- counselling -----------------------------------------------------------------------------

def test_counselling_listing_filters_by_topic_and_language(section, services, labour_town, client):
    url = urls(labour_town)["counselling"]
    html = client.get(url).content.decode()
    assert html.count('class="card"') == 4
    html = client.get(url, {"topic": "language_courses"}).content.decode()
    assert html.count('class="card"') == 1 and "Volkshochschule" in html
    html = client.get(url, {"language": "fa"}).content.decode()
    assert html.count('class="card"') == 2  # IQ, VHS
    html = client.get(url, {"topic": "recognition", "language": "fa"}).content.decode()
    assert html.count('class="card"') == 1
    assert "Recognition counselling" in html  # translated service name (English page)


@pytest.mark.parametrize("query", ["topic=astrology", "language=klingon", "lang=de", "topic=a&topic=b"])
def test_malformed_counselling_filters_give_400(section, labour_town, client, query):
    assert client.get(urls(labour_town)["counselling"] + "?" + query).status_code == 400


def test_counselling_shows_untranslated_services_in_the_source_language(labour_town, client, section):
    make_service(labour_town, organisation="Nur Deutsch e.V.", name="Beratung auf Deutsch")
    html = client.get(urls(labour_town)["counselling"]).content.decode()
    assert 'lang="de"' in html and "Nur Deutsch e.V." in html


def test_other_municipalitys_services_are_not_listed(section, labour_town, other_municipality, client):
    enable_plugin(other_municipality, "labour")
    make_service(other_municipality, organisation="Nur in Birkenau")
    assert "Nur in Birkenau" not in client.get(urls(labour_town)["counselling"]).content.decode()


# --- jobs ------------------------------------------------------------------------------------

def test_job_listing_filters_and_hides_unpublished_and_expired_offers(section, jobs, labour_town, client):
    url = urls(labour_town)["jobs"]
    assert client.get(url).content.decode().count('class="card"') == 5
    make_offer(labour_town, title="Wartet", status=JobOffer.Status.PENDING)
    expired = make_offer(labour_town, title="Abgelaufen")
    JobOffer.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    html = client.get(url).content.decode()
    assert html.count('class="card"') == 5 and "Wartet" not in html and "Abgelaufen" not in html
    assert client.get(f"{url}{expired.pk}/").status_code == 404
    html = client.get(url, {"type": "apprenticeship"}).content.decode()
    assert html.count('class="card"') == 2
    html = client.get(url, {"level": "A2"}).content.decode()
    assert html.count('class="card"') == 3  # two A2 offers and one without a level
    html = client.get(url, {"recognition": "yes"}).content.decode()
    assert html.count('class="card"') == 1


@pytest.mark.parametrize("query", ["type=slave", "level=D1", "recognition=perhaps", "sort=salary", "page=-1"])
def test_malformed_job_filters_give_400(section, labour_town, client, query):
    assert client.get(urls(labour_town)["jobs"] + "?" + query).status_code == 400


def _jsonld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_job_detail_has_a_valid_schema_org_jobposting(labour_town, client, section):
    offer = make_offer(
        labour_town, title="Köchin </script><b>", description="Kochen & backen", salary_min=Decimal("2500"),
        salary_max=Decimal("3000"), street="Hauptstr. 1", postcode="12345", start_date=datetime.date(2030, 1, 1),
    )
    JobOfferTranslation.objects.create(submission=offer, language_code="en", title="Cook", description="Cooking and baking")
    response = client.get(f"{urls(labour_town)['jobs']}{offer.pk}/")
    assert response.status_code == 200
    data = _jsonld(response.content.decode())
    assert data["@context"].startswith("https://schema.org") and data["@type"] == "JobPosting"
    # Google's required properties, plus validThrough because the offer expires
    for key in ("title", "description", "datePosted", "hiringOrganization", "jobLocation", "validThrough"):
        assert data[key], key
    assert data["title"] == "Cook" and data["inLanguage"] == "en"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Firma Test"}
    assert data["jobLocation"]["@type"] == "Place"
    assert data["jobLocation"]["address"]["addressLocality"] == "Aachtal"
    assert data["jobLocation"]["address"]["addressCountry"] == "DE"
    datetime.date.fromisoformat(data["datePosted"])
    assert datetime.datetime.fromisoformat(data["validThrough"]) == offer.expires_at
    assert data["employmentType"] == "FULL_TIME"
    assert data["baseSalary"]["value"] == {"@type": "QuantitativeValue", "unitText": "MONTH", "minValue": 2500.0, "maxValue": 3000.0}
    assert data["jobStartDate"] == "2030-01-01"
    # the German original's title cannot break out of the script element
    de = client.get(f"{urls(labour_town, 'de')['jobs']}{offer.pk}/").content.decode()
    assert _jsonld(de)["title"] == "Köchin </script><b>"


def test_job_posting_without_expiry_has_no_valid_through(labour_town):
    offer = make_offer(labour_town, expires_at=None)
    data = api.job_posting_jsonld(offer, "de")
    assert "validThrough" not in data and data["datePosted"]


# --- API functions ---------------------------------------------------------------------------

def test_api_functions_return_json_ready_data_per_language(guides, services, jobs, labour_town, rf):
    guides = api.guides(labour_town, "ar")
    assert guides["count"] == 1 and json.dumps(guides)  # only the nurse's guide is translated into Arabic
    nurse = next(item for item in guides["results"] if item["profession_key"] == "nurse")
    assert nurse["title"] == "ممرض/ممرضة" and nurse["regulated"] is True and nurse["cefr_level"] == "B2"
    assert len(nurse["steps"]) == 1 and nurse["documents"][0] == "جواز السفر أو بطاقة الهوية"
    services = api.counselling_services(labour_town, "en", rf.get("/", {"topic": "recognition"}))
    assert services["count"] == 2 and json.dumps(services)
    jobs = api.job_offers(labour_town, "en", rf.get("/", {"type": "full_time"}))
    assert jobs["count"] == 2 and json.dumps(jobs)
    assert all(job["translated"] and job["language"] == "en" for job in jobs["results"])
    assert "submitter_email" not in json.dumps(jobs) and "hr1@example.org" not in json.dumps(jobs)


@pytest.mark.parametrize(
    ("function", "params"),
    [(api.guides, {"regulated": "maybe"}), (api.counselling_services, {"topic": "x"}), (api.job_offers, {"foo": "1"})],
)
def test_api_functions_refuse_bad_parameters(section, labour_town, function, params, rf):
    with pytest.raises(api.FilterError) as error:
        function(labour_town, "en", rf.get("/", params))
    assert error.value.messages


def test_api_functions_refuse_languages_the_municipality_does_not_offer(section, labour_town):
    with pytest.raises(api.Unavailable):
        api.guides(labour_town, "uk")


# --- query counts ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["guides", "counselling", "jobs"])
def test_listing_query_count_does_not_grow_with_items(section, labour_town, client, django_assert_max_num_queries, kind,
                                                      request):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    request.getfixturevalue({"guides": "guides", "counselling": "services", "jobs": "jobs"}[kind])  # some items first
    url = urls(labour_town)[kind]
    client.get(url)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as few:
        client.get(url, {"page": 1})
    for index in range(12):
        make_offer(labour_town, title=f"Mehr {index}", location=None)
        make_service(labour_town, organisation=f"Mehr {index}")
    if kind == "guides":
        page = urls(labour_town)["page"]
        for index in range(9):
            guide = RecognitionGuidePage(
                title=f"Guide {index}", slug=f"guide-{index}", profession=f"P{index}", profession_key=f"p{index}",
                authority_name="Amt", regulated=bool(index % 2), cefr_level="B1",
                steps=[("step", {"title": "Antrag", "text": None, "links": []})], locale=page.locale,
            )
            page.add_child(instance=guide)
            guide.save_revision().publish()
    with django_assert_max_num_queries(len(few)):
        response = client.get(url, {"page": 1})
    assert len(response.context["items"]) >= 13
    assert response.status_code == 200


@pytest.mark.parametrize("function", [api.guides, api.counselling_services, api.job_offers])
def test_api_query_count_does_not_grow_with_items(section, labour_town, django_assert_max_num_queries, function, request):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fixture = {api.guides: "guides", api.counselling_services: "services", api.job_offers: "jobs"}[function]
    request.getfixturevalue(fixture)  # some items first
    function(labour_town, "en")
    with CaptureQueriesContext(connection) as few:
        function(labour_town, "en")
    for index in range(10):
        make_offer(labour_town, title=f"Mehr {index}")
        make_service(labour_town, organisation=f"Mehr {index}")
    with django_assert_max_num_queries(len(few)):
        function(labour_town, "en")
