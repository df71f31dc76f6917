"""Platform templates: a tree the platform keeps for new municipalities to start from, never shown to
readers, and onboarding from it (create_municipality --from and the admin form) with every
translation in its state, all or nothing."""

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from home.models import ContentPage
from integreat_wagtail.municipalities.forms import MunicipalityForm
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.sharing.forms import ShareForm
from integreat_wagtail.translations.states import municipality_translation_states
from integreat_wagtail.translations.tests.helpers import one_page_per_state, publish_change
from tests.factories import assert_refused, make_municipality, make_user, root_page

EXPECTED_ARABIC = {
    "Fehlt": "missing", "Entwurf": "in_translation", "Maschine": "machine", "Aktuell": "up_to_date", "Veraltet": "outdated",
}


@pytest.fixture
def template(db):
    """A platform template whose Arabic topic pages are in every translation state (English: none)."""
    template = make_municipality("Vorlage Österreich", "vorlage-at", ["de", "ar", "en"], is_template=True)
    one_page_per_state(template)
    return template


def create(*args):
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("create_municipality", *args)


def topic_states(municipality, code):
    """{title: state in `code`} of the municipality's topic pages (its home page left out)."""
    return {row.source["title"]: row.states[code] for row in municipality_translation_states(municipality) if row.source["depth"] > 3}


def test_readers_the_api_the_sitemap_and_search_never_see_a_template(client, template):
    for url in ("/de/vorlage-at/", "/de/vorlage-at/aktuell/", "/ar/vorlage-at/aktuell/",
                "/api/v3/vorlage-at/de/pages/", "/api/v3/vorlage-at/de/search/?q=Aktuell", "/api/v3/regions/vorlage-at/",
                "/api/municipalities/vorlage-at/", "/sitemap-vorlage-at.xml"):
        assert client.get(url, follow=True).status_code == 404, url
    assert client.get("/vorlage-at/", follow=True).status_code == 404
    assert "vorlage-at" not in client.get("/api/v3/regions/").content.decode()
    assert "vorlage-at" not in client.get("/api/municipalities/").content.decode()
    assert "vorlage-at" not in client.get("/sitemap.xml").content.decode()
    assert "Vorlage Österreich" not in client.get("/de/", {"q": "Vorlage"}).content.decode()
    # The same tree of an ordinary municipality is public: the flag alone hides it.
    Municipality.objects.filter(pk=template.pk).update(is_template=False)
    assert client.get("/de/vorlage-at/aktuell/").status_code == 200
    assert "vorlage-at" in client.get("/api/v3/regions/").content.decode()
    assert "Vorlage Österreich" in client.get("/de/", {"q": "Vorlage"}).content.decode()


def test_a_platform_admin_previews_the_template_in_the_admin(client, template):
    client.force_login(make_user("platform", superuser=True))
    page = ContentPage.objects.descendant_of(root_page(template)).get(slug="aktuell")
    assert client.get(f"/admin/pages/{page.pk}/edit/preview/").status_code == 200


