"""Integreat API v3: the URLs and JSON the Integreat apps (integreat-app) read.

Every view checks the municipality and language first (404 with a JSON body), never shows what
a reader of the public site couldn't see, and costs a fixed number of queries per request.
"""

import logging

from django.db import DatabaseError, transaction
from django.http import Http404, HttpResponse
from django.utils.http import http_date
from wagtail.models import Locale, Page

from integreat_wagtail.core.rate_limits import configured_limit, rate_limited
from integreat_wagtail.feedback.models import Feedback
from integreat_wagtail.feedback.services import record_feedback
from integreat_wagtail.impact.counting import record_search
from integreat_wagtail.impact.middleware import mark_page, mark_read
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_content_page_model

from . import pdf as pdf_export
from . import serializers
from .content import MunicipalityContent, get_municipality, live_root_codes, news_pages
from .http import ApiError, api_view, json_response, read_body
from .plugin_content import call_in_language, feed_function, load, parse_bool

logger = logging.getLogger(__name__)

MAX_DEPTH = 20
MAX_QUERY_LENGTH = 200
MAX_SEARCH_RESULTS = 50
NEWS_PAGE_SIZE_MAX = 500


def _content(request, region, language=None):
    """(MunicipalityContent, language code) for a request, or 404 for unknown region/language."""
    municipality = get_municipality(region)
    content = MunicipalityContent(municipality, request)
    if not content.roots:
        raise Http404(f'No municipality found with slug "{region}".')
    if language is None:
        code = municipality.default_language if municipality.default_language in content.roots else content.language_codes[0]
    else:
        content.root(language)  # 404 for languages the municipality doesn't offer (or hasn't published)
        code = language
        # What the apps read, counted by impact/middleware.py: the resource after the language.
        mark_read(request, municipality.pk, code, resource=request.path_info.rstrip("/").split("/")[5][:40])
    return content, code


def _int_param(request, name, default, minimum, maximum):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ApiError(f'"{name}" must be a whole number.', 400) from None
    if value < minimum or value > maximum:
        raise ApiError(f'"{name}" must be between {minimum} and {maximum}.', 400)
    return value


def _bool_param(request, name):
    """A yes/no parameter; anything else is a 400, as in integreat-cms."""
    raw = request.GET.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ApiError(f'"{name}" must be true or false.', 400)


def _page_id_param(request):
    raw = request.GET.get("id")
    if raw in (None, ""):
        return None
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ApiError('"id" must be a whole number.', 400) from None
    if value < 1 or value > 2**63 - 1:
        raise Http404("No page matches the given url or id.")
    return value


def _single(request, content, code):
    page_id = _page_id_param(request)
    url = request.GET.get("url", "")
    if page_id is None and not url.strip("/ "):
        raise ApiError("Either the id or the url parameter is required.", 400)
    info = content.find(code, page_id=page_id, url=None if page_id is not None else url[:2000])
    mark_page(request, info.id)
    return info


def _last_modified(infos):
    dates = [info.last_published_at for info in infos if info.last_published_at]
    return max(dates) if dates else None


# Regions and languages ---------------------------------------------------------------------


def _locale_ids(codes):
    return dict(Locale.objects.filter(language_code__in=set(codes)).values_list("language_code", "id"))


@api_view()
def regions(request):
    municipalities = list(Municipality.objects.public().prefetch_related("members").order_by("name"))
    codes = live_root_codes(municipalities)
    locale_ids = _locale_ids(code for values in codes.values() for code in values)
    data = [
        serializers.region(municipality, codes[municipality.id], locale_ids)
        for municipality in municipalities
        if codes[municipality.id]
    ]
    return json_response(data)


@api_view()
def region_detail(request, region):
    content, _code = _content(request, region)
    municipality = Municipality.objects.prefetch_related("members").get(pk=content.municipality.pk)
    return json_response(serializers.region(municipality, content.language_codes, _locale_ids(content.language_codes)))


@api_view()
def languages(request, region):
    content, _code = _content(request, region)
    return json_response(serializers.language_objects(content.language_codes, _locale_ids(content.language_codes)))


# Pages -------------------------------------------------------------------------------------


@api_view()
def pages(request, region, language):
    content, code = _content(request, region, language)
    infos = content.visible(code)
    return json_response(serializers.pages(content, code, infos, request), last_modified=_last_modified(infos))


