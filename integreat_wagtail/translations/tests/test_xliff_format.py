"""XLIFF 1.2 writing and reading: what is written reads back as exactly the HTML wagtail-localize stores."""

import pytest

from integreat_wagtail.translations import xliff

SAMPLES = [
    'Öffnungszeiten "A &amp; B"',
    'Zeile 1<br/>Zeile &lt;2&gt; &amp; "3"',
    'Besuchen Sie <a id="a1">unsere <b>neue</b> Seite</a> &amp; <i>mehr</i>.',
    "مرحباً بكم في <a id=\"a1\">مكتب الاندماج</a> «اليوم» &amp; غداً",
    "  spaces kept  <br/>\n  and a newline",
    "<b>bold first</b>",
]


def document(units):
    return xliff.XliffFile(original="key", source_language="de", target_language="ar", units=tuple(units))


@pytest.mark.parametrize("text", SAMPLES)
def test_what_is_written_reads_back_unchanged(text):
    written = xliff.dumps(document([xliff.Unit("u1", text, text, "translated", "body.x")]))
    [unit] = xliff.loads(written).units
    assert (unit.source, unit.target, unit.state, unit.resname) == (text, text, "translated", "body.x")


def test_markup_becomes_xliff_inline_elements_and_text_is_escaped_once():
    written = xliff.dumps(document([xliff.Unit("u1", 'Ja <a id="a1">hier</a> &amp; <b>da</b><br/>"x"', None)])).decode()
    assert '<g id="a1" ctype="link">hier</g> &amp; <g id="b1" ctype="bold">da</g><x id="br1" ctype="lb" />"x"' in written
    assert "&amp;amp;" not in written and "<target" not in written
    assert 'source-language="de" target-language="ar"' in written and 'xml:space="preserve"' in written


def test_a_translator_may_reorder_inline_elements():
    written = xliff.dumps(document([xliff.Unit("u1", '<b>A</b> <a id="a1">B</a>', None)])).decode()
    translated = written.replace(
        "</source>", '</source><target state="translated"><g id="a1" ctype="link">ب</g> <g id="b1" ctype="bold">أ</g></target>'
    )
    assert xliff.loads(translated.encode()).units[0].target == '<a id="a1">ب</a> <b>أ</b>'


def test_text_that_looks_like_markup_stays_text():
    written = xliff.dumps(document([xliff.Unit("u1", "x", None)])).decode()
    translated = written.replace("</source>", "</source><target>&lt;script&gt;alert(1)&lt;/script&gt;</target>")
    assert xliff.loads(translated.encode()).units[0].target == "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.mark.parametrize(
    "data",
    [
        b"this is not XML",
        b"<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file>",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>',
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        b'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"/></xliff>',
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>',
        b"\xff\xfe\x00garbage",
    ],
)
def test_anything_else_is_refused_with_a_reason(data):
    with pytest.raises(xliff.XliffError):
        xliff.loads(data)


def test_unknown_inline_markup_and_repeated_ids_are_refused():
    written = xliff.dumps(document([xliff.Unit("u1", "x", None), xliff.Unit("u2", "y", None)])).decode()
    with pytest.raises(xliff.XliffError, match="u1"):
        xliff.loads(written.replace("<source>x</source>", '<source>x</source><target><ph id="1">{x}</ph></target>').encode())
    with pytest.raises(xliff.XliffError, match="u1"):
        xliff.loads(written.replace('id="u2"', 'id="u1"').encode())
