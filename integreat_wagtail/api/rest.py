"""The project's own REST API at /api/ (django-ninja), with its OpenAPI 3 schema at /api/schema/.

Read-only and anonymous: municipalities, languages, the page tree, pages with rendered content,
search, news, locations and the content of each plugin that is switched on. Ids are Wagtail page ids
(one per language version; `translation_key` links the versions), URLs are the public site's.
"""

import json
from datetime import date, datetime
from typing import Any, Dict, List, Optional

from django.http import Http404
from ninja import Field, NinjaAPI, Path, Query, Schema, Swagger
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from integreat_wagtail import languages as language_registry
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.plugins.gate import enabled_plugin_keys, plugins_for

from . import serializers
from .content import (
    MUNICIPALITY_DEPTH,
    MunicipalityContent,
    excerpt_of,
    get_municipality,
    live_root_codes,
    news_pages,
    render_richtext,
    sibling_order,
)
from .http import ApiError, json_error
from .plugin_content import available_feeds, call_in_language, feed_function, load
from .v3 import search_infos

MAX_LIMIT = 500
DEFAULT_LIMIT = 100
MAX_OFFSET = 1_000_000

api = NinjaAPI(
    title="Integreat Wagtail API",
    version="1.0.0",
    description=(
        "Public, read-only content of the municipalities on this platform. Anonymous, CORS-enabled, "
        "gzip-compressed, with ETag/Last-Modified (send If-None-Match for a 304). Lists take "
        "`limit` (1–500) and `offset`; page lists take `fields` (comma-separated) to choose fields. "
        "The Integreat-compatible API for the Integreat apps lives under /api/v3/."
    ),
    urls_namespace="integreat_api",
    openapi_url="/schema/",
    docs_url="/docs/",
    docs=Swagger(settings={"validatorUrl": None, "defaultModelsExpandDepth": 0}),
)


# Errors --------------------------------------------------------------------------------------


class Error(Schema):
    error: str
    status: int
    details: Optional[Any] = None


@api.exception_handler(NinjaValidationError)
def validation_error(request, exc):
    details = json.loads(json.dumps(exc.errors, default=str))  # pydantic errors may hold exceptions
    return json_error("Invalid parameters.", 400, details=details)


@api.exception_handler(ApiError)
def api_error(request, exc):
    return json_error(exc, exc.status, **exc.extra)


@api.exception_handler(Http404)
def not_found(request, exc):
    return json_error(str(exc) or "Not found.", 404)


@api.exception_handler(HttpError)
def http_error(request, exc):
    return json_error(str(exc), exc.status_code)


ERRORS = {400: Error, 404: Error}


# Schemas -------------------------------------------------------------------------------------


class Language(Schema):
    code: str = Field(description="Language code, also the URL prefix of the public site.")
    bcp47: str
    native_name: str
    english_name: str
    direction: str = Field(description="ltr or rtl")
    url: Optional[str] = Field(None, description="The municipality's home page in this language.")


class MunicipalityOut(Schema):
    id: int
    slug: str
    name: str
    kind: str
    parent: Optional[str] = Field(None, description="Slug of the county it belongs to.")
    default_language: str
    languages: List[Language]
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    postal_codes: List[str]
    time_zone: str
    emergency_numbers: List[Dict[str, Any]]
    plugins: List[str] = Field(description="Keys of the plugins switched on here.")


class Paginated(Schema):
    count: int
    limit: int
    offset: int


class MunicipalityList(Paginated):
    results: List[MunicipalityOut]


class Responsible(Schema):
    name: str
    role: str


PAGE_FIELDS = (
    "id", "title", "slug", "url", "path", "parent_id", "depth", "order", "language", "translation_key",
    "last_published_at", "last_reviewed_on", "intro", "icon", "excerpt", "content", "available_languages",
    "responsible",
)
DEFAULT_LIST_FIELDS = tuple(field for field in PAGE_FIELDS if field != "content")


