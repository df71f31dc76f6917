"""What the API may show of one municipality: its live, public pages per language, in few queries.

Everything the API serves goes through `MunicipalityContent`, which only ever sees

- the municipality's own root pages (one per language it offers, live and not restricted), and
- live content pages below them whose whole chain of ancestors is live and public as well.

So unpublished drafts, pages behind a view restriction and other municipalities' pages can't leak.
The page table holds the *published* version of each page (drafts live in revisions only).
"""

import functools
import hashlib
import operator
import re

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import expand_db_html

from integreat_wagtail.core.public_urls import public_base
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import (
    MUNICIPALITY_DEPTH,
    STEPLEN,
    get_content_page_model,
    get_municipality_page_model,
    get_news_page_model,
)

ROOT_PATH_LENGTH = STEPLEN * MUNICIPALITY_DEPTH
HTML_CACHE_SECONDS = 6 * 60 * 60
# Germany; Integreat answers a default box for regions without coordinates, and the apps need one.
DEFAULT_BOUNDING_BOX = [[5.98865807458, 47.3024876979], [15.0169958839, 54.983104153]]
_LINK_RE = re.compile(r'(\s(?:href|src))="/(?!/)')
_SRCSET_RE = re.compile(r'(\ssrcset)="([^"]*)"')


def get_municipality(slug):
    municipality = Municipality.objects.public().filter(slug=slug).first()
    if municipality is None:
        raise Http404(f'No municipality found with slug "{slug}".')
    return municipality


def restricted_paths():
    """Tree paths of pages behind a view restriction (password, login, groups): never shown."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_restricted(path, restricted):
    return any(path.startswith(prefix) for prefix in restricted)


@functools.lru_cache(maxsize=256)
def _static_exists(name):
    return bool(finders.find(name))


def public_url(request, path):
    """Absolute URL of a site-relative path (URLs that already are absolute are kept)."""
    if not path or not path.startswith("/") or path.startswith("//"):
        return path
    return public_base(request) + path


def static_url(request, name):
    """Absolute URL of a static file, or None when it doesn't exist."""
    if not _static_exists(name):
        return None
    return public_url(request, static(name))


def _absolute_srcset(value, base):
    candidates = (candidate.strip() for candidate in value.split(","))
    return ", ".join(
        base + candidate if candidate.startswith("/") and not candidate.startswith("//") else candidate
        for candidate in candidates
        if candidate
    )


def absolutize(html, request):
    """Make site-relative links and image sources absolute: the apps show content outside the website."""
    if request is None or not html:
        return html
    base = public_base(request)
    html = _LINK_RE.sub(lambda match: f'{match.group(1)}="{base}/', html)
    return _SRCSET_RE.sub(lambda match: f'{match.group(1)}="{_absolute_srcset(match.group(2), base)}"', html)


def sibling_order(path):
    """A page's position among its siblings, from its tree path (no query)."""
    return int(path[-STEPLEN:], 36)


