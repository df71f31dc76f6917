"""Plugin on/off, municipality isolation in the admin and the shared moderation mechanism."""

import datetime

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from integreat_wagtail.moderation import services as moderation
from integreat_wagtail.moderation.admin import ModerationViewSet
from integreat_wagtail.moderation.models import ModeratedSubmission
from integreat_wagtail.plugins.registry import plugin_for_model
from integreat_wagtail.plugins.services import disable_plugin, enable_plugin
from plugins.labour.models import CounsellingService, JobOffer, LabourIndexPage, RecognitionGuidePage
from plugins.labour.wagtail_hooks import JobOfferViewSet
from tests.factories import make_user, root_page

from .conftest import make_offer, make_service, section_in

pytestmark = pytest.mark.django_db


def public_urls(municipality, offer):
    page = section_in(municipality, "en")
    return [page.url, page.url + "nurse/", page.url + "counselling/", page.url + "jobs/",
            f"{page.url}jobs/{offer.pk}/", page.url + "jobs/submit/"]


def test_plugin_off_hides_everything_and_on_brings_it_back_unchanged(section, labour_town, client):
    offer = make_offer(labour_town)
    urls = public_urls(labour_town, offer)
    home = root_page(labour_town, "en").url
    before = {url: client.get(url).content for url in urls}
    assert all(client.get(url).status_code == 200 for url in urls)
    assert "labour-teaser" in client.get(home).content.decode()

    disable_plugin(labour_town, "labour")
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert "labour-teaser" not in client.get(home).content.decode()
    root = root_page(labour_town)
    section = LabourIndexPage.objects.get(pk=section.pk)  # fresh: pages memoise their municipality
    assert not LabourIndexPage.can_create_at(root)
    assert not RecognitionGuidePage.can_create_at(section)
    assert LabourIndexPage.objects.filter(pk=section.pk).exists()  # hidden, never deleted

    enable_plugin(labour_town, "labour")
    section = LabourIndexPage.objects.get(pk=section.pk)  # fresh: pages memoise their municipality
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200
        if not url.endswith("submit/"):  # the form carries a fresh CSRF token
            assert response.content == before[url], url
    assert "labour-teaser" in client.get(home).content.decode()
    assert RecognitionGuidePage.can_create_at(section)


def refused(response):
    """Wagtail answers PermissionDenied in the admin with a redirect to the dashboard (or 403/404)."""
    return response.status_code in (403, 404) or (response.status_code == 302 and response.url == "/admin/")


def test_crafted_admin_creation_is_refused_where_the_plugin_is_off(labour_town, section, platform_admin, client):
    disable_plugin(labour_town, "labour")
    client.force_login(platform_admin)
    url = reverse("wagtailadmin_pages:add", args=("labour", "recognitionguidepage", section.pk))
    count = RecognitionGuidePage.objects.count()
    assert refused(client.get(url))
    assert refused(client.post(url, {"title": "x"}))
    assert RecognitionGuidePage.objects.count() == count


def test_job_offers_use_the_shared_moderation_core():
    assert issubclass(JobOffer, ModeratedSubmission)
    assert issubclass(JobOfferViewSet, ModerationViewSet)
    assert plugin_for_model(JobOffer).plugin_key == "labour"
    assert JobOffer.objects.live  # the core's queryset


def test_housing_uses_the_same_moderation_core():
    if not apps.is_installed("plugins.housing"):
        pytest.skip("housing plugin not installed in this run")
    moderated = [model for model in apps.get_app_config("housing").get_models() if issubclass(model, ModeratedSubmission)]
    assert moderated, "housing offers must subclass the same ModeratedSubmission"


def _form_data(**overrides):
    data = {
        "employer": "Bäckerei Test", "title": "Bäcker/in", "description": "Brot backen", "employment_type": "full_time",
        "town": "Aachtal", "cefr_level": "A2", "salary_unit": "MONTH", "contact_email": "jobs@baeckerei.example.org",
        "submitter_name": "Frau Test", "submitter_email": "test@baeckerei.example.org", "privacy": "on",
        "apply_by": (timezone.localdate() + datetime.timedelta(days=20)).isoformat(),
    }
    data.update(overrides)
    return data


