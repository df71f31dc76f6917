"""Every wagtail-localize view works only inside the user's municipality, and publishes only with
the right to publish there."""

from urllib.parse import urlencode

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.translation import gettext, override
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from integreat_wagtail.locations.models import Location
from tests.factories import ContentPageFactory, add_content_page, assert_refused, root_page

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def in_admin_language(text):
    """What the (German) admin shows for a UI string."""
    with override("de"):
        return gettext(text)


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def translate(instance, code):
    """A draft translation of `instance` (as wagtail-localize's submit view makes it) and its Translation."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale(code))
    translation.save_target(publish=not isinstance(instance, DraftStateMixin))
    return translation


def draft_page(parent, **kwargs):
    """A page that was never published."""
    page = ContentPageFactory.build(locale=parent.locale, live=False, **kwargs)
    parent.add_child(instance=page)
    page.save_revision()
    return page


def admin_patterns(resolver=None, prefix=""):
    """(route, pattern) for every URL pattern of the project, read from the resolver."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from admin_patterns(entry, route)
        elif isinstance(entry, URLPattern):
            yield route, entry


def test_every_localize_url_pattern_has_a_guard():
    """A view that a wagtail-localize upgrade adds fails here until it gets a guard (it is refused meanwhile)."""
    from integreat_wagtail.translations.guards import GUARDS

    localize = [(route, pattern) for route, pattern in admin_patterns() if route.startswith("admin/localize/")]
    print("\nwagtail-localize URL pattern → guard")
    for route, pattern in localize:
        guard = getattr(pattern.callback, "integreat_guard", None)
        print(f"  /{route}  ({pattern.name}) → {getattr(guard, '__qualname__', guard)}")
    assert len(localize) >= 16
    unguarded = [route for route, pattern in localize if pattern.name not in GUARDS]
    assert unguarded == []
    assert all(getattr(pattern.callback, "integreat_guard", None) is GUARDS[pattern.name] for _, pattern in localize)
    assert set(GUARDS) == {pattern.name for _, pattern in localize}  # no entry for a view that is gone


def test_a_view_without_a_guard_is_refused(rf, editor):
    """What an upgrade of wagtail-localize would add stays closed until it gets an entry in GUARDS."""
    from django.core.exceptions import PermissionDenied
    from django.http import HttpResponse
    from django.urls import include, path

    from integreat_wagtail.translations.guards import guard_localize_urls

    def new_upstream_view(request):
        return HttpResponse("open to everyone")

    urls = ([path("new/", new_upstream_view, name="new_upstream_view")], "wagtail_localize")
    patterns = guard_localize_urls([path("localize/", include(urls, namespace="wagtail_localize"))])
    request = rf.get("/admin/localize/new/", **XHR)
    request.user = editor
    with pytest.raises(PermissionDenied):
        patterns[0].url_patterns[0].callback(request)


@pytest.fixture
def aachtal_page(municipality):
    return add_content_page(root_page(municipality), title="Anmeldung", slug="anmeldung", intro="Melden Sie sich an.")


@pytest.fixture
def aachtal_location(municipality):
    return Location.objects.create(municipality=municipality, name="Rathaus Aachtal", locale=locale("de"))


def test_submit_of_a_foreign_page_creates_and_publishes_nothing(client, other_editor, aachtal_page, django_capture_on_commit_callbacks):
    client.force_login(other_editor)
    url = reverse("wagtail_localize:submit_page_translation", args=[aachtal_page.pk])
    assert_refused(client.get(url))
    with django_capture_on_commit_callbacks(execute=True):
        assert_refused(client.post(url, {"locales": [locale("en").pk]}))
    assert aachtal_page.get_translations().count() == 0
    assert not Translation.objects.filter(source__object_id=aachtal_page.translation_key).exists()


def test_submit_of_a_foreign_snippet_creates_nothing(client, editor, other_editor, aachtal_location):
    client.force_login(other_editor)
    url = reverse("wagtail_localize:submit_snippet_translation", args=["locations", "location", aachtal_location.pk])
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"locales": [locale("en").pk]}))
    assert Location.objects.filter(translation_key=aachtal_location.translation_key).count() == 1
    client.force_login(editor)  # the location's own municipality translates it
    assert client.post(url, {"locales": [locale("en").pk]}).status_code == 302
    assert aachtal_location.get_translation(locale("en")).municipality_id == aachtal_location.municipality_id


