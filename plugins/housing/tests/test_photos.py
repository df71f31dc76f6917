"""Photos are private until their offer is live: public route for live offers only, the landlord's
token and the admin for everything else, never a file under MEDIA_ROOT."""

import datetime
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone

from integreat_wagtail.plugins.pages import index_page
from integreat_wagtail.plugins.services import enable_plugin
from plugins.housing.api import housing_offers
from plugins.housing.demo import ensure_index_pages
from plugins.housing.models import HousingIndexPage, HousingOffer, HousingPhoto
from tests.factories import make_user

from .conftest import form_data, jpeg, make_offer, refused


def add_photo(offer, alt="Wohnzimmer"):
    photo = HousingPhoto(offer=offer, alt_text=alt)
    photo.image.save("flat.jpg", jpeg())
    return photo


def body(response):
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("status", ["pending", "changes_requested", "rejected", "withdrawn"])
def test_unpublished_photo_is_not_public(client, settings, index_de, housing, status):
    photo = add_photo(make_offer(housing, status=status, expires_at=None))
    stored = Path(photo.image.path)
    assert stored.is_file() and not stored.is_relative_to(settings.MEDIA_ROOT)
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.jpg"))
    assert client.get(f"{index_de.url}photo/{photo.pk}/").status_code == 404


def test_live_photo_is_public_listed_and_cached(client, index_de, housing, rf):
    offer = make_offer(housing, title="Mit Foto")
    photo = add_photo(offer)
    url = f"{index_de.url}photo/{photo.pk}/"
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert body(response).startswith(b"\xff\xd8")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    for page_url in (index_de.url, f"{index_de.url}{offer.pk}/"):
        html = client.get(page_url).content.decode()
        assert f'src="{url}"' in html and "/media/" not in html
    api_photo = housing_offers(housing, "de", rf.get("/"))[0]["photos"][0]
    assert api_photo["url"].endswith(url) and api_photo["alt"] == "Wohnzimmer"


def test_caches_do_not_keep_a_photo_past_the_offers_end(client, index_de, housing):
    photo = add_photo(make_offer(housing, expires_at=timezone.now() + datetime.timedelta(seconds=60)))
    max_age = int(re.search(r"max-age=(\d+)", client.get(f"{index_de.url}photo/{photo.pk}/")["Cache-Control"])[1])
    assert 0 < max_age <= 60


def test_expired_offers_photo_is_gone(client, index_de, housing):
    offer = make_offer(housing)
    url = f"{index_de.url}photo/{add_photo(offer).pk}/"
    assert client.get(url).status_code == 200
    HousingOffer.objects.filter(pk=offer.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(url).status_code == 404


def test_photo_only_on_its_municipalitys_page(client, index_de, housing, other_municipality):
    enable_plugin(other_municipality, "housing")
    ensure_index_pages(other_municipality)
    other_index = index_page(HousingIndexPage, other_municipality, "de", other_municipality.default_language)
    photo = add_photo(make_offer(housing))
    assert client.get(f"{index_de.url}photo/{photo.pk}/").status_code == 200
    assert client.get(f"{other_index.url}photo/{photo.pk}/").status_code == 404


def test_moderators_of_the_municipality_see_pending_photos(client, housing, moderator, other_municipality):
    offer = make_offer(housing, status="pending", expires_at=None)
    photo = add_photo(offer)
    other_offer_photo = add_photo(make_offer(housing, status="pending", expires_at=None))
    url = f"/admin/housing_offers/photo/{offer.pk}/{photo.pk}/"
    assert client.get(url).status_code == 302  # to the login
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert body(response).startswith(b"\xff\xd8")
    assert f'src="{url}"' in client.get(f"/admin/housing_offers/moderate/{offer.pk}/").content.decode()
    edit = client.get(f"/admin/housing_offers/edit/{offer.pk}/").content.decode()
    assert f'href="{url}"' in edit and "/media/" not in edit
    assert client.get(f"/admin/housing_offers/photo/{offer.pk}/{other_offer_photo.pk}/").status_code == 404

    enable_plugin(other_municipality, "housing")
    client.force_login(make_user("birkenau-moderator", municipality=other_municipality, role="moderators"))
    assert refused(client.get(url))


def test_landlord_sees_own_photos_through_the_private_link(client, index_de, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(index_de.url + "submit/", {**form_data(), "photo_1": jpeg(), "photo_1_alt": "Küche"})
    offer = HousingOffer.objects.get()
    photo = offer.photos.get()
    manage = re.search(r"http://[^/\s]+(/\S+/manage/\d+/[^\s/]+/)", mail.outbox[0].body)[1]
    photo_url = f"{manage}photo/{photo.pk}/"
    html = client.get(manage).content.decode()
    assert f'src="{photo_url}"' in html and 'alt="Küche"' in html
    response = client.get(photo_url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, no-store" and response["Referrer-Policy"] == "no-referrer"
    assert body(response).startswith(b"\xff\xd8")
    forged = f"{index_de.url}manage/{offer.pk}/{'A' * 43}/photo/{photo.pk}/"
    assert client.get(forged).status_code == 404
    foreign = add_photo(make_offer(offer.municipality, status="pending", expires_at=None))
    assert client.get(f"{manage}photo/{foreign.pk}/").status_code == 404


def test_deleting_an_offer_deletes_its_files(housing, django_capture_on_commit_callbacks):
    offer = make_offer(housing)
    path = Path(add_photo(offer).image.path)
    with django_capture_on_commit_callbacks(execute=True):
        offer.delete()
    assert not path.exists()