def test_employer_submission_is_moderated_before_it_is_listed(section, labour_town, client, moderator):
    page = section_in(labour_town, "en")
    response = client.post(page.url + "jobs/submit/", _form_data())
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    offer = JobOffer.objects.get(title="Bäcker/in")
    assert offer.status == JobOffer.Status.PENDING and offer.submitter_language == "en" and offer.language == "en"
    assert offer.edit_token_hash and offer.expires_at.date() == timezone.localdate() + datetime.timedelta(days=20)
    assert "Bäcker/in" not in client.get(page.url + "jobs/").content.decode()
    assert client.get(f"{page.url}jobs/{offer.pk}/").status_code == 404

    moderation.approve(offer, moderator)
    assert "Bäcker/in" in client.get(page.url + "jobs/").content.decode()
    assert client.get(f"{page.url}jobs/{offer.pk}/").status_code == 200
    assert offer.get_public_url().endswith(f"/en/aachtal/arbeit-und-anerkennung/jobs/{offer.pk}/")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"salary_min": "3000", "salary_max": "2000"}, "salary_max"),
     ({"apply_by": "2000-01-01"}, "apply_by"),
     ({"cefr_level": "Z1"}, "cefr_level"),
     ({"contact_email": ""}, "application_url"),
     ({"apply_by": "31.02.2030"}, "apply_by")],
)
def test_bad_submissions_show_errors_and_store_nothing(section, labour_town, client, overrides, field):
    page = section_in(labour_town, "en")
    response = client.post(page.url + "jobs/submit/", _form_data(**overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not JobOffer.objects.filter(title="Bäcker/in").exists()
    assert not mail.outbox


def test_honeypot_submissions_are_dropped(section, labour_town, client):
    page = section_in(labour_town, "en")
    response = client.post(page.url + "jobs/submit/", _form_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not JobOffer.objects.filter(title="Bäcker/in").exists()


def test_submitter_can_change_and_withdraw_with_the_private_link(section, labour_town, client, moderator):
    offer = make_offer(labour_town, status=JobOffer.Status.PENDING, submitter_email="hr@example.org")
    token = offer.set_token()
    offer.save()
    url = offer.get_manage_url(token)
    path = url.split("localhost", 1)[-1].split(":80", 1)[-1]
    assert client.get(path.replace(token, "wrong")).status_code == 404
    assert client.get(path).status_code == 200
    response = client.post(path, {**_form_data(title="Neuer Titel"), "action": "save"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == "Neuer Titel" and offer.status == JobOffer.Status.PENDING
    client.post(path, {"action": "withdraw"})
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.WITHDRAWN


# --- admin isolation -------------------------------------------------------------------------

def test_counselling_admin_is_scoped_to_the_editors_municipality(section, other_section, labour_town, editor, client):
    own = CounsellingService.objects.filter(municipality=labour_town).first()
    foreign = CounsellingService.objects.exclude(municipality=labour_town).first()
    client.force_login(editor)
    listing = client.get(reverse("wagtailsnippets_labour_counsellingservice:list"))
    assert listing.status_code == 200
    ids = {service.pk for service in listing.context["object_list"]}
    assert own.pk in ids and foreign.pk not in ids
    for name in ("edit", "delete", "inspect"):
        assert client.get(reverse(f"wagtailsnippets_labour_counsellingservice:{name}", args=[own.pk])).status_code == 200
        assert refused(client.get(reverse(f"wagtailsnippets_labour_counsellingservice:{name}", args=[foreign.pk])))
    assert refused(client.post(reverse("wagtailsnippets_labour_counsellingservice:delete", args=[foreign.pk])))
    assert CounsellingService.objects.filter(pk=foreign.pk).exists()
    chooser = client.get(reverse("wagtailsnippetchoosers_labour_counsellingservice:choose"))
    assert chooser.status_code == 200
    assert foreign.organisation not in chooser.content.decode() or foreign.organisation in own.organisation
    chosen = client.get(reverse("wagtailsnippetchoosers_labour_counsellingservice:chosen", args=[foreign.pk]))
    assert refused(chosen)


def test_counselling_create_form_offers_only_own_municipality(labour_town, other_municipality, editor, client):
    enable_plugin(other_municipality, "labour")
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_labour_counsellingservice:add"))
    assert response.status_code == 200, getattr(response, "url", "")
    choices = list(response.context_data["form"].fields["municipality"].queryset)
    assert choices == [labour_town]


def test_job_offer_queue_is_scoped_and_gated(labour_town, other_municipality, moderator, client):
    enable_plugin(other_municipality, "labour")
    own = make_offer(labour_town, status=JobOffer.Status.PENDING, title="Eigene")
    foreign = make_offer(other_municipality, status=JobOffer.Status.PENDING, title="Fremde", town="Birkenau")
    client.force_login(moderator)
    listing = client.get(reverse("labour_job_offers:index"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Eigene" in html and "Fremde" not in html
    for name in ("edit", "delete", "moderate"):
        assert client.get(reverse(f"labour_job_offers:{name}", args=[own.pk])).status_code == 200
        assert refused(client.get(reverse(f"labour_job_offers:{name}", args=[foreign.pk])))
    response = client.post(reverse("labour_job_offers:moderate", args=[own.pk]), {"decision": "approve"})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == JobOffer.Status.APPROVED
    client.post(reverse("labour_job_offers:moderate", args=[foreign.pk]), {"decision": "approve"})
    foreign.refresh_from_db()
    assert foreign.status == JobOffer.Status.PENDING
    disable_plugin(labour_town, "labour")
    assert refused(client.get(reverse("labour_job_offers:edit", args=[own.pk])))


def test_plain_editors_cannot_moderate(labour_town, editor, client):
    offer = make_offer(labour_town, status=JobOffer.Status.PENDING)
    client.force_login(editor)
    client.post(reverse("labour_job_offers:moderate", args=[offer.pk]), {"decision": "approve"})
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.PENDING


def test_other_municipalitys_editor_cannot_edit_our_guides(section, labour_town, other_editor, client):
    client.force_login(other_editor)
    guide = RecognitionGuidePage.objects.child_of(section).first()
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])))
