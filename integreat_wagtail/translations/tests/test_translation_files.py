"""Human translators: XLIFF and PO files per page × language, downloaded, filled, uploaded, published.

A round trip keeps every text exactly (Arabic, markup inside rich text, quotes, ampersands, line
breaks); a file that does not fit the page or language changes nothing and says why."""

from xml.etree import ElementTree

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from integreat_wagtail.translations.xliff import Q, html_to_inline, inline_to_html
from tests.factories import add_content_page, assert_refused, log_in, root_page

from .helpers import locale, write_translation

BODY = '<p>Besuchen Sie <a href="https://example.org/?a=1&amp;b=2">unsere Seite</a> &amp; <b>fett</b> hier.</p>'
# What a translator types per source text (as wagtail-localize stores it: HTML), and what readers then see.
ARABIC = {
    'Sprachcafé "Treff" &amp; mehr': 'مقهى اللغة "لقاء" &amp; المزيد',
    "Jeden Dienstag<br/>ab 18 Uhr &lt;kostenlos&gt;": "كل ثلاثاء<br/>من الساعة 18 &lt;مجاناً&gt;",
    'Besuchen Sie <a id="a1">unsere Seite</a> &amp; <b>fett</b> hier.': 'زوروا <a id="a1">موقعنا</a> &amp; <b>بالخط العريض</b> هنا.',
}


@pytest.fixture
def arabic(municipality):
    """A German page (quotes, ampersand, line break, rich text with a link) and its Arabic draft translation."""
    page = add_content_page(
        root_page(municipality), title='Sprachcafé "Treff" & mehr', slug="sprachcafe",
        intro="Jeden Dienstag\nab 18 Uhr <kostenlos>", body=[("paragraph", BODY)],
    )
    write_translation(page, "ar", publish=False)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale("ar"))


def german(message, **values):
    """What the (German) admin shows: the whole message, or with placeholders left, the part before the first."""
    with override("de"):
        text = gettext(message)
    return text % values if values else text.split("%(")[0]


WRONG_LANGUAGE = "This file translates from “%(file_source)s” into “%(file_target)s”; this translation is from “%(source)s” into “%(target)s”."
WRONG_ENGLISH = {"file_source": "de", "file_target": "en", "source": "de", "target": "ar"}


def strings(translation):
    """{source text: translated text} as wagtail-localize holds them."""
    return dict(
        StringTranslation.objects.filter(context__object_id=translation.source.object_id, locale=translation.target_locale)
        .values_list("translation_of__data", "data")
    )


def xliff_targets(data):
    """{source text (as HTML) → target element} of a downloaded file, to fill like a translation tool."""
    root = ElementTree.fromstring(data)
    return root, {
        inline_to_html(unit.find(Q + "source"), unit.get("id")): unit for unit in root.iter(Q + "trans-unit")
    }


def fill_xliff(data, translations):
    """Like a translation tool: a <target> with inline elements copied from the source, text replaced."""
    root, units = xliff_targets(data)
    for source_html, target_html in translations.items():
        unit = units[source_html]
        target = unit.find(Q + "target")
        if target is None:
            target = ElementTree.SubElement(unit, Q + "target")
        target.clear()
        target.set("state", "translated")
        fragment = ElementTree.fromstring(
            f'<target xmlns="urn:oasis:names:tc:xliff:document:1.2">{to_inline(target_html)}</target>'
        )
        target.text, target[:] = fragment.text, list(fragment)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def to_inline(html):
    element = ElementTree.Element(Q + "target")
    html_to_inline(html, element)
    return ElementTree.tostring(element, encoding="unicode").split(">", 1)[1].rsplit("<", 1)[0]


def upload(client, name, translation, data, filename):
    url = reverse(name, args=[translation.pk])
    return client.post(url, {"file": SimpleUploadedFile(filename, data)})


