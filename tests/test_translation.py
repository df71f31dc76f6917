"""Translating with wagtail-localize: only into the municipality's languages; machine translation."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.test import override_settings
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from integreat_wagtail.settings.base import machine_translator
from tests.factories import add_content_page, assert_refused, root_page


def locale_ids(*codes):
    return [Locale.objects.get_or_create(language_code=code)[0].pk for code in codes]


def test_translate_dialog_offers_only_the_municipality_languages(client, editor, municipality, other_municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    locale_ids("uk", "fa")  # platform locales this municipality does not use
    client.force_login(editor)
    html = client.get(f"/admin/localize/submit/page/{page.pk}/").content.decode()
    offered = {locale.language_code for locale in Locale.objects.all() if f'value="{locale.pk}"' in html}
    assert offered == {"en", "ar"}


def test_crafted_post_for_another_language_creates_nothing(client, editor, municipality, other_municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    client.force_login(editor)
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": locale_ids("uk")})
    assert response.status_code == 200  # the form comes back with an error
    assert page.get_translations().count() == 0


def test_editor_translates_into_own_languages(client, editor, municipality):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    client.force_login(editor)
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": locale_ids("en", "ar")})
    assert response.status_code == 302
    assert sorted(page.get_translations().values_list("locale__language_code", flat=True)) == ["ar", "en"]


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """Speaks LibreTranslate's /translate at the HTTP boundary; 'translates' by tagging the text."""

    received = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.received.append(body)
        payload = json.dumps({"translatedText": [f"[{body['target']}] {text}" for text in body["q"]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate():
    server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_machine_translator_is_chosen_by_environment():
    assert machine_translator({}) is None
    assert machine_translator({"DEEPL_API_KEY": "k:fx"})["CLASS"].endswith("DeepLTranslator")
    libre = machine_translator({"LIBRETRANSLATE_URL": "http://mt.local/"})
    assert libre["CLASS"].endswith("LibreTranslator") and libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://mt.local"


def test_machine_translation_through_libretranslate(client, editor, other_editor, municipality, libretranslate):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))
    translation.save_target(publish=False)
    url = f"/admin/localize/translate/{translation.pk}/machine_translate/"
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator({"LIBRETRANSLATE_URL": libretranslate})):
        client.force_login(other_editor)
        assert_refused(client.post(url))
        assert not FakeLibreTranslate.received
        client.force_login(editor)
        assert client.post(url).status_code == 302
    machine = StringTranslation.objects.filter(locale__language_code="en", translation_type="machine")
    assert "[en] Melden Sie sich an." in set(machine.values_list("data", flat=True))
    assert FakeLibreTranslate.received[0]["source"] == "de"