def test_editor_submitting_a_translation_gets_a_draft(client, editor, aachtal_page, django_capture_on_commit_callbacks):
    client.force_login(editor)
    url = reverse("wagtail_localize:submit_page_translation", args=[aachtal_page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"locales": [locale("en").pk]}).status_code == 302
    english = aachtal_page.get_translation(locale("en"))
    assert not english.live and english.live_revision is None


def test_sync_of_a_foreign_source_is_refused(client, other_editor, aachtal_page, django_capture_on_commit_callbacks):
    translation = translate(aachtal_page, "en")
    aachtal_page.intro = "Neuer Text."
    aachtal_page.save_revision().publish()
    client.force_login(other_editor)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert_refused(client.get(url))
    with django_capture_on_commit_callbacks(execute=True):
        assert_refused(client.post(url, {"publish_translations": "on"}))
    english = translation.get_target_instance()
    assert not english.live
    assert "Neuer Text." not in translation.source.content_json


def test_sync_of_a_never_published_source_publishes_nothing(client, editor, moderator, municipality, django_capture_on_commit_callbacks):
    page = draft_page(root_page(municipality), title="Entwurf", slug="entwurf", intro="Noch nicht freigegeben.")
    translation = translate(page, "en")
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    for user in (editor, moderator):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"publish_translations": "on"})
        assert response.status_code == 200  # the form again, with the reason
        assert in_admin_language(
            "The original has not been published yet. Translations are updated from its published version only."
        ) in response.content.decode()
    assert not Page.objects.get(pk=translation.get_target_instance().pk).live


def test_editor_without_publish_right_cannot_publish_by_sync(client, editor, aachtal_page, django_capture_on_commit_callbacks):
    translation = translate(aachtal_page, "en")
    client.force_login(editor)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    html = client.get(url).content.decode()
    assert 'type="checkbox" name="publish_translations"' not in html
    assert in_admin_language("Only people who may publish every one of these translations can publish them here.") in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 200
    assert in_admin_language("You may not publish these translations.") in response.content.decode()
    assert not translation.get_target_instance().live
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {}).status_code == 302  # a sync without publishing is the editor's to make
    assert not translation.get_target_instance().live


def test_sync_publishes_the_live_version_never_a_newer_draft(client, moderator, aachtal_page, django_capture_on_commit_callbacks):
    translation = translate(aachtal_page, "en")
    aachtal_page.intro = "Veröffentlichter Text."
    aachtal_page.save_revision().publish()
    aachtal_page.intro = "Ungeprüfter Entwurf."
    aachtal_page.save_revision()
    client.force_login(moderator)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"publish_translations": "on"}).status_code == 302
    english = Page.objects.get(pk=translation.get_target_instance().pk).specific
    assert english.live
    assert english.intro == "Veröffentlichter Text."
    translation.source.refresh_from_db()
    assert "Ungeprüfter Entwurf." not in translation.source.content_json


def test_translations_report_lists_only_own_municipality(client, editor, platform_admin, aachtal_page, other_municipality):
    foreign = add_content_page(root_page(other_municipality), title="Geheimsache Birkenau", slug="geheim")
    translate(aachtal_page, "en")
    translate(foreign, "en")
    client.force_login(editor)
    for name in ("translations_report", "translations_report_results"):
        html = client.get(reverse(f"wagtail_localize:{name}")).content.decode()
        assert "Anmeldung" in html and "Geheimsache Birkenau" not in html
    client.force_login(platform_admin)
    html = client.get(reverse("wagtail_localize:translations_report")).content.decode()
    assert "Anmeldung" in html and "Geheimsache Birkenau" in html


