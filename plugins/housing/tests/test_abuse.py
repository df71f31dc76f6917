"""Bad input and abuse: each refused with a message or a 4xx, nothing stored half, no 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from plugins.housing.models import HousingOffer, HousingPhoto

from .conftest import form_data, jpeg, make_offer, refused


def post(client, page, data):
    return client.post(page.url + "submit/", data)


def assert_nothing_stored():
    assert not HousingOffer.objects.exists() and not HousingPhoto.objects.exists()


@pytest.mark.parametrize("upload", [
    SimpleUploadedFile("flat.jpg", b"<script>alert(1)</script>", content_type="image/jpeg"),
    SimpleUploadedFile("flat.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg"),
])
def test_non_image_disguised_as_jpeg(client, index_de, upload):
    response = post(client, index_de, {**form_data(), "photo_1": upload, "photo_1_alt": "x"})
    assert response.status_code == 400
    assert "keine gültige Bilddatei" in response.content.decode()  # the German page answers in German
    assert_nothing_stored()


def test_oversized_upload(client, index_de, settings):
    settings.INTEGREAT_UPLOAD_LIMITS = {"max_bytes": 500}
    response = post(client, index_de, {**form_data(), "photo_1": jpeg((300, 300)), "photo_1_alt": "x"})
    assert response.status_code == 400
    assert_nothing_stored()


def test_photo_needs_alt_text(client, index_de):
    assert post(client, index_de, {**form_data(), "photo_1": jpeg()}).status_code == 400
    assert_nothing_stored()


@pytest.mark.parametrize("field,value", [
    ("cold_rent", "-100"), ("cold_rent", "99999999"), ("rooms", "0"), ("rooms", "2,3"), ("rooms", "500"),
    ("living_area", "-5"), ("living_area", "100000"), ("floor", "-40"), ("deposit", "1e9"),
    ("additional_costs", "abc"), ("available_from", "2024-13-45"), ("submitter_email", "nobody"),
    ("suitable_singles", None),
])
def test_bad_numbers_and_values(client, index_de, field, value):
    response = post(client, index_de, form_data(**{field: value}))
    assert response.status_code == 400
    assert "has-error" in response.content.decode()
    assert_nothing_stored()


def test_end_before_start(client, index_de):
    response = post(client, index_de, form_data(available_from="2030-05-01", available_until="2030-04-01"))
    assert response.status_code == 400
    assert_nothing_stored()


def test_html_is_escaped_everywhere(client, index_de, moderator, django_capture_on_commit_callbacks):
    from integreat_wagtail.moderation import services

    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, index_de, form_data(title=evil, description=evil, district=evil)).status_code == 302
    offer = HousingOffer.objects.get()
    services.approve(offer, moderator)
    for url in (index_de.url, f"{index_de.url}{offer.pk}/"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html


def test_honeypot(client, index_de):
    response = post(client, index_de, form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert_nothing_stored()


def test_flood_from_one_client_gets_429(client, index_de, settings, django_capture_on_commit_callbacks):
    settings.INTEGREAT_RATE_LIMITS = {"housing-submit": (3, 3600)}
    with django_capture_on_commit_callbacks(execute=True):
        codes = [post(client, index_de, form_data(title=f"Angebot {n}")).status_code for n in range(5)]
    assert codes == [302, 302, 302, 429, 429]
    assert HousingOffer.objects.count() == 3
    other = client.post(index_de.url + "submit/", form_data(title="Anderer Client"), REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 302


def test_forged_edit_token(client, index_de, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, index_de, form_data())
    offer = HousingOffer.objects.get()
    base = f"{index_de.url}manage/{offer.pk}/"
    for token in ("forged", "A" * 43, "x" * 300):
        assert client.get(base + token + "/").status_code == 404
        assert client.post(base + token + "/", {"action": "withdraw"}).status_code == 404
    offer.refresh_from_db()
    assert offer.status == "pending"


def test_token_of_one_offer_does_not_open_another(client, index_de, other_municipality, django_capture_on_commit_callbacks):
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):
        post(client, index_de, form_data(title="Erstes"))
        post(client, index_de, form_data(title="Zweites"))
    first, second = HousingOffer.objects.order_by("pk")
    token = mail.outbox[0].body.split(f"/manage/{first.pk}/")[1].split("/")[0]
    assert first.check_token(token)
    assert client.get(f"{index_de.url}manage/{second.pk}/{token}/").status_code == 404


def test_bad_listing_parameters_give_400(client, index_de):
    for query in ("rooms=abc", "max_rent=-1", "min_area=1e99", "available_from=yesterday", "sort=drop+table",
                  "suitable_for=aliens", "page=0", "page=abc", "rooms=%00"):
        response = client.get(index_de.url + "?" + query)
        assert response.status_code == 400, query
    assert client.get(index_de.url + "?page=99").status_code == 404
    assert client.get(index_de.url + "?unknown=1").status_code == 200


def test_admin_isolation(client, housing, other_municipality, moderator, other_editor):
    from integreat_wagtail.plugins.services import enable_plugin
    from tests.factories import make_user

    enable_plugin(other_municipality, "housing")
    mine = make_offer(housing, title="Aachtal-Angebot", status="pending")
    theirs = make_offer(other_municipality, title="Birkenau-Angebot", status="pending")
    client.force_login(moderator)
    listing = client.get("/admin/housing_offers/").content.decode()
    assert "Aachtal-Angebot" in listing and "Birkenau-Angebot" not in listing
    for view in ("edit", "delete", "inspect", "moderate", "history"):
        url = f"/admin/housing_offers/{view}/{theirs.pk}/"
        assert refused(client.get(url)), view
    response = client.post(f"/admin/housing_offers/moderate/{theirs.pk}/", {"decision": "approve"})
    assert refused(response)
    response = client.post(f"/admin/housing_offers/edit/{theirs.pk}/", {"title": "hacked"})
    theirs.refresh_from_db()
    assert theirs.status == "pending" and theirs.title == "Birkenau-Angebot"
    assert client.get(f"/admin/housing_offers/moderate/{mine.pk}/").status_code == 200

    # A moderator elsewhere who is only an editor here may see, but not edit or decide.
    hybrid = make_user("hybrid", municipality=other_municipality, role="moderators")
    hybrid.groups.add(housing.editors_group)
    client.force_login(hybrid)
    response = client.post(f"/admin/housing_offers/moderate/{mine.pk}/", {"decision": "approve"})
    assert refused(response)
    mine.refresh_from_db()
    assert mine.status == "pending"

    # The create form only offers municipalities where the user moderates and housing is on.
    client.force_login(moderator)
    form = client.get("/admin/housing_offers/new/").content.decode()
    assert "Aachtal" in form and "Birkenau" not in form
