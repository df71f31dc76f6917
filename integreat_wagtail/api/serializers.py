"""Integreat v3 JSON shapes built from our models (see docs/api-integreat-v3.md for the mapping)."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from integreat_wagtail import languages as registry
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_news_page_model
from integreat_wagtail.plugins.gate import is_enabled

from .content import (
    DEFAULT_BOUNDING_BOX,
    content_hash,
    excerpt_of,
    is_restricted,
    public_url,
    render_richtext,
    sibling_order,
    static_url,
)
from .plugin_content import offer_plugins, region_flags

LOCAL_NEWS_PREFIX = "local-"  # integreat-cms's ids of local news, apart from external ones
BOX_MARGIN = 0.15  # degrees around the municipality's centre when it has coordinates
TEXT_DIRECTIONS = {"ltr": "LEFT_TO_RIGHT", "rtl": "RIGHT_TO_LEFT"}  # integreat-cms's values of a language's `dir`
THUMBNAIL_RENDITION = "fill-150x150"  # the size of integreat-cms's page thumbnails, which the apps' tiles show


def language_objects(codes, locale_ids):
    result = []
    for code in codes:
        language = registry.get(code)
        if language is not None:
            result.append(
                {
                    "id": locale_ids.get(code),
                    "code": code,
                    "bcp47_tag": language.bcp47,
                    "native_name": language.native_name,
                    "dir": TEXT_DIRECTIONS[language.direction],
                }
            )
    return result


def bounding_box(municipality):
    if municipality.latitude is None or municipality.longitude is None:
        return DEFAULT_BOUNDING_BOX
    return [
        [round(municipality.longitude - BOX_MARGIN, 6), round(municipality.latitude - BOX_MARGIN, 6)],
        [round(municipality.longitude + BOX_MARGIN, 6), round(municipality.latitude + BOX_MARGIN, 6)],
    ]


def aliases(municipality):
    """Integreat lists places a region also stands for; ours: a county's member municipalities."""
    if municipality.kind != Municipality.Kind.COUNTY:
        return None
    members = {
        member.name: {"longitude": member.longitude, "latitude": member.latitude}
        for member in municipality.members.all()
        if member.latitude is not None and member.longitude is not None
    }
    return members or None


def region(municipality, codes, locale_ids):
    postal_codes = municipality.postal_code_list()
    return {
        "id": municipality.id,
        "name": municipality.name,
        "path": municipality.slug,
        "live": bool(codes),
        "prefix": None,
        "name_without_prefix": municipality.name,
        "plz": postal_codes[0] if postal_codes else None,
        "extras": bool(offer_plugins(municipality)),
        "events": "events" in region_flags(municipality),
        "pois": True,
        "push_notifications": True,
        "longitude": municipality.longitude,
        "latitude": municipality.latitude,
        "bounding_box": bounding_box(municipality),
        "aliases": aliases(municipality),
        "tunews": False,
        "external_news": False,
        "zammad_privacy_policy": None,
        "is_chat_enabled": False,
        "languages": language_objects(codes, locale_ids),
    }


def organization(obj, request):
    """Integreat's `organization{id, slug, name, logo, website}` of a page; None when it has none."""
    if obj is None:
        return None
    logo = obj.logo.file.url if obj.logo else None
    return {
        "id": obj.id,
        "slug": obj.slug,
        "name": obj.name,
        "logo": public_url(request, logo) if request else logo,
        "website": obj.website or None,
    }


def thumbnail(obj, request):
    """A page's tile picture for the apps: its thumbnail image at integreat-cms's 150×150 (a Wagtail
    rendition), else its icon as SVG; absolute, None when it has neither."""
    image = getattr(obj, "thumbnail", None)
    if image is not None:
        return public_url(request, image.get_rendition(THUMBNAIL_RENDITION).url)
    if getattr(obj, "icon", ""):
        return public_url(request, reverse("icon_svg", kwargs={"name": obj.icon}))
    return None


def page(content, info, obj, rendered, request):
    """One content page in Integreat's page shape; `rendered` is (HTML, excerpt)."""
    html, excerpt = rendered
    parent = content.parent_info(info)
    data = {
        "id": info.id,
        "url": content.public_url(info),
        "path": content.app_path(info),
        "title": obj.title,
        "modified_gmt": obj.last_published_at,
        "last_updated": content.localtime(obj.last_published_at),
        "excerpt": excerpt,
        "content": html,
        "parent": content.link(parent) if parent else {"id": 0, "url": None, "path": None},
        "order": sibling_order(info.path),
        "available_languages": content.available_languages(info),
        "thumbnail": thumbnail(obj, request),
        "organization": organization(obj.organization, request),
        "embedded_offers": [],
    }
    data["hash"] = content_hash(obj.title, html, obj.last_published_at)
    return data


