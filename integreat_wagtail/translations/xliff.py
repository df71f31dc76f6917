"""XLIFF 1.2 for human translators' tools: one <file> per page × language, one <trans-unit> per string.

wagtail-localize stores each string as a small piece of HTML: text escaped (``&amp;``), line breaks
as ``<br/>``, rich text's inline elements (``<b>``, ``<a id="a1">``…). Translation tools protect
markup only when it is XLIFF inline markup, so the HTML becomes ``<g>`` (elements) and ``<x>``
(line breaks) here and plain XML text otherwise, and back again on reading: a file read after
writing gives exactly the HTML that was written. Uploaded files are parsed with defusedxml, which
refuses DTDs and entities, so a file cannot make the server expand or fetch anything.
"""

import html
from dataclasses import dataclass
from html.parser import HTMLParser
from xml.etree import ElementTree

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

NS = "urn:oasis:names:tc:xliff:document:1.2"
Q = f"{{{NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Rich text's inline elements (Wagtail's inline features) and their XLIFF `ctype`.
CTYPES = {"a": "link", "b": "bold", "i": "italic", "code": "x-html-code", "sup": "x-html-sup",
          "sub": "x-html-sub", "s": "x-html-s", "strong": "x-html-strong", "em": "x-html-em"}
TAGS = {ctype: tag for tag, ctype in CTYPES.items()}
LINE_BREAK = "lb"
# A target in one of these states is a draft nobody has checked (a machine translation).
UNREVIEWED_STATES = {"needs-review-translation", "needs-review-l10n", "needs-review-adaptation"}

class XliffError(ValueError):
    """The file cannot be read as a translation: the message says why, for the person uploading it."""


@dataclass(frozen=True)
class Unit:
    id: str
    source: str  # HTML, as wagtail-localize stores strings
    target: str | None = None  # HTML; None: not translated
    state: str = ""  # XLIFF 1.2 target state
    resname: str = ""  # the field the string belongs to


@dataclass(frozen=True)
class XliffFile:
    original: str
    source_language: str
    target_language: str
    units: tuple


def dumps(document):
    """The XLIFF 1.2 document as UTF-8 bytes."""
    root = ElementTree.Element(Q + "xliff", version="1.2")
    file = ElementTree.SubElement(root, Q + "file", {
        "original": document.original, "source-language": document.source_language,
        "target-language": document.target_language, "datatype": "html",
    })
    body = ElementTree.SubElement(file, Q + "body")
    for unit in document.units:
        attributes = {"id": unit.id, XML_SPACE: "preserve"}
        if unit.resname:
            attributes["resname"] = unit.resname
        element = ElementTree.SubElement(body, Q + "trans-unit", attributes)
        html_to_inline(unit.source, ElementTree.SubElement(element, Q + "source"))
        if unit.target is not None:
            target = ElementTree.SubElement(element, Q + "target", {"state": unit.state} if unit.state else {})
            html_to_inline(unit.target, target)
    _indent(root)
    # The prefix map is global and libraries claim the default prefix too (Willow for SVG): set
    # ours right before writing, not once at import.
    ElementTree.register_namespace("", NS)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def _indent(element, level=0):
    """Line breaks between structural elements only: inside <source> and <target> whitespace is text."""
    if element.tag in (Q + "source", Q + "target") or len(element) == 0:
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    child.tail = "\n" + "  " * level


def loads(data):
    """An `XliffFile` from uploaded bytes; `XliffError` for anything that is not one translation file."""
    try:
        root = fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise XliffError(_("The file is not valid XML: %(error)s") % {"error": error}) from error
    if root.tag != Q + "xliff" or root.get("version") != "1.2":
        raise XliffError(_("The file is not an XLIFF 1.2 document."))
    files = root.findall(Q + "file")
    if len(files) != 1:
        raise XliffError(_("The file must hold exactly one translation (one <file> element)."))
    file = files[0]
    units, seen = [], set()
    for element in file.iter(Q + "trans-unit"):
        unit_id = element.get("id", "")
        if not unit_id or unit_id in seen:
            raise XliffError(_("Every text needs its own id; “%(id)s” is missing or repeated.") % {"id": unit_id})
        seen.add(unit_id)
        source, target = element.find(Q + "source"), element.find(Q + "target")
        units.append(Unit(
            id=unit_id,
            source=inline_to_html(source, unit_id) if source is not None else "",
            target=inline_to_html(target, unit_id) if target is not None else None,
            state=target.get("state", "") if target is not None else "",
            resname=element.get("resname", ""),
        ))
    return XliffFile(
        original=file.get("original", ""), source_language=file.get("source-language", ""),
        target_language=file.get("target-language", ""), units=tuple(units),
    )


class _InlineBuilder(HTMLParser):
    """wagtail-localize's string HTML → XLIFF inline content appended to an element."""

    def __init__(self, element):
        super().__init__(convert_charrefs=True)
        self.stack = [element]
        self.last = None  # the element whose tail takes the next text (None: the parent's text)
        self.counts = {}

    def _id(self, tag):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        return f"{tag}{self.counts[tag]}"

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            return self.handle_startendtag(tag, attrs)
        element_id = dict(attrs).get("id") or self._id(tag)
        ctype = CTYPES.get(tag, f"x-html-{tag}")
        child = ElementTree.SubElement(self.stack[-1], Q + "g", id=element_id, ctype=ctype)
        self.stack.append(child)
        self.last = None

    def handle_endtag(self, tag):
        if len(self.stack) > 1 and tag != "br":
            self.last = self.stack.pop()

    def handle_startendtag(self, tag, attrs):
        if tag != "br":
            return self.handle_starttag(tag, attrs)
        self.last = ElementTree.SubElement(self.stack[-1], Q + "x", id=self._id("br"), ctype=LINE_BREAK)

    def handle_data(self, data):
        if self.last is None:
            self.stack[-1].text = (self.stack[-1].text or "") + data
        else:
            self.last.tail = (self.last.tail or "") + data


def html_to_inline(text, element):
    builder = _InlineBuilder(element)
    builder.feed(text)
    builder.close()


def inline_to_html(element, unit_id):
    """The HTML wagtail-localize stores for an element's inline content (`html_to_inline` reversed)."""
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        if child.tag == Q + "x" and child.get("ctype") == LINE_BREAK:
            parts.append("<br/>")
        elif child.tag == Q + "g" and child.get("ctype") in TAGS:
            tag = TAGS[child.get("ctype")]
            opening = f'<a id="{html.escape(child.get("id", ""))}">' if tag == "a" else f"<{tag}>"
            parts.append(f"{opening}{inline_to_html(child, unit_id)}</{tag}>")
        else:
            raise XliffError(
                _("Text “%(id)s” contains markup this site does not know: %(markup)s.")
                % {"id": unit_id, "markup": child.tag.removeprefix(Q)}
            )
        parts.append(html.escape(child.tail or "", quote=False))
    return "".join(parts)
