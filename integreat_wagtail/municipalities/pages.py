"""The site's page types as the core knows them, and where a page's municipality is.

The core sits below the site (`home`) and never imports it: the site names its page models in
settings, like Django's AUTH_USER_MODEL, and the core asks for them when it needs them —
`INTEGREAT_PLATFORM_PAGE_MODEL` (the landing page, a municipality page's parent),
`INTEGREAT_MUNICIPALITY_PAGE_MODEL` (a municipality's root page, with a `municipality` foreign
key), `INTEGREAT_CONTENT_PAGE_MODEL` (topic pages: `intro`, `body`, `icon`, `organization`) and
`INTEGREAT_NEWS_PAGE_MODEL` (local news: `date`, `channel`, `text`).
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Page

MUNICIPALITY_DEPTH = 3  # Root (1) > platform landing page (2) > municipality page (3)
STEPLEN = Page.steplen


def _page_model(setting):
    try:
        return apps.get_model(getattr(settings, setting))
    except (AttributeError, ValueError, LookupError) as error:
        raise ImproperlyConfigured(f"{setting} must name an installed page model, e.g. 'home.ContentPage'.") from error


def get_platform_page_model():
    return _page_model("INTEGREAT_PLATFORM_PAGE_MODEL")


def get_municipality_page_model():
    return _page_model("INTEGREAT_MUNICIPALITY_PAGE_MODEL")


def get_content_page_model():
    return _page_model("INTEGREAT_CONTENT_PAGE_MODEL")


def get_news_page_model():
    return _page_model("INTEGREAT_NEWS_PAGE_MODEL")


def municipality_page_for(page):
    """The municipality page above (or at) `page`, found by its tree path in one indexed query."""
    if page.depth < MUNICIPALITY_DEPTH:
        return None
    cached = page.__dict__.get("_municipality_page")
    if cached is None:
        municipality_page_model = get_municipality_page_model()
        path = page.path[: STEPLEN * MUNICIPALITY_DEPTH]
        if isinstance(page, municipality_page_model):
            cached = page
        else:
            cached = municipality_page_model.objects.select_related("municipality", "locale").filter(path=path).first()
        page.__dict__["_municipality_page"] = cached
    return cached


def remember_municipality_page(page, municipality_page):
    """Tell `page` the municipality page above it, when the caller has just loaded it, so that
    `municipality_page_for(page)` (and everything built on it) costs no query."""
    page.__dict__["_municipality_page"] = municipality_page


def municipality_for(page):
    municipality_page = municipality_page_for(page)
    return municipality_page.municipality if municipality_page else None
