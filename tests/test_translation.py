"""Translating with wagtail-localize: only into the municipality's languages; machine translation."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from integreat_wagtail.settings.base import machine_translator
from integreat_wagtail.translations.tests.fake_services import FakeLibreTranslate, serve
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


@pytest.fixture
def libretranslate():
    cache.clear()  # the service's language list
    with serve(FakeLibreTranslate) as (url, handler):
        yield url, handler
    cache.clear()


def test_machine_translator_is_chosen_by_environment():
    assert machine_translator({}) is None
    both = machine_translator({"DEEPL_API_KEY": "k:fx", "LIBRETRANSLATE_URL": "http://mt.local/"})
    assert both["CLASS"].endswith("RoutingTranslator")
    deepl, libre = both["OPTIONS"]["SERVICES"]  # DeepL first, LibreTranslate for the pairs it lacks
    assert deepl["CLASS"].endswith("DeepLService") and deepl["OPTIONS"]["AUTH_KEY"] == "k:fx"
    assert libre["CLASS"].endswith("LibreTranslateService") and libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://mt.local"


def test_machine_translation_through_libretranslate(client, editor, other_editor, municipality, libretranslate):
    service_url, fake = libretranslate
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))
    translation.save_target(publish=False)
    url = f"/admin/localize/translate/{translation.pk}/machine_translate/"
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator({"LIBRETRANSLATE_URL": service_url})):
        client.force_login(other_editor)
        assert_refused(client.post(url))
        assert not fake.received
        client.force_login(editor)
        assert client.post(url).status_code == 302
    machine = StringTranslation.objects.filter(locale__language_code="en", translation_type="machine")
    assert "[en] Melden Sie sich an." in set(machine.values_list("data", flat=True))
    assert fake.received[0]["source"] == "de"
