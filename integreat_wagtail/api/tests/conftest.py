"""Demo-like content for the API tests: pages in two languages, news, a draft, a private page."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from home.models import NewsIndexPage, NewsPage
from tests.factories import add_content_page, make_municipality, root_page


def translate(page, code, **changes):
    """Publish a translation of a published page into `code` (its parent must be translated)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    for field, value in changes.items():
        setattr(translation, field, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


def body(*paragraphs):
    return [("heading", "Overview")] + [("paragraph", f"<p>{text}</p>") for text in paragraphs]


def add_news(parent, title, text, days_ago=0, channel=""):
    item = NewsPage(
        title=title, text=f"<p>{text}</p>", channel=channel, locale=parent.locale,
        date=timezone.now() - datetime.timedelta(days=days_ago),
    )
    parent.add_child(instance=item)
    item.save_revision().publish()
    return item


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    """Aachtal (de, en, ar) with a small tree, news and an imprint; Birkenau next door."""
    aachtal = make_municipality(
        "Aachtal", "aachtal", ["de", "en", "ar"], imprint="<p>Stadt Aachtal, Marktplatz 1</p>",
        latitude=50.1, longitude=8.6, postal_codes="12345 12346",
    )
    birkenau = make_municipality("Birkenau", "birkenau", ["de", "en", "uk"])
    de_root = root_page(aachtal, "de")
    en_root = root_page(aachtal, "en")
    en_root.save_revision().publish()
    ar_root = root_page(aachtal, "ar")
    if ar_root.live:
        ar_root.unpublish()  # Arabic is offered but not published yet
    root_page(birkenau, "en").save_revision().publish()
    arrival = add_content_page(de_root, title="Ankommen", slug="ankommen", icon="arrival", intro="Erste Schritte.", body=body("Willkommen in Aachtal."))
    registration = add_content_page(arrival, title="Anmeldung", slug="anmeldung", body=body("Melden Sie sich im Bürgerbüro an."))
    bank = add_content_page(arrival, title="Bankkonto", slug="bankkonto", body=body("Ein Konto eröffnen."))
    health = add_content_page(de_root, title="Gesundheit", slug="gesundheit", body=body("Ärzte und Krankenhäuser."))
    draft = add_content_page(de_root, title="Entwurf", slug="entwurf")
    draft.unpublish()
    hidden_child = add_content_page(draft, title="Unter Entwurf", slug="unter-entwurf")
    private = add_content_page(de_root, title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    add_content_page(private, title="Intern Kind", slug="intern-kind")
    # Published "Gesundheit", then an unpublished edit: the API must keep showing the published one.
    health.title = "SECRET DRAFT TITLE"
    health.save_revision()
    arrival_en = translate(arrival, "en", title="Arrival", slug="arrival")
    registration_en = translate(registration, "en", title="Registration", slug="registration")
    news_index = NewsIndexPage(title="Neuigkeiten", slug="neuigkeiten", locale=de_root.locale)
    de_root.add_child(instance=news_index)
    news_index.save_revision().publish()
    old_news = add_news(news_index, "Stadtfest", "Am Samstag ist Stadtfest.", days_ago=3, channel="events")
    new_news = add_news(news_index, "Neue Öffnungszeiten", "Das Bürgerbüro öffnet früher.", days_ago=1)
    news_index_en = translate(news_index, "en", title="News", slug="news")
    new_news_en = translate(new_news, "en", title="New opening hours", text="<p>The citizens' office opens earlier.</p>")
    other = add_content_page(root_page(birkenau, "de"), title="Birkenau intern", slug="ankommen")
    return {
        "aachtal": aachtal, "birkenau": birkenau, "de_root": de_root, "en_root": en_root, "arrival": arrival,
        "registration": registration, "bank": bank, "health": health, "draft": draft,
        "hidden_child": hidden_child, "private": private, "arrival_en": arrival_en,
        "registration_en": registration_en, "news_index": news_index, "old_news": old_news,
        "new_news": new_news, "new_news_en": new_news_en, "news_index_en": news_index_en, "other": other,
    }