def publish_and_read(client, translation):
    """The moderator publishes the translation in the translation editor; the Arabic page as readers get it."""
    client.logout()
    log_in(client, "aachtal-moderator", "pw")
    target = translation.get_target_instance()
    with TestCase.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
        assert client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"}).status_code == 302
    assert Page.objects.get(pk=target.pk).live
    return client.get("/ar/aachtal/sprachcafe/").content.decode()


def test_xliff_round_trip(client, arabic, editor, moderator):
    log_in(client, "aachtal-editor", "pw")
    download = client.get(reverse("translation_download_xliff", args=[arabic.pk]))
    assert download.status_code == 200 and download["Content-Type"].startswith("application/xliff+xml")
    assert 'filename="sprachcafe-treff-mehr-ar.xlf"' in download["Content-Disposition"]
    assert set(xliff_targets(download.content)[1]) == set(ARABIC)

    response = upload(client, "translation_upload_xliff", arabic, fill_xliff(download.content, ARABIC), "ar.xlf")
    assert response.status_code == 302 and response.url == f"/admin/pages/{arabic.get_target_instance().pk}/edit/"
    assert strings(arabic) == ARABIC
    assert set(StringTranslation.objects.values_list("translation_type", flat=True)) == {"manual"}

    _root, again = xliff_targets(client.get(reverse("translation_download_xliff", args=[arabic.pk])).content)
    assert {source: inline_to_html(unit.find(Q + "target"), "") for source, unit in again.items()} == ARABIC

    html = publish_and_read(client, arabic)
    assert "مقهى اللغة &quot;لقاء&quot; &amp; المزيد" in html
    assert "زوروا <a href=\"https://example.org/?a=1&amp;b=2\">موقعنا</a> &amp; <b>بالخط العريض</b> هنا." in html
    assert "كل ثلاثاء" in html and "&lt;مجاناً&gt;" in html


def test_po_round_trip(client, arabic, editor, moderator):
    log_in(client, "aachtal-editor", "pw")
    download = client.get(reverse("wagtail_localize:download_pofile", args=[arabic.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} == set(ARABIC)
    for entry in po:
        entry.msgstr = ARABIC[entry.msgid]
    response = upload(client, "wagtail_localize:upload_pofile", arabic, str(po).encode(), "ar.po")
    assert response.status_code == 302
    assert strings(arabic) == ARABIC

    again = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[arabic.pk])).content.decode())
    assert {entry.msgid: entry.msgstr for entry in again} == ARABIC
    html = publish_and_read(client, arabic)
    assert "زوروا <a href=\"https://example.org/?a=1&amp;b=2\">موقعنا</a>" in html


