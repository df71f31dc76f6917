"""Phone numbers, e-mail and web addresses in right-to-left text: isolated left-to-right, phones tappable.

Without isolation the bidi algorithm reorders "+49 412 6631-0" in an Arabic sentence into
"0-412 6631 49+"; editors type numbers as plain text, so the rendered rich text is fixed here.
"""

import re

from django.utils.safestring import mark_safe

# "+49 6631 9870-0", "0049 (6631) 412-0", "06631/412-0": a leading + or 0, then digits and the
# separators people type; at least seven digits (so dates, postal codes and times never match).
PHONE = re.compile(r"(?<![\w+/.-])(?:\+|0)\d[\d \u00a0()/\-]{4,}\d(?![\w/])")
EMAIL = re.compile(r"(?<![\w.@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<![.-])")
# A web address typed as text, without the punctuation of the sentence around it.
URL = re.compile(r"(?<![\w@/])(?:https?://|www\.)[^\s<]*[^\s<.,;:!?)\]،؛]")
TAG = re.compile(r"(<[^>]*>)")
MIN_PHONE_DIGITS = 7


def tel_href(number):
    """`tel:` target of a number as people write it: a leading + and the digits, nothing else
    (without the "(0)" that Germans write after the country code, which is not dialled)."""
    number = str(number or "").strip()
    international = number.startswith("+")
    if international:
        number = re.sub(r"\(\s*0\s*\)", "", number)
    return ("+" if international else "") + re.sub(r"\D", "", number)


def _isolate_text(text):
    def phone(match):
        value = match.group(0)
        before = text[: match.start()].rstrip(" \u00a0")
        # Too short, or the tail of a longer number (an IBAN's "… 3704 0044 0532").
        if len(re.sub(r"\D", "", value)) < MIN_PHONE_DIGITS or before[-1:].isdigit():
            return value
        return f'<a href="tel:{tel_href(value)}" dir="ltr" class="phone">{value}</a>'

    def isolated(match):
        return f'<bdi dir="ltr">{match.group(0)}</bdi>'

    return URL.sub(isolated, EMAIL.sub(isolated, PHONE.sub(phone, text)))


def isolate_ltr_values(html):
    """Rendered HTML with phone numbers made LTR `tel:` links, e-mail and web addresses isolated LTR;
    text already inside a link is left alone (it is the editor's link)."""
    parts = TAG.split(str(html))
    depth = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            name = part[1:].lstrip("/").split(None, 1)[0].rstrip(">").lower() if len(part) > 2 else ""
            if name == "a":
                depth += -1 if part.startswith("</") else 1
        elif depth == 0 and part:
            parts[index] = _isolate_text(part)
    return mark_safe("".join(parts))

