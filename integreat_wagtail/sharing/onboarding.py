"""Onboarding from a template: a new municipality starts with a copy of another one's topic tree.

Every topic page (the site's content page type, with its subpages) is copied in each language both
municipalities have, published where the template's version is live and a draft where it is one;
the copies of one page are wagtail-localize translations of each other, in the states they have in
the template (localize.py). Plugin pages and news stay behind (they belong to the template's own
plugins and dates). The template is a municipality, usually a platform template (`is_template`:
maintained by platform admins, never shown to readers).
"""

import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from integreat_wagtail.municipalities.pages import get_content_page_model

from .copying import copy_page
from .localize import link_translations
from .services import language_name, translations


def check_template(template, language_codes, default_language):
    """Refuse a template that cannot give the new municipality its tree."""
    if default_language not in template.language_codes:
        raise ValidationError(
            _("%(template)s has no pages in %(language)s, the new municipality's default language; it publishes in %(languages)s.")
            % {
                "template": template.name, "language": language_name(default_language),
                "languages": ", ".join(language_name(code) for code in template.language_codes),
            }
        )


def copy_tree(template, municipality, user=None):
    """Copy the template's topic pages into the municipality's root pages; returns how many pages."""
    check_template(template, municipality.language_codes, municipality.default_language)
    content_page = get_content_page_model()
    codes = [municipality.default_language] + [
        code for code in municipality.language_codes if code != municipality.default_language and code in template.language_codes
    ]
    keys, count = {}, 0
    for code in codes:
        source_root, target_root = template.page_for_language(code), municipality.page_for_language(code)
        if source_root is None or target_root is None:
            continue
        copies = {source_root.path: target_root}
        for page in content_page.objects.descendant_of(source_root).order_by("path"):
            parent = copies.get(page.path[: -page.steplen])
            if parent is not None:
                key = keys.setdefault(page.translation_key, uuid.uuid4())
                copies[page.path] = copy_page(page, parent, key, user=user)
                count += 1
    for source_key, key in keys.items():
        link_translations(translations(source_key, live_only=False), translations(key, live_only=False), template, municipality)
    return count