@api_view()
def single_page(request, region, language):
    content, code = _content(request, region, language)
    info = _single(request, content, code)
    return json_response(serializers.pages(content, code, [info], request)[0], last_modified=info.last_published_at)


@api_view()
def children(request, region, language):
    """Integreat semantics: with url/id the page itself and its descendants down to `depth` levels;
    without, the municipality's top-level pages (depth counts from a virtual root)."""
    content, code = _content(request, region, language)
    depth = _int_param(request, "depth", 1, 0, MAX_DEPTH)
    if request.GET.get("id") or request.GET.get("url", "").strip("/ "):
        info = _single(request, content, code)
        infos = [info] + content.children_of(code, info, depth)
    else:
        infos = content.children_of(code, None, depth)
    return json_response(serializers.pages(content, code, infos, request), last_modified=_last_modified(infos))


@api_view()
def parents(request, region, language):
    content, code = _content(request, region, language)
    info = _single(request, content, code)
    infos = content.ancestors(info)
    return json_response(serializers.pages(content, code, infos, request), last_modified=_last_modified(infos))


@api_view()
def pdf(request, region, language):
    """integreat-cms's `pdf/`: with `url` (or `id`) that page and its subpages, without the municipality's
    whole tree, as one PDF in the language (laid out once per published state, a limited number of
    layouts per client, api/pdf.py)."""
    content, code = _content(request, region, language)
    info = _single(request, content, code) if request.GET.get("id") or request.GET.get("url", "").strip("/ ") else None
    infos, title, source_url, name = pdf_export.document(content, code, info)
    if not infos:
        raise Http404("There are no pages to put into a PDF.")
    data = pdf_export.cached_pdf(content, code, infos, title)
    if data is None:
        if rate_limited(request, "api.pdf"):
            raise ApiError("Too many PDFs requested; please try again later.", 429, retry_after=configured_limit("api.pdf")[1])
        data = pdf_export.render_and_store(content, code, infos, title, source_url)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    response["Last-Modified"] = http_date(_last_modified(infos).timestamp())
    return response


@api_view()
def imprint(request, region, language):
    content, code = _content(request, region, language)
    data = serializers.imprint(content, code, request)
    # integreat-cms answers an empty list when a region has no imprint.
    return json_response(data if data is not None else [])


@api_view()
def search(request, region, language):
    """Full-text search over the municipality's pages in one language (an extension of v3)."""
    content, code = _content(request, region, language)
    query = (request.GET.get("q") or request.GET.get("query") or "").strip()
    if len(query) > MAX_QUERY_LENGTH:
        raise ApiError(f'"q" may have at most {MAX_QUERY_LENGTH} characters.', 400)
    if not query:
        return json_response([])
    limit = _int_param(request, "limit", 20, 1, MAX_SEARCH_RESULTS)
    infos = search_infos(content, code, query, limit)
    record_search(content.municipality.pk, code, query, found=bool(infos))
    return json_response(serializers.pages(content, code, infos, request))


def search_infos(content, code, query, limit):
    root = content.root(code)
    query = "".join(character for character in query if character.isprintable())
    try:
        with transaction.atomic():  # a search syntax error must not break the request's transaction
            results = list(get_content_page_model().objects.live().descendant_of(root).search(query)[: limit * 2])
    except DatabaseError:
        logger.warning("Search failed for %r", query, exc_info=True)
        results = []
    infos = []
    for result in results:
        info = content.info(result.pk)
        if info is not None and info.language == code:
            infos.append(info)
        if len(infos) >= limit:
            break
    return infos


# News --------------------------------------------------------------------------------------


def _news_pages(request, content, code):
    channel = (request.GET.get("channel") or "all")[:50]
    return news_pages(content, code, channel=None if channel == "all" else channel)


def _news(request, content, code, items=None):
    items = _news_pages(request, content, code) if items is None else items
    languages = serializers.news_available_languages(content, items)
    return [serializers.news_item(content, item, languages, request) for item in items]


@api_view()
def news(request, region, language):
    """Local news, newest first; `page`/`size` paginate like integreat-cms (size at most 500)."""
    content, code = _content(request, region, language)
    sources = request.GET.getlist("source")
    page_number = _int_param(request, "page", 1, 1, 10_000)
    size = _int_param(request, "size", 20, 1, NEWS_PAGE_SIZE_MAX)
    items = _news(request, content, code)
    if sources:
        items = [item for item in items if item["source"] in sources]
    start = (page_number - 1) * size
    return json_response(items[start : start + size])


