"""The platform landing page: one per platform language, root of the default Site and parent of
the municipality pages (its model is the site's, see `pages.get_platform_page_model`)."""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from integreat_wagtail import languages

from .pages import get_platform_page_model


def ensure_locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


@transaction.atomic
def ensure_platform(language_codes=()):
    """Create the landing page and point the default Site at it; translate it into `language_codes`.

    The landing page exists in the default language and in every language some municipality
    offers (the municipality service asks for its own). Idempotent and cheap when all exist.
    """
    platform_page_model = get_platform_page_model()
    source = platform_page_model.objects.filter(locale__language_code=languages.DEFAULT_LANGUAGE).first()
    if source is None:
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=ensure_locale(languages.DEFAULT_LANGUAGE))
        )  # a flushed database (transactional tests) lost the tree that Wagtail's migrations made
        source = root.add_child(
            instance=platform_page_model(
                title="Integreat", slug="integreat", locale=ensure_locale(languages.DEFAULT_LANGUAGE)
            )
        )
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = source
            site.site_name = "Integreat"
            site.save()
        else:
            Site.objects.create(hostname="localhost", port=80, root_page=source, is_default_site=True)
        if old_root and type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()  # Wagtail's "Welcome" placeholder
    existing = set(source.get_translations(inclusive=True).values_list("locale__language_code", flat=True))
    for code in language_codes:
        if code not in existing:
            translation = source.copy_for_translation(ensure_locale(code))
            translation.save_revision().publish()
    return source


def ensure_platform_after_migrate(sender, **kwargs):
    if not Page.objects.using(kwargs.get("using", "default")).filter(depth=1).exists():
        return  # a flushed database (TransactionTestCase) has no tree to build on
    if kwargs.get("plan") is not None and not kwargs.get("plan"):
        # Nothing was migrated in this run; the platform was set up before.
        if get_platform_page_model().objects.using(kwargs.get("using", "default")).exists():
            return
    ensure_platform()
