"""Which links the live pages of a municipality contain, in every language.

Rich text (`<a href>` and Wagtail's page and document links), StreamField values (URL blocks, page
and document choosers, rich text inside structs, lists and streams) and the page's own URL fields.
Addresses that are not web links (`mailto:`, `tel:`, anchors, relative paths) are left out.
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.db import models
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from .models import Link


def page_links(municipality):
    """{(kind, url): {page ids}} over the live pages of every language of the municipality."""
    found = defaultdict(set)
    for root in municipality.pages.all():
        for page in Page.objects.live().descendant_of(root, inclusive=True).specific().iterator(chunk_size=200):
            for kind, url in links_of(page):
                found[(kind, url)].add(page.pk)
    return found


def links_of(page):
    for field in page._meta.concrete_fields:
        value = getattr(page, field.attname, None)
        if not value:
            continue
        if isinstance(field, RichTextField):
            yield from rich_text_links(value)
        elif isinstance(field, StreamField):
            yield from stream_links(field.stream_block, value)
        elif isinstance(field, models.URLField):
            yield from external(value)


def rich_text_links(html):
    for match in FIND_A_TAG.finditer(html or ""):
        attrs = extract_attrs(match.group(1))
        if attrs.get("linktype") in (Link.Kind.PAGE, Link.Kind.DOCUMENT) and attrs.get("id", "").isdigit():
            yield attrs["linktype"], f"{attrs['linktype']}:{attrs['id']}"
        elif "href" in attrs:
            yield from external(attrs["href"])


def stream_links(block, value):
    """Walk a block's value; blocks of other kinds carry no links."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield from rich_text_links(value.source if isinstance(value, RichText) else str(value))
    elif isinstance(block, blocks.URLBlock):
        yield from external(value)
    elif isinstance(block, blocks.PageChooserBlock):
        yield Link.Kind.PAGE, f"page:{value.pk}"
    elif isinstance(block, DocumentChooserBlock):
        yield Link.Kind.DOCUMENT, f"document:{value.pk}"
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from stream_links(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from stream_links(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from stream_links(child.block, child.value)


def external(url):
    url = (url or "").strip()
    if urlsplit(url).scheme.lower() in ("http", "https") and len(url) <= Link._meta.get_field("url").max_length:
        yield Link.Kind.EXTERNAL, url