@api_view()
def news_detail(request, region, language, news_id):
    """One local news item by its id, `local-<pk>` as integreat-cms names local news (or the bare pk)."""
    content, code = _content(request, region, language)
    pk = news_id.removeprefix(serializers.LOCAL_NEWS_PREFIX)
    if not pk.isdigit() or len(pk) > 18:
        raise Http404(f'No news item "{news_id[:50]}".')
    items = [item for item in _news_pages(request, content, code) if item.pk == int(pk)]
    if not items:
        raise Http404(f'No news item "{news_id[:50]}".')
    return json_response(_news(request, content, code, items)[0])


@api_view()
def fcm(request, region, language):
    """Push-notification history (integreat-cms `fcm/`): our local news in the fcm shape, with plain ids."""
    content, code = _content(request, region, language)
    items = _news_pages(request, content, code)
    fields = ("title", "message", "timestamp", "last_updated", "display_date", "channel", "available_languages")
    return json_response(
        [{"id": item.pk, **{key: data[key] for key in fields}} for item, data in zip(items, _news(request, content, code, items))]
    )


# Offers, locations, plugins --------------------------------------------------------


@api_view()
def offers(request, region, language=None):
    content, code = _content(request, region, language)
    return json_response(serializers.offers(content, code, request))


def _locations_function(name):
    function = load("integreat_wagtail.locations.api", name)
    if function is None:
        raise Http404("Locations are not available.")
    return function


@api_view()
def locations(request, region, language):
    content, code = _content(request, region, language)
    function = _locations_function("integreat_locations")
    on_map = _bool_param(request, "on_map")
    return json_response(call_in_language(function, code, content.municipality, code, request, on_map=on_map))


@api_view()
def location_categories(request, region, language):
    content, code = _content(request, region, language)
    function = _locations_function("integreat_location_categories")
    return json_response(call_in_language(function, code, content.municipality, code, request))


@api_view()
def plugin_feed(request, region, language, plugin, segment=None):
    """Content of an enabled plugin: /{r}/{l}/housing/, /{r}/{l}/labour/jobs/ … (404 where it's off)."""
    content, code = _content(request, region, language)
    return json_response(feed_function(content.municipality, plugin, segment or plugin)(request, code))


# Feedback ----------------------------------------------------------------------------------

FEEDBACK_KINDS = {
    "categories": "region",
    "region": "region",
    "page": "page",
    "poi": "map",
    "map": "map",
    "event": "event",
    "events": "event",
    "imprint-page": "imprint",
    "search": "search",
    "offers": "offer",
    "extras": "offer",
    "offer": "offer",
    "extra": "offer",
}


@api_view(methods=("POST",))
def feedback(request, region, language, kind):
    if kind not in FEEDBACK_KINDS:
        raise Http404(f'Unknown feedback type "{kind}".')
    content, code = _content(request, region, language)
    data = read_body(request)
    if rate_limited(request, "api.feedback"):
        raise ApiError("Too many requests; please try again later.", 429, retry_after=configured_limit("api.feedback")[1])
    rating = data.get("rating") or ""
    if rating not in ("", "up", "down"):
        raise ApiError('"rating" must be "up" or "down".', 400)
    comment = data.get("comment") or ""
    if not isinstance(comment, str):
        raise ApiError('"comment" must be text.', 400)
    if len(comment) > Feedback.COMMENT_MAX_LENGTH:
        raise ApiError(f'"comment" may have at most {Feedback.COMMENT_MAX_LENGTH} characters.', 400)
    slug = data.get("slug") or ""
    query = data.get("query") or ""
    if not isinstance(slug, str) or not isinstance(query, str):
        raise ApiError('"slug" and "query" must be text.', 400)
    our_kind = FEEDBACK_KINDS[kind]
    page = None
    object_ref = ""
    if our_kind == "page":
        if not slug:
            raise ApiError('"slug" is required for page feedback.', 400)
        page = Page.objects.get(pk=content.find(code, url=slug[:2000]).id)
    elif our_kind == "search":
        object_ref = (query or slug)[:200]
        if not object_ref:
            raise ApiError('"query" is required for search feedback.', 400)
    elif our_kind in ("event", "map", "offer"):
        object_ref = slug[:200]
    record_feedback(
        municipality=content.municipality, language=code, kind=our_kind, rating=rating,
        comment=comment, page=page, object_ref=object_ref,
    )
    return json_response({"success": "Feedback successfully submitted"}, status=201)
