import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from integreat_wagtail.plugins.pages import index_page
from integreat_wagtail.plugins.services import enable_plugin
from plugins.housing.demo import ensure_index_pages
from plugins.housing.models import HousingIndexPage, HousingOffer


@pytest.fixture
def housing(municipality):
    """The standard test municipality (de, en, ar) with housing on and its index pages."""
    enable_plugin(municipality, "housing")
    ensure_index_pages(municipality)
    return municipality


@pytest.fixture
def index_de(housing):
    return index_page(HousingIndexPage, housing, "de", housing.default_language)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the (per-process) cache: every test starts from zero."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def refused(response):
    """403/404, or Wagtail's redirect to the dashboard after PermissionDenied, or LocaleMiddleware's
    redirect of an admin 404 to /<lang>/admin/… (the site's catch-all makes every prefixed path valid)."""
    if response.status_code in (403, 404):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and (location == "/admin/" or location.startswith(("/de/admin/", "/en/admin/")))


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Public and private uploads of each test in directories of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {**settings.STORAGES, "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tmp_path / "private"}}}


def jpeg(size=(60, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "orange").save(buffer, "JPEG")
    return SimpleUploadedFile("flat.jpg", buffer.getvalue(), content_type="image/jpeg")


def form_data(**overrides):
    data = {
        "title": "Helle Wohnung", "description": "Schön und ruhig.", "rooms": "2,5", "living_area": "60",
        "cold_rent": "550", "additional_costs": "120,50", "deposit": "1100",
        "available_from": (timezone.localdate() + datetime.timedelta(days=10)).isoformat(), "available_until": "",
        "floor": "1", "step_free": "on", "suitable_singles": "on", "district": "Altstadt",
        "street_address": "Lindenweg 4", "submitter_name": "Maria Beispiel", "submitter_email": "maria@example.org",
        "submitter_phone": "+49 661 1", "contact_visibility": "email", "privacy_consent": "on", "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_offer(municipality, status=HousingOffer.Status.APPROVED, days=30, **fields):
    now = timezone.now()
    values = dict(
        language_code="de", title="Wohnung", description="Text", rooms=2, living_area=50, cold_rent=500,
        additional_costs=100, deposit=1000, available_from=timezone.localdate(), district="Mitte",
        suitable_singles=True, submitter_name="L", submitter_email="l@example.org", status=status,
        reviewed_at=now, expires_at=now + datetime.timedelta(days=days),
    )
    values.update(fields)
    return HousingOffer.objects.create(municipality=municipality, **values)