def test_machine_translations_stay_flagged_until_the_file_says_they_were_reviewed(client, arabic, editor):
    segment = arabic.source.stringsegment_set.select_related("string").order_by("order").first()
    StringTranslation.objects.create(
        translation_of=segment.string, context=segment.context, locale=arabic.target_locale,
        data="ترجمة آلية", translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    log_in(client, "aachtal-editor", "pw")
    download = client.get(reverse("translation_download_xliff", args=[arabic.pk])).content
    assert b'<target state="needs-review-translation">' in download
    assert upload(client, "translation_upload_xliff", arabic, download, "ar.xlf").status_code == 302
    assert StringTranslation.objects.get().translation_type == "machine"  # unchanged: still unreviewed
    reviewed = download.replace(b'state="needs-review-translation"', b'state="translated"')
    assert upload(client, "translation_upload_xliff", arabic, reviewed, "ar.xlf").status_code == 302
    assert StringTranslation.objects.get().translation_type == "manual"


@pytest.fixture
def english(arabic):
    write_translation(arabic.source.get_source_instance(), "en", publish=False)
    return Translation.objects.get(source=arabic.source, target_locale=locale("en"))


def bad_xliffs(client, arabic, english, municipality):
    """(file, the reason the uploader is shown) for files that do not fit the Arabic translation."""
    good = client.get(reverse("translation_download_xliff", args=[arabic.pk])).content
    filled = fill_xliff(good, ARABIC)
    other_page = add_content_page(root_page(municipality), title="Anderes", slug="anderes")
    write_translation(other_page, "ar", publish=False)
    other = Translation.objects.get(source__object_id=other_page.translation_key, target_locale=locale("ar"))
    return [
        (b"not xml at all", german("The file is not valid XML: %(error)s")),
        (client.get(reverse("translation_download_xliff", args=[other.pk])).content, german("This file was made for another page.")),
        (
            fill_xliff(client.get(reverse("translation_download_xliff", args=[english.pk])).content, ARABIC),
            german(WRONG_LANGUAGE, **WRONG_ENGLISH),
        ),
        (filled.replace(b'id="c', b'id="x'), german("The file names texts this page does not have (%(texts)s). Download the file again.")),
        (filled.replace(b'ctype="bold"', b'ctype="x-html-script"'), german("Text “%(id)s” contains markup this site does not know: %(markup)s.")),
    ]


def test_bad_xliff_files_change_nothing_and_say_why(client, arabic, english, editor, municipality):
    log_in(client, "aachtal-editor", "pw")
    for data, reason in bad_xliffs(client, arabic, english, municipality):
        response = upload(client, "translation_upload_xliff", arabic, data, "ar.xlf")
        assert response.status_code == 400, reason
        assert reason in response.content.decode()
        assert strings(arabic) == {}
    response = client.post(reverse("translation_upload_xliff", args=[arabic.pk]))
    assert response.status_code == 400 and german("Choose a file to upload.") in response.content.decode()


def test_bad_po_files_change_nothing_and_say_why(client, arabic, english, editor):
    log_in(client, "aachtal-editor", "pw")
    good = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[arabic.pk])).content.decode())
    for entry in good:
        entry.msgstr = ARABIC[entry.msgid]
    headerless = polib.pofile(str(good))
    headerless.metadata = {}
    for_english = polib.pofile(str(good))
    for_english.metadata["X-WagtailLocalize-TranslationID"] = str(english.uuid)
    unknown = polib.pofile(str(good))
    unknown.append(polib.POEntry(msgctxt="body.gone", msgid="Nicht mehr da", msgstr="لم يعد موجوداً"))
    for data, reason in [
        (b"\xff\xfe not a po file \x00", german("The file is not a valid PO file.")),
        (str(headerless).encode(), german("This PO file was not downloaded from a translation editor of this site.")),
        (str(for_english).encode(), german(WRONG_LANGUAGE, **WRONG_ENGLISH)),
        (str(unknown).encode(), "Nicht mehr da"),
    ]:
        response = upload(client, "wagtail_localize:upload_pofile", arabic, data, "ar.po")
        assert response.status_code == 400, reason
        assert reason in response.content.decode()
        assert strings(arabic) == {}
    assert client.post(reverse("wagtail_localize:upload_pofile", args=[arabic.pk])).status_code == 400


def test_the_translation_editor_offers_the_files(client, arabic, editor):
    log_in(client, "aachtal-editor", "pw")
    html = client.get(f"/admin/pages/{arabic.get_target_instance().pk}/edit/").content.decode()
    assert reverse("translation_download_xliff", args=[arabic.pk]) in html
    assert reverse("translation_upload_xliff", args=[arabic.pk]) in html
    assert reverse("wagtail_localize:upload_pofile", args=[arabic.pk]) in html


def test_another_municipality_can_neither_download_nor_upload(client, arabic, editor, other_editor):
    log_in(client, "aachtal-editor", "pw")
    data = fill_xliff(client.get(reverse("translation_download_xliff", args=[arabic.pk])).content, ARABIC)
    client.logout()
    log_in(client, "birkenau-editor", "pw")
    assert_refused(client.get(reverse("translation_download_xliff", args=[arabic.pk])))
    assert_refused(upload(client, "translation_upload_xliff", arabic, data, "ar.xlf"))
    assert strings(arabic) == {}