def test_translation_editor_of_a_foreign_translation_is_refused(client, other_editor, aachtal_page):
    translation = translate(aachtal_page, "en")
    target = translation.get_target_instance()
    segment = StringSegment.objects.filter(source=translation.source).first()
    client.force_login(other_editor)
    assert_refused(client.get(f"/admin/pages/{target.pk}/edit/"))
    assert_refused(client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"}))
    string_url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    put = client.put(string_url, urlencode({"value": "Hacked"}), content_type="application/x-www-form-urlencoded", **XHR)
    assert put.status_code == 403
    assert client.delete(string_url, **XHR).status_code == 403
    for name, method in [
        ("download_pofile", "get"),
        ("upload_pofile", "post"),
        ("machine_translate", "post"),
        ("preview_translation", "get"),
        ("stop_translation", "post"),
    ]:
        assert_refused(getattr(client, method)(reverse(f"wagtail_localize:{name}", args=[translation.pk])))
    for name, method in [("translation_download_xliff", "get"), ("translation_upload_xliff", "post")]:
        assert_refused(getattr(client, method)(reverse(name, args=[translation.pk])))
    assert_refused(client.post(reverse("wagtail_localize:convert_to_alias", args=[target.pk])))
    translation.refresh_from_db()
    assert translation.enabled
    assert not StringTranslation.objects.filter(data="Hacked").exists()
    assert Page.objects.get(pk=target.pk).alias_of_id is None and not Page.objects.get(pk=target.pk).live


def test_translation_editor_endpoints_work_for_own_snippet(client, editor, other_editor, aachtal_location):
    translation = translate(aachtal_location, "en")
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    body = urlencode({"value": "Town hall"})
    client.force_login(other_editor)
    assert client.put(url, body, content_type="application/x-www-form-urlencoded", **XHR).status_code == 403
    client.force_login(editor)
    assert client.put(url, body, content_type="application/x-www-form-urlencoded", **XHR).status_code == 201
    assert StringTranslation.objects.filter(data="Town hall").exists()


def test_snippet_api_lists_only_own_snippets(client, editor, aachtal_location, other_municipality):
    foreign = Location.objects.create(municipality=other_municipality, name="Rathaus Birkenau", locale=locale("de"))
    client.force_login(editor)
    listing = client.get(reverse("wagtail_localize:snippets_api_listing", args=["locations", "location"]))
    names = [item["title"] for item in listing.json()]
    assert names == ["Rathaus Aachtal"]
    detail = reverse("wagtail_localize:snippets_api_detail", args=["locations", "location", foreign.pk])
    assert client.get(detail).status_code == 404


def test_translation_editor_knows_each_language_direction(client, editor, aachtal_page):
    translation = translate(aachtal_page, "ar")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{translation.get_target_instance().pk}/edit/").content.decode()
    assert 'data-source-lang="de" data-source-dir="ltr"' in html
    assert 'data-target-lang="ar" data-target-dir="rtl"' in html
    assert "integreat_translations/translation-directions.js" in html


def test_translating_never_translates_what_another_municipality_owns(client, db, other_municipality, monkeypatch):
    """wagtail-localize translates the snippets a page refers to (where the reference is a translated
    field); a crafted reference to a foreign location must not make the editor translate that location."""
    from plugins.events.models import EventPage
    from plugins.events.tests.helpers import make_event, make_index
    from tests.factories import make_municipality, make_user

    monkeypatch.setattr(EventPage, "override_translatable_fields", [])  # events keep their location synchronised

    town = make_municipality("Aachtal", "aachtal", ["de", "en"], plugins=["events"])
    foreign = Location.objects.create(municipality=other_municipality, name="Rathaus Birkenau", locale=locale("de"))
    event = make_event(make_index(town), title="Sprachcafé", location=foreign)
    client.force_login(make_user("aachtal-editor", municipality=town))
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=[event.pk]), {"locales": [locale("en").pk]})
    assert response.status_code == 403
    assert "Rathaus Birkenau" in response.content.decode()
    assert Location.objects.filter(translation_key=foreign.translation_key).count() == 1
    assert event.get_translations().count() == 0


def test_editor_cannot_publish_by_converting_a_translation_to_an_alias(client, editor, moderator, aachtal_page):
    translation = translate(aachtal_page, "en")
    target = translation.get_target_instance()
    url = reverse("wagtail_localize:convert_to_alias", args=[target.pk])
    client.force_login(editor)
    assert_refused(client.get(url))
    assert_refused(client.post(url))
    target = Page.objects.get(pk=target.pk)
    assert target.alias_of_id is None and not target.live
    client.force_login(moderator)
    assert client.post(url).status_code == 302
    assert Page.objects.get(pk=target.pk).alias_of_id == aachtal_page.pk
