"""Factories for tests. Municipalities go through the real onboarding service, never around it."""

import datetime
import io

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.test import TestCase
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Collection

from home.models import ContentPage
from integreat_wagtail.municipalities.services import create_municipality


def make_municipality(name, slug, language_codes, *, plugins=(), kind="city", parent=None, **fields):
    """Create a municipality with pages in its languages, groups and collection; plugins switched on.

    wagtail-localize publishes translations on commit; tests run inside a transaction, so the
    callbacks are run here as a real commit would.
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        return create_municipality(
            name=name,
            slug=slug,
            kind=kind,
            parent=parent,
            language_codes=list(language_codes),
            default_language=language_codes[0],
            enabled_plugins=list(plugins),
            **fields,
        )


def make_user(username, *, municipality=None, role="editors", superuser=False, password="pw"):
    """A user; with `municipality`, a member of its editors/moderators/admins group."""
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=password, is_superuser=superuser,
        is_staff=superuser,
    )
    if municipality is not None:
        user.groups.add(getattr(municipality, f"{role}_group"))
    return user


def log_in(client, username, password):
    """Through the admin's real login form (throttled by django-axes, which `client.login` bypasses
    without a request and so refuses)."""
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302 and client.session.get("_auth_user_id"), response.status_code


def root_page(municipality, language=None):
    """The municipality's root page in a language (default: its source language)."""
    return municipality.pages.get(locale__language_code=language or municipality.default_language).specific


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    intro = "What newcomers need to know."
    contact_name = "Integration office"
    last_reviewed_on = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = ContentPage


def add_content_page(parent, **kwargs):
    """A published content page under `parent`, in the parent's locale."""
    kwargs.setdefault("locale", parent.locale)
    page = ContentPageFactory.build(**kwargs)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def assert_refused(response):
    """Wagtail's admin answers PermissionDenied with 403, or (for full-page requests) a redirect to
    the dashboard with an error message; both mean "refused", a login redirect does not."""
    if response.status_code == 302:
        assert response.url.rstrip("/").endswith("/admin"), response.url
    else:
        assert response.status_code in (403, 404), response.status_code


def make_image(title="Picture", size=(600, 400), colour="#2a9d8f", collection=None):
    """A real PNG in Wagtail's image library (drawn with Pillow), in the root collection unless given."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    image = Image(title=title, collection=collection or Collection.get_first_root_node())
    image.file = ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.png")
    image.save()
    return image


def publish_change(page, **fields):
    """Set fields on a fresh copy of a content page and publish it, committed as a request would be
    (the after-commit work runs: mirrors, caches, purges)."""
    page = ContentPage.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()
    return page