class Page(Schema):
    """A content page. List endpoints leave out fields not asked for with `fields`."""

    id: Optional[int] = None
    title: Optional[str] = None
    slug: Optional[str] = None
    url: Optional[str] = Field(None, description="Public URL on the website.")
    path: Optional[str] = Field(None, description="Integreat-style path /{municipality}/{language}/{slugs}/.")
    parent_id: Optional[int] = Field(None, description="Null for top-level pages.")
    depth: Optional[int] = Field(None, description="1 for top-level pages.")
    order: Optional[int] = None
    language: Optional[str] = None
    translation_key: Optional[str] = Field(None, description="Same for all language versions of a page.")
    last_published_at: Optional[datetime] = None
    last_reviewed_on: Optional[date] = None
    intro: Optional[str] = None
    icon: Optional[str] = None
    excerpt: Optional[str] = None
    content: Optional[str] = Field(None, description="Rendered HTML of the page body.")
    available_languages: Optional[Dict[str, int]] = Field(None, description="{language: page id}")
    responsible: Optional[Responsible] = None


class PageList(Paginated):
    results: List[Page]


class TreeNode(Schema):
    id: int
    title: str
    url: str
    children: List["TreeNode"] = []


TreeNode.model_rebuild()


class NewsItem(Schema):
    id: int
    title: str
    date: datetime
    channel: str
    content: str
    excerpt: str
    url: str
    available_languages: Dict[str, int]


class NewsList(Paginated):
    results: List[NewsItem]


class Imprint(Schema):
    title: str
    content: str
    last_published_at: Optional[datetime] = None
    url: str


class Plugin(Schema):
    key: str
    name: str
    description: str
    content: List[str] = Field(description="URLs of the plugin's content in this language.")


class SearchResults(Schema):
    query: str
    count: int
    results: List[Page]


# Helpers -------------------------------------------------------------------------------------


def _content(request, slug, language):
    municipality = get_municipality(slug)
    content = MunicipalityContent(municipality, request)
    if not content.roots:
        raise Http404(f'No municipality found with slug "{slug}".')
    content.root(language)
    return content


def _fields(raw):
    if not raw:
        return DEFAULT_LIST_FIELDS
    fields = tuple(dict.fromkeys(field.strip() for field in raw.split(",") if field.strip()))
    unknown = [field for field in fields if field not in PAGE_FIELDS]
    if unknown:
        raise ApiError(f"Unknown fields: {', '.join(unknown)}. Known: {', '.join(PAGE_FIELDS)}.", 400)
    return fields or DEFAULT_LIST_FIELDS


def _language(code, content=None):
    language = language_registry.get(code)
    return {
        "code": code,
        "bcp47": language.bcp47,
        "native_name": language.native_name,
        "english_name": language.english_name,
        "direction": language.direction,
        "url": content.root_url(code) if content is not None else None,
    }


def _municipality(municipality, codes, content=None):
    return {
        "id": municipality.id,
        "slug": municipality.slug,
        "name": municipality.name,
        "kind": municipality.kind,
        "parent": municipality.parent.slug if municipality.parent_id else None,
        "default_language": municipality.default_language,
        "languages": [_language(code, content) for code in codes if language_registry.get(code)],
        "latitude": municipality.latitude,
        "longitude": municipality.longitude,
        "postal_codes": municipality.postal_code_list(),
        "time_zone": municipality.time_zone,
        "emergency_numbers": [entry for entry in municipality.emergency_numbers or [] if isinstance(entry, dict)],
        "plugins": sorted(enabled_plugin_keys(municipality)),
    }


