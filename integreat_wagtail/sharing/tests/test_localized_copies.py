"""Mirrors and copies are wagtail-localize translations in the target, in the states their source's
translations have: the target's translation dashboard tells the truth about them."""

from wagtail.models import Page
from wagtail_localize.models import Translation

from integreat_wagtail.sharing import services
from integreat_wagtail.sharing.models import Reuse
from integreat_wagtail.translations.states import municipality_translation_states
from tests.factories import publish_change, root_page


def topic_states(municipality, code):
    return {row.source["title"]: row.states[code] for row in municipality_translation_states(municipality) if row.source["depth"] > 3}


def test_a_copy_keeps_its_sources_translation_states_and_the_dashboard_shows_them(client, county, town, town_editor, shared, arrival):
    publish_change(arrival, intro="Neue Schritte im Kreis.")  # its English and Arabic are now outdated at the county
    expected = {"en": {"Ankommen": "outdated", "Anmeldung": "up_to_date"}, "ar": {"Ankommen": "outdated", "Anmeldung": "missing"}}
    assert {code: topic_states(county, code) for code in ("en", "ar")} == expected
    reuse, copy = services.take(arrival, root_page(town), Reuse.Kind.COPY)
    assert {code: topic_states(town, code) for code in ("en", "ar")} == expected
    assert set(topic_states(town, "uk").values()) == {"missing"}
    english = Page.objects.get(translation_key=copy.translation_key, locale__language_code="en")
    assert Translation.objects.filter(source__object_id=copy.translation_key, target_locale=english.locale).exists()

    client.force_login(town_editor)
    response = client.get(f"/admin/translations/status/{town.pk}/", {"language": "en"})
    states = {row["title"]: row["cells"][0]["state"] for row in response.context["rows"] if row["title"] in ("Ankommen", "Anmeldung")}
    assert states == {"Ankommen": "outdated", "Anmeldung": "up_to_date"}
    assert {entry["row"]["title"] for entry in response.context["outdated"]} == {"Ankommen"}


def test_a_mirrors_translation_states_follow_the_source(county, town, shared, arrival):
    services.take(arrival, root_page(town), Reuse.Kind.MIRROR)
    assert topic_states(town, "en") == {"Ankommen": "up_to_date", "Anmeldung": "up_to_date"}
    publish_change(arrival, intro="Neue Schritte im Kreis.")
    assert topic_states(town, "en")["Ankommen"] == "outdated"
    english = Page.objects.get(translation_key=arrival.translation_key, locale__language_code="en")
    publish_change(english, intro="New steps in the county.")  # the county's translator catches up
    assert topic_states(county, "en")["Ankommen"] == "up_to_date"
    assert topic_states(town, "en")["Ankommen"] == "up_to_date"