def content_hash(*parts):
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def excerpt_of(html, limit=None):
    text = " ".join(strip_tags(html or "").split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


class PageInfo:
    """The few columns of a visible page that links and language maps need."""

    __slots__ = ("id", "path", "depth", "url_path", "translation_key", "language", "last_published_at", "title")

    def __init__(self, **values):
        for key, value in values.items():
            setattr(self, key, value)


class MunicipalityContent:
    """The visible content of one municipality, for one request. Query cost doesn't grow with pages."""

    def __init__(self, municipality, request=None):
        self.municipality = municipality
        self.request = request
        self.restricted = restricted_paths()
        roots = (
            get_municipality_page_model().objects.filter(
                municipality=municipality, live=True, locale__language_code__in=municipality.language_codes
            )
            .select_related("locale")
            .order_by("path")
        )
        by_code = {
            root.locale.language_code: root for root in roots if not is_restricted(root.path, self.restricted)
        }
        # In the municipality's own order of languages.
        self.roots = {code: by_code[code] for code in municipality.language_codes if code in by_code}
        self._root_by_path = {root.path: code for code, root in self.roots.items()}
        self._infos = None
        self._root_urls = {}

    # Languages -------------------------------------------------------------------------------

    @property
    def language_codes(self):
        return list(self.roots)

    def root(self, code):
        root = self.roots.get(code)
        if root is None:
            raise Http404(f'Language "{code}" is not offered by "{self.municipality.slug}".')
        return root

    def root_url(self, code):
        """Public absolute URL of the municipality's home page in a language (ends with /)."""
        if code not in self._root_urls:
            root = self.root(code)
            self._root_urls[code] = public_url(self.request, root.get_url(self.request)) or ""
        return self._root_urls[code]

    # Visible pages ---------------------------------------------------------------------------

    def _load(self):
        """Columns of every visible content page in every language: one query."""
        if self._infos is not None:
            return
        self._infos = {}
        self.by_language = {code: [] for code in self.roots}
        self.by_translation_key = {}
        if not self.roots:
            return
        rows = (
            get_content_page_model().objects.live()
            .filter(functools.reduce(operator.or_, (Q(path__startswith=root.path) for root in self.roots.values())))
            .order_by("path")
            .values_list("id", "path", "depth", "url_path", "translation_key", "last_published_at", "title")
        )
        visible_paths = set(self._root_by_path)
        for page_id, path, depth, url_path, translation_key, last_published_at, title in rows:
            if path[:-STEPLEN] not in visible_paths or is_restricted(path, self.restricted):
                continue  # below an unpublished, non-content or restricted page
            visible_paths.add(path)
            code = self._root_by_path[path[:ROOT_PATH_LENGTH]]
            info = PageInfo(
                id=page_id, path=path, depth=depth, url_path=url_path, translation_key=translation_key,
                language=code, last_published_at=last_published_at, title=title,
            )
            self._infos[page_id] = info
            self.by_language[code].append(info)
            self.by_translation_key.setdefault(translation_key, {})[code] = info
        self._by_path = {info.path: info for info in self._infos.values()}

    def visible(self, code):
        """Visible pages of one language, in tree order (parents before children)."""
        self.root(code)
        self._load()
        return self.by_language[code]

    def info(self, page_id):
        self._load()
        return self._infos.get(page_id)

    def info_by_path(self, path):
        self._load()
        return self._by_path.get(path)

    def parent_info(self, info):
        return self.info_by_path(info.path[:-STEPLEN])

    def ancestors(self, info):
        """Visible ancestors below the municipality root, top first."""
        chain = []
        parent = self.parent_info(info)
        while parent is not None:
            chain.append(parent)
            parent = self.parent_info(parent)
        return list(reversed(chain))

    def find(self, code, page_id=None, url=None):
        """A visible page of a language by id or by URL (app path, public path or slug path)."""
        if page_id is not None:
            info = self.info(page_id)
            if info is None or info.language != code:
                raise Http404("No page matches the given url or id.")
            return info
        relative = self.relative_path(code, url or "")
        if relative is not None:
            url_path = self.root(code).url_path + relative
            for info in self.visible(code):
                if info.url_path == url_path:
                    return info
        # Like integreat-cms: fall back to the last segment as slug, if it's unique.
        slug = (url or "").strip("/").split("/")[-1]
        matches = [info for info in self.visible(code) if info.url_path.rstrip("/").rsplit("/", 1)[-1] == slug]
        if len(matches) == 1:
            return matches[0]
        raise Http404("No page matches the given url or id.")

    def relative_path(self, code, url):
        """'a/b/' below the root for '/{r}/{l}/a/b', '/{l}/{r}/a/b', a full URL, or 'a/b'."""
        url = url.split("?", 1)[0].split("#", 1)[0]
        if "://" in url:
            url = "/" + url.split("://", 1)[1].partition("/")[2]
        segments = [segment for segment in url.split("/") if segment]
        slug = self.municipality.slug
        if segments[:2] in ([slug, code], [code, slug]):
            segments = segments[2:]
        if not segments:
            return None
        return "/".join(segments) + "/"

    def children_of(self, code, info, max_depth):
        """Visible descendants of `info` (or of the root for None) at most `max_depth` levels below."""
        base_depth = info.depth if info else MUNICIPALITY_DEPTH
        prefix = info.path if info else self.root(code).path
        return [
            page for page in self.visible(code)
            if page.path.startswith(prefix) and page.depth - base_depth <= max_depth and page.path != prefix
        ]

    # Links -----------------------------------------------------------------------------------

    def relative(self, info):
        return info.url_path[len(self.root(info.language).url_path):]

    def app_path(self, info_or_code):
        """Integreat-style path, /{region}/{language}/{slugs}/, which the apps route by."""
        if isinstance(info_or_code, str):
            return f"/{self.municipality.slug}/{info_or_code}/"
        return f"/{self.municipality.slug}/{info_or_code.language}/{self.relative(info_or_code)}"

    def public_url(self, info):
        return self.root_url(info.language) + self.relative(info)

    def link(self, info):
        return {"id": info.id, "url": self.public_url(info), "path": self.app_path(info)}

    def available_languages(self, info):
        """Other languages in which this page is visible: {code: {id, url, path}}."""
        self._load()
        translations = self.by_translation_key.get(info.translation_key, {})
        return {code: self.link(other) for code, other in translations.items() if code != info.language}

    # Content ---------------------------------------------------------------------------------

    def pages(self, code, infos):
        """Content page objects for the given visible infos, in the same order (one query)."""
        ids = [info.id for info in infos]
        if not ids:
            return []
        model = get_content_page_model()
        queryset = model.objects.select_related("organization__logo")
        if any(field.name == "thumbnail" and field.is_relation for field in model._meta.get_fields()):
            queryset = queryset.select_related("thumbnail").prefetch_related("thumbnail__renditions")
        if len(ids) > 200:
            objects = queryset.live().descendant_of(self.root(code))
            by_id = {page.id: page for page in objects if page.id in self._infos}
        else:
            by_id = queryset.in_bulk(ids)
        return [by_id[page_id] for page_id in ids if page_id in by_id]

    def rendered(self, pages):
        """{page id: (body HTML, plain-text excerpt)}, cached per published revision.

        Intro and StreamField are rendered with the site's block templates; the excerpt is cached
        with it because stripping tags of hundreds of pages is the slow part of a full list.
        """
        keys = {page.id: f"integreat_api:html:v2:{page.id}:{page.live_revision_id}:{_stamp(page.last_published_at)}" for page in pages}
        found = cache.get_many(list(keys.values()))
        result, missing = {}, {}
        for page in pages:
            cached = found.get(keys[page.id])
            if cached is None:
                html = render_content_page(page, self.request)
                cached = (html, excerpt_of(html))
                missing[keys[page.id]] = cached
            result[page.id] = (absolutize(cached[0], self.request), cached[1])
        if missing:
            cache.set_many(missing, HTML_CACHE_SECONDS)
        return result

    def news_parent_paths(self, root_path):
        """Paths under which visible news may sit: the root and its live, public children."""
        cached = self.__dict__.setdefault("_news_parents", {})
        if root_path not in cached:
            children = Page.objects.live().filter(path__startswith=root_path, depth=MUNICIPALITY_DEPTH + 1)
            cached[root_path] = {
                path for path in children.values_list("path", flat=True) if not is_restricted(path, self.restricted)
            } | {root_path}
        return cached[root_path]

    def localtime(self, value):
        if value is None:
            return None
        try:
            zone = timezone.get_default_timezone() if not self.municipality.time_zone else _zone(self.municipality.time_zone)
        except Exception:  # noqa: BLE001 - a broken zone name must not break the API
            zone = timezone.get_default_timezone()
        return timezone.localtime(value, zone)


def _stamp(value):
    return int(value.timestamp() * 1000) if value else 0


@functools.lru_cache(maxsize=64)
def _zone(name):
    import zoneinfo

    return zoneinfo.ZoneInfo(name)


def render_content_page(page, request=None):
    """Intro and rendered StreamField of a content page, as served to readers."""
    from django.utils.html import escape

    parts = []
    if page.intro:
        parts.append(f'<p class="intro">{escape(page.intro)}</p>')
    if page.body:
        parts.append(str(page.body.render_as_block(context={"request": request, "page": page})))
    return "".join(parts)


def render_richtext(html):
    return expand_db_html(html or "")


def live_root_codes(municipalities):
    """{municipality id: [language codes with a live, public root page]} for many municipalities: 2 queries."""
    restricted = restricted_paths()
    rows = get_municipality_page_model().objects.filter(municipality__in=list(municipalities), live=True).values_list(
        "municipality_id", "locale__language_code", "path"
    )
    codes = {}
    for municipality_id, code, path in rows:
        if not is_restricted(path, restricted):
            codes.setdefault(municipality_id, set()).add(code)
    return {
        municipality.id: [code for code in municipality.language_codes if code in codes.get(municipality.id, ())]
        for municipality in municipalities
    }


def news_pages(content, code, channel=None):
    """Visible news of one language, newest first (one query)."""
    root = content.root(code)
    items = get_news_page_model().objects.live().descendant_of(root).select_related("locale").order_by("-date", "-pk")
    if channel:
        items = items.filter(channel=channel)
    return [
        item for item in items
        if not is_restricted(item.path, content.restricted) and _parents_live(item, content)
    ]


def _parents_live(item, content):
    # News sit directly below the root or below a news index, which must be live and public too.
    return item.path[:-STEPLEN] in content.news_parent_paths(item.path[:ROOT_PATH_LENGTH])
