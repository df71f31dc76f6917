"""Machine translation per language pair through fake DeepL and LibreTranslate servers, translation
memory before the service, and each municipality's monthly budget."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail_localize.models import StringTranslation, Translation

from integreat_wagtail.settings.base import machine_translator
from integreat_wagtail.translations.budget import budget_of, this_month
from integreat_wagtail.translations.machine import DeepLService
from integreat_wagtail.translations.models import MachineTranslationUsage
from tests.factories import add_content_page, assert_refused, make_municipality, make_user, root_page

from .fake_services import FakeDeepL, FakeLibreTranslate, serve
from .helpers import locale, sync_source, translate_strings

MACHINE = StringTranslation.TRANSLATION_TYPE_MACHINE
MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL


@pytest.fixture(autouse=True)
def english_admin(settings):
    settings.LANGUAGE_CODE = "en"  # the messages below are asserted in English


@pytest.fixture
def services():
    """Both fake services, configured the way the settings build them from the environment."""
    cache.clear()  # the services' language lists
    with serve(FakeDeepL) as (deepl_url, deepl), serve(FakeLibreTranslate) as (libre_url, libre):
        config = machine_translator({"DEEPL_API_KEY": FakeDeepL.auth_key, "LIBRETRANSLATE_URL": libre_url + "/"})
        config["OPTIONS"]["SERVICES"][0]["OPTIONS"]["API_URL"] = deepl_url + "/v2"
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
            yield deepl, libre
    cache.clear()


def start_translation(page, code):
    translation = Translation.objects.create(source=sync_source(page), target_locale=locale(code))
    translation.save_target(publish=False)
    return translation


def machine_translate(client, translation):
    url = f"/admin/localize/translate/{translation.pk}/machine_translate/"
    return client.post(url, {"next": "/admin/"}, follow=True)


def strings(code, **filters):
    return dict(StringTranslation.objects.filter(locale__language_code=code, **filters).values_list("data", "translation_type"))


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_deepl_endpoint_follows_the_key():
    assert DeepLService({"AUTH_KEY": "abc:fx"}).get_base_url() == "https://api-free.deepl.com/v2"
    assert DeepLService({"AUTH_KEY": "abc"}).get_base_url() == "https://api.deepl.com/v2"


def test_deepl_translates_the_pairs_it_offers(client, editor, municipality, services):
    deepl, libre = services
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    client.force_login(editor)
    machine_translate(client, start_translation(page, "en"))
    assert strings("en")["[EN] Melden Sie sich an."] == MACHINE
    assert deepl.received[0]["source_lang"] == ["DE"] and "Melden Sie sich an." in deepl.received[0]["text"]
    assert StringTranslation.objects.filter(locale__language_code="en").values_list("tool_name", flat=True).distinct().get() == "DeepL"
    assert not libre.received


def test_libretranslate_takes_the_pairs_deepl_lacks_and_others_are_not_available(client, db, services):
    deepl, libre = services
    town = make_municipality("Cedernfeld", "cedernfeld", ["de", "ti", "prs"])
    editor = make_user("cedernfeld-editor", municipality=town)
    page = add_content_page(root_page(town), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    client.force_login(editor)

    machine_translate(client, start_translation(page, "ti"))
    assert strings("ti")["[ti] Melden Sie sich an."] == MACHINE
    assert libre.received[0]["source"] == "de" and libre.received[0]["target"] == "ti"
    assert not deepl.received

    response = machine_translate(client, start_translation(page, "prs"))
    assert "Machine translation from Deutsch into دری is not available." in messages_of(response)
    assert not strings("prs") and len(libre.received) == 1 and not deepl.received


def test_translation_memory_is_used_before_the_service(client, editor, municipality, other_municipality, services):
    deepl, _libre = services
    # Translated before, by a person, in another municipality.
    earlier = add_content_page(root_page(other_municipality), title="Sprachkurse", slug="sprachkurse", intro="Melden Sie sich an.")
    translate_strings(earlier, "en")
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    client.force_login(editor)

    response = machine_translate(client, start_translation(page, "en"))

    sent = [text for request in deepl.received for text in request["text"]]
    assert sent == ["Anmeldung"]  # only what the memory lacked reached DeepL
    mine = strings("en", context__object_id=page.translation_key)
    assert mine == {"[en] Melden Sie sich an.": MANUAL, "[EN] Anmeldung": MACHINE}
    assert "1 text was taken from the translation memory." in messages_of(response)


def test_reused_machine_translation_stays_flagged(client, editor, municipality, other_municipality, services):
    deepl, _libre = services
    earlier = add_content_page(root_page(other_municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    translate_strings(earlier, "en", translation_type=MACHINE)
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    client.force_login(editor)
    machine_translate(client, start_translation(page, "en"))
    assert not deepl.received
    assert set(strings("en", context__object_id=page.translation_key).values()) == {MACHINE}


def test_exhausted_budget_refuses_before_calling_the_service(client, editor, municipality, services):
    deepl, _libre = services
    municipality.machine_translation_budget = 20
    municipality.save()
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    client.force_login(editor)

    response = machine_translate(client, start_translation(page, "en"))

    assert not deepl.received and not strings("en")
    assert any("budget for this month is used up: 0 of 20 characters used" in text for text in messages_of(response))
    assert budget_of(municipality).used == 0


def test_usage_is_counted_per_municipality_against_the_platform_default(client, editor, municipality, other_municipality, services):
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    client.force_login(editor)
    with override_settings(MT_MONTHLY_CHARACTER_BUDGET=100):
        machine_translate(client, start_translation(page, "en"))
        second = add_content_page(root_page(municipality), title="Kurse", slug="kurse", intro="x" * 80)
        response = machine_translate(client, start_translation(second, "en"))
    assert budget_of(municipality).used == len("Anmeldung") + len("Melden Sie sich an.")
    assert not MachineTranslationUsage.objects.filter(municipality=other_municipality).exists()
    assert any("28 of 100 characters used, this page needs 85 more" in text for text in messages_of(response))


def test_failed_service_call_gives_the_characters_back(client, editor, municipality, services):
    deepl, _libre = services
    deepl.fail = True
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    client.force_login(editor)
    response = machine_translate(client, start_translation(page, "en"))
    assert response.status_code == 200 and len(deepl.received) == 1
    assert "DeepL did not answer; nothing was machine-translated. Please try again later." in messages_of(response)
    assert budget_of(municipality).used == 0 and not strings("en")


def test_other_municipality_cannot_machine_translate(client, other_editor, municipality, services):
    deepl, _libre = services
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung")
    client.force_login(other_editor)
    assert_refused(client.post(f"/admin/localize/translate/{start_translation(page, 'en').pk}/machine_translate/"))
    assert not deepl.received and not MachineTranslationUsage.objects.exists()


def test_budget_is_shown_to_the_municipality_admins_only(client, editor, municipality_admin, municipality, other_municipality):
    municipality.machine_translation_budget = 5000
    municipality.save()
    MachineTranslationUsage.objects.create(municipality=municipality, month=this_month(), characters=1234)
    other_admin = make_user("birkenau-admin", municipality=other_municipality, role="admins")
    url = f"/admin/translations/status/{municipality.pk}/"

    client.force_login(municipality_admin)
    assert "1234 of 5000 characters used; 3766 left." in client.get(url).content.decode()
    client.force_login(editor)
    assert "characters used" not in client.get(url).content.decode()
    client.force_login(other_admin)
    assert client.get(url).status_code == 403
    own = client.get(f"/admin/translations/status/{other_municipality.pk}/").content.decode()
    assert "0 characters used; no budget limit." in own and "1234" not in own


def test_only_platform_admins_set_a_budget(municipality_admin, platform_admin, municipality):
    from integreat_wagtail.municipalities.forms import MunicipalityForm

    assert MunicipalityForm(instance=municipality, user=municipality_admin).fields["machine_translation_budget"].disabled
    assert not MunicipalityForm(instance=municipality, user=platform_admin).fields["machine_translation_budget"].disabled


def test_editor_offers_machine_translation_only_for_pairs_a_service_offers(client, db, services):
    town = make_municipality("Cedernfeld", "cedernfeld", ["de", "ti", "prs"])
    editor = make_user("cedernfeld-editor", municipality=town)
    page = add_content_page(root_page(town), title="Anmeldung", slug="anmeldung")
    client.force_login(editor)
    for code, offered in (("ti", True), ("prs", False)):
        translation = start_translation(page, code)
        html = client.get(f"/admin/pages/{translation.get_target_instance().pk}/edit/").content.decode()
        assert (f"/admin/localize/translate/{translation.pk}/machine_translate/" in html) is offered, code


def test_sync_with_machine_translation_uses_memory_and_budget(client, moderator, municipality, other_municipality, services):
    deepl, _libre = services
    earlier = add_content_page(root_page(other_municipality), title="Sprachkurse", slug="sprachkurse", intro="Melden Sie sich an.")
    translate_strings(earlier, "en")
    page = add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")
    translation = start_translation(page, "en")
    client.force_login(moderator)
    url = f"/admin/localize/update/{translation.source.pk}/"
    assert client.post(url, {"use_machine_translation": "on"}).status_code == 302
    assert [text for request in deepl.received for text in request["text"]] == ["Anmeldung"]
    assert strings("en", context__object_id=page.translation_key) == {"[en] Melden Sie sich an.": MANUAL, "[EN] Anmeldung": MACHINE}
    assert budget_of(municipality).used == len("Anmeldung")