def _pages(content, code, infos, fields):
    """Page dicts with only the chosen fields; content is rendered only when asked for."""
    need_objects = bool({"intro", "icon", "content", "excerpt", "last_reviewed_on", "responsible"} & set(fields))
    objects = {obj.id: obj for obj in content.pages(code, infos)} if need_objects else {}
    html = content.rendered(list(objects.values())) if ({"content", "excerpt"} & set(fields)) else {}
    result = []
    for info in infos:
        obj = objects.get(info.id)
        if need_objects and obj is None:
            continue
        parent = content.parent_info(info)
        values = {
            "id": lambda: info.id,
            "title": lambda: info.title,
            "slug": lambda: info.url_path.rstrip("/").rsplit("/", 1)[-1],
            "url": lambda: content.public_url(info),
            "path": lambda: content.app_path(info),
            "parent_id": lambda: parent.id if parent else None,
            "depth": lambda: info.depth - MUNICIPALITY_DEPTH,
            "order": lambda: sibling_order(info.path),
            "language": lambda: info.language,
            "translation_key": lambda: str(info.translation_key),
            "last_published_at": lambda: info.last_published_at,
            "last_reviewed_on": lambda: obj.last_reviewed_on,
            "intro": lambda: obj.intro,
            "icon": lambda: obj.icon,
            "excerpt": lambda: obj.intro or _shorten(html[info.id][1], 300),
            "content": lambda: html[info.id][0],
            "available_languages": lambda: {
                code_: other["id"] for code_, other in content.available_languages(info).items()
            },
            "responsible": lambda: {"name": obj.contact_name, "role": obj.contact_role} if obj.contact_name else None,
        }
        result.append({field: values[field]() for field in fields})
    return result


def _shorten(text, limit):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _page_slice(items, limit, offset):
    return items[offset : offset + limit]


# Endpoints -----------------------------------------------------------------------------------


@api.get("/municipalities/", response={200: MunicipalityList, **ERRORS}, tags=["municipalities"])
def list_municipalities(
    request, limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)
):
    """Municipalities with at least one published language."""
    municipalities = list(Municipality.objects.public().select_related("parent").order_by("name"))
    codes = live_root_codes(municipalities)
    visible = [municipality for municipality in municipalities if codes[municipality.id]]
    return {
        "count": len(visible),
        "limit": limit,
        "offset": offset,
        "results": [_municipality(m, codes[m.id]) for m in _page_slice(visible, limit, offset)],
    }


@api.get("/municipalities/{slug}/", response={200: MunicipalityOut, **ERRORS}, tags=["municipalities"])
def municipality_detail(request, slug: str):
    municipality = get_municipality(slug)
    content = MunicipalityContent(municipality, request)
    if not content.roots:
        raise Http404(f'No municipality found with slug "{slug}".')
    return _municipality(municipality, content.language_codes, content)


@api.get("/municipalities/{slug}/languages/", response={200: List[Language], **ERRORS}, tags=["municipalities"])
def municipality_languages(request, slug: str):
    municipality = get_municipality(slug)
    content = MunicipalityContent(municipality, request)
    if not content.roots:
        raise Http404(f'No municipality found with slug "{slug}".')
    return [_language(code, content) for code in content.language_codes if language_registry.get(code)]


@api.get(
    "/municipalities/{slug}/{language}/pages/",
    response={200: PageList, **ERRORS},
    exclude_unset=True,
    tags=["pages"],
)
def list_pages(
    request,
    slug: str,
    language: str,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    fields: str = Query("", max_length=500, description="Comma-separated fields; default: all but content."),
    parent: Optional[int] = Query(None, ge=1, le=2**62, description="Only the direct children of this page."),
):
    """The municipality's published pages in tree order (parents before children)."""
    content = _content(request, slug, language)
    chosen = _fields(fields)
    infos = content.visible(language)
    if parent is not None:
        parent_info = content.info(parent)
        if parent_info is None or parent_info.language != language:
            raise Http404("No such page.")
        infos = [info for info in infos if info.path[:-4] == parent_info.path]
    selected = _page_slice(infos, limit, offset)
    return {"count": len(infos), "limit": limit, "offset": offset, "results": _pages(content, language, selected, chosen)}


@api.get("/municipalities/{slug}/{language}/pages/{page_id}/", response={200: Page, **ERRORS}, tags=["pages"])
def page_detail(request, slug: str, language: str, page_id: int = Path(..., ge=1, le=2**62)):
    """One page with all fields, including its rendered content."""
    content = _content(request, slug, language)
    info = content.info(page_id)
    if info is None or info.language != language:
        raise Http404("No such page.")
    return _pages(content, language, [info], PAGE_FIELDS)[0]


