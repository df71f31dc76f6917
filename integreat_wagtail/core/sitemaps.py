"""One sitemap per municipality: Django's i18n sitemap, one entry per page and language, each with
hreflang alternates to the page's translations and an x-default (core.hreflang). Sub-routes that
are pages for the reader (locations, a plugin's offers…) are entries of their own."""

from functools import cached_property
from importlib import import_module
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.utils import translation
from wagtail.models import Page

from integreat_wagtail.locations.sitemap import location_sub_paths
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_municipality_page_model
from integreat_wagtail.plugins.gate import hidden_page_content_types, is_enabled
from integreat_wagtail.plugins.registry import installed_plugins

from .hreflang import hreflang_alternates


class MunicipalitySitemap(Sitemap):
    """Items are pages in all their languages ({language code: (page, path)}): Django lists each
    item once per language (`i18n`) with its alternates (`alternates`). Django's own `x_default`
    is not used: it points at the unprefixed URL in settings.LANGUAGE_CODE, which exists here only
    for a municipality's home, while each municipality has its own default language."""

    limit = 5000
    i18n = True
    alternates = True

    def __init__(self, municipality, request=None, *, include_hidden=False):
        """`include_hidden`: also the pages of plugins switched off here (readers get 404 there now,
        which a CDN purge must still reach; core/cdn.py)."""
        self.municipality = municipality
        self.request = request
        self.include_hidden = include_hidden

    @cached_property
    def translated_pages(self):
        roots = list(get_municipality_page_model().objects.live().filter(municipality=self.municipality))
        if not roots:
            return []
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        pages = pages.live().public()
        if not self.include_hidden:
            pages = pages.exclude(content_type_id__in=hidden_page_content_types(self.municipality))
        pages = pages.select_related("locale").defer_streamfields().order_by("path")
        sources = self.sub_path_sources()
        by_key = {}
        for page in pages:
            parts = page.get_url_parts(self.request)
            if parts is None:  # not routable
                continue
            code = page.locale.language_code
            by_key.setdefault(page.translation_key, {})[code] = (page, parts[2])
            for source in sources if page.specific_class is not None else ():  # None: model uninstalled
                for key, sub_path in source(page, self.municipality).items():
                    by_key.setdefault((page.translation_key, key), {})[code] = (page, parts[2] + sub_path)
        order = {code: position for position, code in enumerate(self.municipality.language_codes)}
        return [dict(sorted(item.items(), key=lambda entry: order.get(entry[0], len(order)))) for item in by_key.values()]

    def sub_path_sources(self):
        """Functions (page, municipality) → {key: sub-path}: the core's locations and those the municipality's
        enabled plugins declare (PluginConfig.sitemap_sub_paths)."""
        sources = [location_sub_paths]
        for config in installed_plugins():
            if config.sitemap_sub_paths and is_enabled(self.municipality, config.plugin_key):
                module, name = config.sitemap_sub_paths.split(":")
                sources.append(getattr(import_module(module), name))
        return sources

    def items(self):
        return self.translated_pages

    def get_languages_for_item(self, item):
        return [code for code in item if code in self.municipality.language_codes]

    def location(self, item):
        return item[translation.get_language()][1]

    def lastmod(self, item):
        """When any translation of the page last changed (Django asks once per page, not per language)."""
        return max(filter(None, (page.last_published_at or page.latest_revision_created_at for page, _ in item.values())),
                   default=None)

    @cached_property
    def site_root(self):
        """Scheme and host of the Wagtail Site that serves the municipality (its own domain, or the
        platform's), as in the pages' full URLs and their <link rel="alternate">."""
        root = get_municipality_page_model().objects.live().filter(municipality=self.municipality).first()
        parts = root.get_url_parts(self.request) if root is not None else None
        return urlsplit(parts[1] if parts else "")

    def get_protocol(self, protocol=None):
        return self.site_root.scheme or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return self.site_root.netloc or super().get_domain(site)

    def get_urls(self, page=1, site=None, protocol=None):
        """Django's entries with the alternates rewritten by the rule the pages' <head> uses."""
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            locations = {alternate["lang_code"]: alternate["location"] for alternate in url["alternates"]}
            url["alternates"] = hreflang_alternates(locations, self.municipality)
        return urls


def municipality_sitemaps(request):
    return {m.slug: MunicipalitySitemap(m, request) for m in Municipality.objects.public().order_by("slug")}
