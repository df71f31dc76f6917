"""URLs of the content API: Integreat v3 under /api/v3/, our own API (ninja) under /api/."""

from functools import wraps

from django.http import HttpResponse
from django.urls import include, path, re_path

from . import v3
from .feeds import NewsAtomFeed, NewsRssFeed
from .http import call_safely, json_error, not_found, publicly_cacheable
from .rest import api


def _ninja_view(view):
    """Give ninja's views what the v3 views get: JSON for every error, public caching."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return HttpResponse(status=204)
        response = call_safely(view, request, *args, **kwargs)
        if response.status_code >= 400 and "json" not in response.get("Content-Type", ""):
            allowed = response.get("Allow")
            response = json_error(
                "Method not allowed." if response.status_code == 405 else "Request failed.", response.status_code
            )
            if allowed:
                response["Allow"] = allowed
        return publicly_cacheable(request, response)

    wrapper.csrf_exempt = getattr(view, "csrf_exempt", False)
    return wrapper


def _wrapped(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            _wrapped(pattern.url_patterns)
        else:
            pattern.callback = _ninja_view(pattern.callback)
    return patterns


content_patterns = [
    path("pages/", v3.pages, name="v3_pages"),
    path("page/", v3.single_page, name="v3_page"),
    path("post/", v3.single_page),
    path("children/", v3.children, name="v3_children"),
    path("parents/", v3.parents, name="v3_parents"),
    path("imprint/", v3.imprint, name="v3_imprint"),
    path("pdf/", v3.pdf, name="v3_pdf"),
    path("pdf", v3.pdf),  # the apps' form, answered directly like news
    path("disclaimer/", v3.imprint),
    path("offers/", v3.offers, name="v3_offers"),
    path("extras/", v3.offers),
    # The apps ask for news without the trailing slash: answer directly, a redirect would break browsers.
    re_path(r"^news/?$", v3.news, name="v3_news"),
    path("news/local/", v3.news),
    re_path(r"^news/(?P<news_id>[\w-]{1,60})/?$", v3.news_detail, name="v3_news_detail"),
    path("fcm/", v3.fcm, name="v3_fcm"),
    path("locations/", v3.locations, name="v3_locations"),
    path("location-categories/", v3.location_categories, name="v3_location_categories"),
    path("search/", v3.search, name="v3_search"),
    path("feeds/news.rss", NewsRssFeed.view, name="v3_news_rss"),
    path("feeds/news.atom", NewsAtomFeed.view, name="v3_news_atom"),
    re_path(r"^feedback/(?P<kind>[a-z-]{1,30})/?$", v3.feedback, name="v3_feedback"),
    path("<slug:plugin>/", v3.plugin_feed, name="v3_plugin"),
    path("<slug:plugin>/<slug:segment>/", v3.plugin_feed, name="v3_plugin_segment"),
]

v3_patterns = [
    path("regions/", v3.regions, name="v3_regions"),
    path("regions/<slug:region>/", v3.region_detail, name="v3_region"),
    path("<slug:region>/languages/", v3.languages, name="v3_languages"),
    path("<slug:region>/offers/", v3.offers, name="v3_region_offers"),
    path("<slug:region>/extras/", v3.offers),
    path("<slug:region>/<slug:language>/", include(content_patterns)),
]

ninja_patterns, _ninja_app, _ninja_namespace = api.urls

urlpatterns = [
    path("v3/", include(v3_patterns)),
    path("", include((_wrapped(ninja_patterns), _ninja_app), namespace=_ninja_namespace)),
    re_path(r"^(?:.*/)?$", not_found),
]
