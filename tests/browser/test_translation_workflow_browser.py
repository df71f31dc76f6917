"""The translation workflow in a real browser, as new users meet it: an editor translates a page
into Arabic in wagtail-localize's editor and submits it for review; the moderator approves it; the
German original changes; the Arabic reader is told the original is newer and the status dashboard
says "outdated". Screenshots of the dashboard and the Arabic translation editor (desktop and
320 px) go to var/screenshots/."""

import pytest
from django.utils.translation import get_language_info, gettext, override
from wagtail.models import Locale, Page, WorkflowState

from integreat_wagtail.translations.states import TranslationState
from tests.browser.fixtures import admin_login, screenshot
from tests.factories import add_content_page, make_municipality, make_user, root_page

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
NARROW = {"width": 320, "height": 720}
ARABIC = {"Sprachcafé": "مقهى اللغة", "Jeden Dienstag um 18 Uhr im Rathaus.": "كل ثلاثاء الساعة 18 في البلدية."}


# Every table fits, or its container scrolls sideways (the admin's layout clips what overflows).
NOT_CUT_OFF = """[...document.querySelectorAll('.translation-status table')].every(table =>
    table.getBoundingClientRect().right <= window.innerWidth || getComputedStyle(table.parentElement).overflowX === 'auto')"""

NOT_CUT_OFF_EDITOR = """[...document.querySelectorAll('.js-translation-editor, #integreat-translation-files')].every(element =>
    element.getBoundingClientRect().right <= window.innerWidth)"""


def in_german(text):
    with override("de"):
        return gettext(text)


@pytest.fixture
def town(live_db):
    town = make_municipality("Aachtal", "aachtal", ["de", "ar"])
    make_user("aachtal-editor", municipality=town, role="editors")
    make_user("aachtal-moderator", municipality=town, role="moderators")
    return town


def narrow_tab(context, url):
    """`url` loaded at 320 px, as a phone opens it (resizing a loaded admin page animates its sidebar)."""
    tab = context.new_page()
    tab.set_viewport_size(NARROW)
    tab.goto(url)
    return tab


def translate_in_editor(tab):
    """Every source text of the translation editor gets its Arabic translation, saved one by one."""
    for source_text, arabic in ARABIC.items():
        source = tab.locator(".js-translation-editor li > p", has_text=source_text).first
        source.wait_for()
        segment = source.locator("xpath=..")
        segment.get_by_role("button", name=in_german("Translate")).click()
        segment.locator("textarea").fill(arabic)
        segment.get_by_role("button", name=in_german("Save")).click()
        segment.locator(":scope > div p", has_text=arabic).wait_for()


def test_translate_submit_approve_then_outdated(town, browser, live_server):
    # The contact's role (Settings tab) stays untranslated: nothing hidden may block publishing.
    german = add_content_page(
        root_page(town), title="Sprachcafé", slug="sprachcafe", intro="Jeden Dienstag um 18 Uhr im Rathaus.", body=[],
        contact_role="Integrationsbüro",
    )
    editor_context = browser.new_context(viewport=DESKTOP, locale="de-DE")
    moderator_context = browser.new_context(viewport=DESKTOP, locale="de-DE")
    try:
        # The editor asks for an Arabic translation from the German page …
        editor = admin_login(editor_context, live_server.url, "aachtal-editor")
        editor.goto(f"{live_server.url}/admin/localize/submit/page/{german.pk}/")
        editor.get_by_label("العربية").check()
        editor.locator("form [type=submit]").last.click()
        editor.wait_for_url("**/admin/pages/*/edit/")
        arabic = Page.objects.get(translation_key=german.translation_key, locale=Locale.objects.get(language_code="ar"))
        assert not arabic.live  # a draft: translating never publishes the German text

        # … translates every text in the editor, right-to-left, and submits it for review.
        translate_in_editor(editor)
        field = editor.locator(".js-translation-editor textarea").first
        assert editor.locator('[lang="ar"]', has_text=ARABIC["Sprachcafé"]).first.evaluate(
            "element => getComputedStyle(element).direction"
        ) == "rtl"
        assert field.count() == 0  # every text saved
        editor.locator("#integreat-translation-files").scroll_into_view_if_needed()
        screenshot(editor, "admin-translation-editor-ar-files")
        editor.locator(".js-translation-editor").first.evaluate("element => element.scrollIntoView({block: 'start'})")
        screenshot(editor, "admin-translation-editor-ar")
        phone = narrow_tab(editor_context, editor.url)
        phone.locator(".js-translation-editor li > p", has_text="Sprachcafé").first.wait_for()
        screenshot(phone, "admin-translation-editor-ar-320")
        assert phone.evaluate(NOT_CUT_OFF_EDITOR), "the translation editor is wider than the phone"
        phone.close()
        editor.locator("#integreat-submit-for-review button").click()
        editor.wait_for_load_state()
        state = WorkflowState.objects.get(status=WorkflowState.STATUS_IN_PROGRESS)
        assert state.content_object.pk == arabic.pk
        assert state.workflow == town.workflow

        # The moderator approves it from the dashboard: the Arabic page is live, in Arabic.
        moderator = admin_login(moderator_context, live_server.url, "aachtal-moderator")
        row = moderator.locator("#awaiting-review-section tr", has_text=ARABIC["Sprachcafé"])
        row.locator(".actions-container [data-w-dropdown-target='toggle']").click()
        with moderator.expect_navigation():
            row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])").click()
        arabic = Page.objects.get(pk=arabic.pk).specific
        assert arabic.live and arabic.intro == ARABIC["Jeden Dienstag um 18 Uhr im Rathaus."]

        # The German original changes and is published; the moderator is told what became outdated.
        moderator.goto(f"{live_server.url}/admin/pages/{german.pk}/edit/")
        moderator.fill("#id_intro", "Jeden Dienstag um 19 Uhr in der Bibliothek.")
        moderator.locator("footer [data-w-dropdown-target='toggle']").first.click()
        moderator.locator('button[name="action-publish"]').click()
        moderator.wait_for_load_state()
        with override("de"):
            told = gettext("The translations into %(languages)s are now outdated.") % {
                "languages": get_language_info("ar")["name_translated"]
            }
        assert told in moderator.locator(".messages").inner_text()

        # The Arabic reader sees that the original is newer, with a link to it.
        reader = moderator_context.new_page()
        reader.goto(f"{live_server.url}/ar/aachtal/sprachcafe/")
        note = reader.locator('[data-translation-state="outdated"]')
        assert note.is_visible()
        assert note.locator("a").get_attribute("href") == "/de/aachtal/sprachcafe/"

        # The dashboard says "outdated" for Arabic.
        moderator.goto(f"{live_server.url}/admin/translations/status/")
        row = moderator.locator(".translation-status__matrix tbody tr", has_text="Sprachcafé")
        assert row.locator("[data-state]").get_attribute("data-state") == TranslationState.OUTDATED
        assert moderator.locator(".translation-status__outdated li", has_text="Sprachcafé").is_visible()
        screenshot(moderator, "admin-translation-status-outdated")
        phone = narrow_tab(moderator_context, moderator.url)
        screenshot(phone, "admin-translation-status-outdated-320")
        assert phone.evaluate(NOT_CUT_OFF), "a table is wider than the phone and cannot be scrolled"
    finally:
        editor_context.close()
        moderator_context.close()
