"""The one JSON-LD helper: no text inside the data can leave the <script> element."""

import datetime
import json
import re

from django.template import Context, Template

from integreat_wagtail.core.json_ld import json_ld_script


def script_body(html):
    match = re.fullmatch(r'<script type="application/ld\+json">(.*)</script>', str(html), re.S)
    assert match, html
    return match.group(1)


def test_text_cannot_close_the_script_or_open_a_comment():
    data = {"name": "Köchin </script><script>alert(1)</script> <!-- & -->", "date": datetime.date(2030, 1, 2)}
    body = script_body(json_ld_script(data))
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body) == {"name": data["name"], "date": "2030-01-02"}
    assert "Köchin" in body  # readable, not ASCII-escaped


def test_template_tag_renders_the_same_element():
    data = {"@type": "Event", "name": "A </script> B"}
    rendered = Template("{% load integreat_tags %}{% json_ld data %}").render(Context({"data": data}))
    assert rendered == json_ld_script(data)
    assert json.loads(script_body(rendered)) == data