@api.get("/municipalities/{slug}/{language}/tree/", response={200: List[TreeNode], **ERRORS}, tags=["pages"])
def page_tree(request, slug: str, language: str, depth: int = Query(20, ge=1, le=20)):
    """The page tree (titles and URLs) down to `depth` levels."""
    content = _content(request, slug, language)
    nodes, top = {}, []
    for info in content.visible(language):
        if info.depth - MUNICIPALITY_DEPTH > depth:
            continue
        node = {"id": info.id, "title": info.title, "url": content.public_url(info), "children": []}
        nodes[info.path] = node
        parent = nodes.get(info.path[:-4])
        (parent["children"] if parent else top).append(node)
    return top


@api.get("/municipalities/{slug}/{language}/search/", response={200: SearchResults, **ERRORS}, exclude_unset=True, tags=["pages"])
def search_pages(
    request,
    slug: str,
    language: str,
    q: str = Query(..., min_length=1, max_length=200),
    limit: int = Query(20, ge=1, le=50),
):
    """Full-text search in the municipality's pages of one language."""
    content = _content(request, slug, language)
    query = q.strip()
    infos = search_infos(content, language, query, limit) if query else []
    results = _pages(content, language, infos, DEFAULT_LIST_FIELDS)
    return {"query": query, "count": len(results), "results": results}


@api.get("/municipalities/{slug}/{language}/imprint/", response={200: Imprint, **ERRORS}, tags=["pages"])
def imprint(request, slug: str, language: str):
    content = _content(request, slug, language)
    data = serializers.imprint(content, language, request)
    if data is None:
        raise Http404("This municipality has no imprint.")
    return {"title": data["title"], "content": data["content"], "last_published_at": data["modified_gmt"], "url": data["url"]}


@api.get("/municipalities/{slug}/{language}/news/", response={200: NewsList, **ERRORS}, tags=["news"])
def news(
    request,
    slug: str,
    language: str,
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    channel: str = Query("", max_length=50),
):
    """Local news, newest first."""
    content = _content(request, slug, language)
    items = news_pages(content, language, channel=channel or None)
    selected = _page_slice(items, limit, offset)
    languages = serializers.news_available_languages(content, selected)
    results = []
    for item in selected:
        html = render_richtext(item.text)
        results.append(
            {
                "id": item.id,
                "title": item.title,
                "date": item.date,
                "channel": item.channel,
                "content": html,
                "excerpt": excerpt_of(html, 300),
                "url": item.get_full_url(request),
                "available_languages": {code: value["id"] for code, value in languages.get(item.id, {}).items()},
            }
        )
    return {"count": len(items), "limit": limit, "offset": offset, "results": results}


@api.get("/municipalities/{slug}/{language}/locations/", response={200: List[Dict[str, Any]], **ERRORS}, tags=["locations"])
def locations(request, slug: str, language: str, on_map: bool = False):
    """Places (offices, counselling, …) in the Integreat shape."""
    content = _content(request, slug, language)
    function = load("integreat_wagtail.locations.api", "integreat_locations")
    if function is None:
        raise Http404("Locations are not available.")
    return call_in_language(function, language, content.municipality, language, request, on_map=on_map)


@api.get("/municipalities/{slug}/{language}/plugins/", response={200: List[Plugin], **ERRORS}, tags=["plugins"])
def plugins(request, slug: str, language: str):
    """Plugins switched on for the municipality, with the URLs of their content."""
    from django.utils import translation

    content = _content(request, slug, language)
    feeds = available_feeds(content.municipality)
    result = []
    with translation.override(language):
        for config in plugins_for(content.municipality):
            urls = [
                request.build_absolute_uri(f"/api/municipalities/{slug}/{language}/plugins/{key}/{segment}/")
                for key, segment in feeds
                if key == config.plugin_key
            ]
            result.append(
                {"key": config.plugin_key, "name": str(config.verbose_name), "description": str(config.description), "content": urls}
            )
    return result


@api.get(
    "/municipalities/{slug}/{language}/plugins/{plugin}/{segment}/",
    response={200: Any, **ERRORS},
    tags=["plugins"],
    description="Content of an enabled plugin, as declared in its `api_feeds` (e.g. events/events, housing/housing, labour/jobs).",
)
def plugin_content(request, slug: str, language: str, plugin: str, segment: str):
    """The content of one enabled plugin (404 where the plugin is off)."""
    content = _content(request, slug, language)
    return feed_function(content.municipality, plugin, segment)(request, language)