def pages(content, code, infos, request):
    """Many pages of one language: one query for the objects, one cache round trip for the HTML."""
    objects = content.pages(code, infos)
    html = content.rendered(objects)
    by_id = {obj.id: obj for obj in objects}
    return [page(content, info, by_id[info.id], html[info.id], request) for info in infos if info.id in by_id]


def imprint(content, code, request):
    """The municipality's imprint in a language, falling back to its default language; None if empty."""
    root = content.root(code)
    source = root
    if not (root.imprint or "").strip():
        default = content.roots.get(content.municipality.default_language)
        if default is None or not (default.imprint or "").strip():
            return None
        source = default
    html = render_richtext(source.imprint)
    with translation.override(code):
        title = gettext("Imprint")
    others = {
        other_code: {
            "id": other.id,
            "url": content.root_url(other_code) + "#imprint",
            "path": f"/{content.municipality.slug}/{other_code}/disclaimer/",
        }
        for other_code, other in content.roots.items()
        if other_code != code and (other.imprint or "").strip()
    }
    data = {
        "id": root.id,
        "url": content.root_url(code) + "#imprint",
        "path": f"/{content.municipality.slug}/{code}/disclaimer/",
        "title": title,
        "modified_gmt": source.last_published_at,
        "last_updated": content.localtime(source.last_published_at),
        "excerpt": excerpt_of(html),
        "content": html,
        "parent": None,
        "order": 0,
        "available_languages": others,
        "thumbnail": None,
        "organization": None,
        "embedded_offers": [],
    }
    data["hash"] = content_hash(title, html, source.last_published_at)
    return data


def offers(content, code, request):
    """Enabled plugins the apps can open (Integreat "offers"/"extras"): name, alias, url, post, thumbnail."""
    from wagtail.models import Page

    municipality = content.municipality
    plugins = offer_plugins(municipality)
    result = []
    root = content.roots.get(code)
    entry_pages = {}
    if root is not None and plugins:
        # The plugin's first live, public page below the municipality root is where readers go.
        from django.contrib.contenttypes.models import ContentType

        type_ids = {}
        for config, _offer in plugins:
            for content_type in ContentType.objects.get_for_models(*config.page_models()).values():
                type_ids[content_type.id] = config.plugin_key
        if type_ids:
            candidates = (
                Page.objects.live()
                .descendant_of(root)
                .filter(content_type_id__in=list(type_ids))
                .order_by("depth", "path")
                .only("id", "path", "url_path", "content_type_id")
            )
            for candidate in candidates:
                key = type_ids[candidate.content_type_id]
                if key not in entry_pages and not is_restricted(candidate.path, content.restricted):
                    entry_pages[key] = candidate
    with translation.override(code):
        for config, offer in plugins:
            entry = entry_pages.get(config.plugin_key)
            if entry is not None:
                url = content.root_url(code) + entry.url_path[len(root.url_path):]
            else:
                url = public_url(request, f"/api/v3/{municipality.slug}/{code}/{offer['api']}")
            result.append(
                {
                    "name": str(config.verbose_name),
                    "alias": offer["alias"],
                    "url": url,
                    "post": None,
                    "thumbnail": static_url(request, f"{config.label}/icon.svg")
                    or static_url(request, f"{config.plugin_key}/icon.svg"),
                }
            )
    return result


def news_available_languages(content, items):
    """{news id: {code: {"id": id}}} for visible translations, one query."""
    keys = {item.translation_key for item in items}
    if not keys:
        return {}
    rows = (
        get_news_page_model().objects.live()
        .filter(translation_key__in=keys, locale__language_code__in=list(content.roots))
        .values_list("id", "path", "translation_key", "locale__language_code")
    )
    by_key = {}
    for page_id, path, key, code in rows:
        root = content.roots.get(code)
        if root is None or not path.startswith(root.path) or is_restricted(path, content.restricted):
            continue
        by_key.setdefault(key, {})[code] = {"id": page_id}
    return {
        item.id: {code: value for code, value in by_key.get(item.translation_key, {}).items() if code != item.locale.language_code}
        for item in items
    }


def news_item(content, item, languages, request):
    """Integreat's news shape (local news) plus the fcm (push notification) fields."""
    html = render_richtext(item.text)
    return {
        "id": f"{LOCAL_NEWS_PREFIX}{item.id}",
        "title": item.title,
        "content": html,
        "message": excerpt_of(html),
        "timestamp": item.last_published_at,
        "last_updated": content.localtime(item.last_published_at),
        "published_at": item.first_published_at,
        "display_date": item.date,
        "channel": item.channel or "news",
        "available_languages": {
            code: {"id": f"{LOCAL_NEWS_PREFIX}{value['id']}"} for code, value in languages.get(item.id, {}).items()
        },
        "source": "local",
        "externalUrl": None,
        "link": None,
        "url": public_url(request, item.get_url(request)),
    }