def test_onboarding_from_a_template_copies_translations_with_their_states(client, template):
    create("--platform-template", "--name", "Vorlage Klein", "--slug", "vorlage-klein", "--languages", "de")
    assert Municipality.objects.get(slug="vorlage-klein").is_template
    create("--name", "Markt Almdorf", "--slug", "almdorf", "--languages", "de,ar,uk", "--from", "vorlage-at")
    town = Municipality.objects.get(slug="almdorf")
    assert not town.is_template
    assert topic_states(template, "ar") == EXPECTED_ARABIC
    assert topic_states(town, "ar") == EXPECTED_ARABIC
    assert set(topic_states(town, "uk").values()) == {"missing"}  # the template has no Ukrainian
    # wagtail-localize links them: one source per page, a translation record per language.
    german = ContentPage.objects.descendant_of(root_page(town)).get(slug="maschine")
    arabic = Page.objects.get(translation_key=german.translation_key, locale__language_code="ar")
    assert arabic.get_parent().pk == root_page(town, "ar").pk
    assert Translation.objects.filter(source__object_id=german.translation_key, target_locale=arabic.locale).exists()
    machine = StringTranslation.objects.filter(context__object_id=german.translation_key, locale=arabic.locale)
    assert machine.exists() and {row.translation_type for row in machine} == {"machine"}

    # The copies' states live on: the town changes its German page, its Arabic becomes outdated.
    current = ContentPage.objects.descendant_of(root_page(town)).get(slug="aktuell")
    publish_change(current, intro="Neu in Almdorf.")
    assert topic_states(town, "ar")["Aktuell"] == "outdated"
    assert topic_states(template, "ar")["Aktuell"] == "up_to_date"

    # The town's translation dashboard shows them.
    client.force_login(make_user("almdorf-editor", municipality=town))
    counts = client.get(f"/admin/translations/status/{town.pk}/").context["counts"]
    arabic_counts = next({choice.value: count for choice, count in entry["states"]} for entry in counts if entry["language"].code == "ar")
    # The five topic pages plus the home page (translated at onboarding).
    assert arabic_counts == {"missing": 1, "in_translation": 1, "outdated": 2, "machine": 1, "up_to_date": 1}


def test_the_admin_form_offers_templates_first_and_onboards_from_one(client, template, django_capture_on_commit_callbacks):
    other = make_municipality("Stadt Birke", "birke", ["de"])
    client.force_login(make_user("platform", superuser=True))
    form = client.get("/admin/municipalities/new/").content.decode()
    assert form.index("Plattform-Vorlage: Vorlage Österreich") < form.index(">Stadt Birke<")  # the admin speaks German
    data = {
        "name": "Almdorf", "slug": "almdorf", "kind": "city", "language_codes": ["de", "ar"], "default_language": "de",
        "time_zone": "Europe/Vienna", "template": "vorlage-at",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/municipalities/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    town = Municipality.objects.get(slug="almdorf")
    assert topic_states(town, "ar") == EXPECTED_ARABIC and not town.is_template
    assert not ContentPage.objects.descendant_of(root_page(other)).exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "vorlage-de"], "There is no municipality “vorlage-de” to start from"),
        (["--from", "vorlage-at", "--default-language", "uk"], "no pages in Українська"),
    ],
)
def test_bad_template_input_is_refused_and_nothing_is_created(template, arguments, message):
    pages, translations = Page.objects.count(), Translation.objects.count()
    with pytest.raises(CommandError, match=message):
        create("--name", "Almdorf", "--slug", "almdorf", "--languages", "uk,de", *arguments)
    assert not Municipality.objects.filter(slug="almdorf").exists()
    assert (Page.objects.count(), Translation.objects.count()) == (pages, translations)


def test_only_platform_admins_make_a_template(client, template):
    """A municipality's admins cannot hide their municipality as a template, nor see another's settings."""
    town = make_municipality("Stadt Birke", "birke", ["de"])
    other = make_municipality("Stadt Eiche", "eiche", ["de"])
    admin = make_user("birke-admin", municipality=town, role="admins")
    assert MunicipalityForm(instance=town, user=admin).fields["is_template"].disabled
    assert not MunicipalityForm(instance=town, user=make_user("platform", superuser=True)).fields["is_template"].disabled
    client.force_login(admin)
    data = {"name": "Stadt Birke", "kind": "city", "language_codes": ["de"], "default_language": "de",
            "time_zone": "Europe/Berlin", "is_template": "on"}
    assert client.post(f"/admin/municipalities/edit/{town.pk}/", data).status_code == 302
    assert not Municipality.objects.get(pk=town.pk).is_template
    assert_refused(client.post(f"/admin/municipalities/edit/{other.pk}/", data))
    assert not Municipality.objects.get(pk=other.pk).is_template and Municipality.objects.get(pk=other.pk).name == "Stadt Eiche"


def test_a_template_is_no_audience_to_share_with(template):
    town, neighbour = make_municipality("Stadt Birke", "birke", ["de"]), make_municipality("Stadt Eiche", "eiche", ["de"])
    assert list(ShareForm(municipality=town).fields["recipients"].queryset) == [neighbour]
