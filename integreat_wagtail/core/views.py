"""Platform-level views: bare municipality URLs, the 404 page and the public site's extras."""

import json
import logging

from django.contrib.sitemaps import views as sitemap_views
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from integreat_wagtail.core.params import parse_id
from integreat_wagtail.core.rate_limits import configured_limit, rate_limited
from integreat_wagtail.feedback.forms import FeedbackForm
from integreat_wagtail.feedback.models import NoResultQuery
from integreat_wagtail.feedback.services import record_feedback
from integreat_wagtail.impact.counting import record_search
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_municipality_page_model, municipality_for

from . import search as site_search
from .sitemaps import municipality_sitemaps
from .templatetags.integreat_tags import page_translations

from . import negotiation
from .not_found import not_found_context

logger = logging.getLogger(__name__)


def front_door(request):
    """/ → the landing page in the reader's first language that some municipality publishes in, else the default."""
    code = negotiation.negotiate(request, negotiation.published_languages())
    response = HttpResponseRedirect(f"/{code}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def municipality_redirect(request, slug):
    """/<slug>/ → the reader's first language the municipality offers, else its default language."""
    municipality = Municipality.objects.public().filter(slug=slug).first()
    if municipality is None:
        raise Http404
    code = negotiation.negotiate(request, municipality.language_codes, fallback=municipality.default_language)
    page = municipality.page_for_language(code)
    if page is None or not page.live:
        raise Http404
    response = HttpResponseRedirect(page.get_url(request=request))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def page_not_found(request, exception=None):
    """In a language the reader can read, saying what exists instead and linking only to pages that do."""
    context = not_found_context(request)
    with translation.override(context["ui_language"].code):
        response = render(request, "404.html", context, status=404)
    response["Content-Language"] = context["ui_language"].bcp47
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


# --- The public site of a municipality: search, feedback, offline reading, "not translated" ---


def _municipality_page(slug):
    """The live municipality page for the URL's slug in the active language, or 404."""
    page = (
        get_municipality_page_model().objects.live()
        .select_related("municipality", "locale")
        .filter(municipality__slug=slug, locale__language_code=translation.get_language())
        .first()
    )
    if page is None:
        raise Http404
    return page


def search(request, slug):
    """/<lang>/<slug>/search/?q=…: this municipality's pages in this language; misses are counted."""
    municipality_page = _municipality_page(slug)
    query = " ".join(request.GET.get("q", "").split())[: site_search.MAX_QUERY_LENGTH]
    results = []
    if query:
        pages = site_search.search_pages(municipality_page, query)
        results = [
            {
                "page": page,
                "title": site_search.highlight(page.title, query),
                "snippet": site_search.snippet(page, query),
                "url": page.get_url(request=request),
            }
            for page in pages
        ]
        record_search(municipality_page.municipality_id, municipality_page.locale.language_code, query, bool(results))
        # Over the limit the reader still gets an answer; only the counting stops (no table flooding).
        if not results and len(query) >= 2 and not rate_limited(request, "site.search_log"):
            NoResultQuery.record(municipality_page.municipality, municipality_page.locale.language_code, query)
    context = {
        "page": municipality_page,
        "municipality_page": municipality_page,
        "query": query,
        "results": results,
        "topics": municipality_page.menu_children() if query and not results else [],
    }
    response = render(request, "home/search_results.html", context)
    if query:
        response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt  # Anonymous, stores nothing personal; a forged vote equals a real one. Keeps pages cacheable (no cookie).
@require_POST
def feedback(request, slug):
    """Plain form POST from "Was this page helpful?"; redirects back with a thank-you (works without JS)."""
    municipality_page = _municipality_page(slug)
    municipality = municipality_page.municipality
    page = None
    page_id = parse_id(request.POST.get("page", ""))
    if page_id is not None:
        page = (
            Page.objects.live()
            .public()
            .descendant_of(municipality_page, inclusive=True)
            .filter(pk=page_id, locale_id=municipality_page.locale_id)
            .first()
        )
    if page is None:
        return render(
            request, "home/feedback_result.html",
            {"page": municipality_page, "error": _("This page cannot receive feedback.")}, status=400,
        )
    form = FeedbackForm(request.POST)
    wants_json = request.headers.get("Accept", "").startswith("application/json")
    if form.is_valid():
        # Counted only when something would be stored: invalid posts store nothing and get their 400.
        if rate_limited(request, "site.feedback"):
            return _too_many_feedbacks(request, municipality_page, wants_json)
        try:
            record_feedback(
                municipality=municipality,
                language=municipality_page.locale.language_code,
                page=page,
                rating=form.cleaned_data["rating"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            form.add_error(None, error)
    if not form.is_valid():
        if wants_json:
            return JsonResponse({"ok": False, "errors": [str(e) for errors in form.errors.values() for e in errors]}, status=400)
        return render(
            request, "home/feedback_result.html",
            {"page": page.specific, "form": form, "target": page.specific}, status=400,
        )
    if wants_json:
        return JsonResponse({"ok": True, "message": str(_("Thank you! Your answer helps us improve this page."))})
    return HttpResponseRedirect(page.get_url(request=request) + "?feedback=thanks#feedback")


def _too_many_feedbacks(request, municipality_page, wants_json):
    """429 in the page's language (the URL's language is active), for the form and for fetch()."""
    message = _("You have sent a lot of feedback in a short time. Please try again later.")
    if wants_json:
        response = JsonResponse({"ok": False, "errors": [message]}, status=429)
    else:
        response = render(request, "home/feedback_result.html", {"page": municipality_page, "error": message}, status=429)
    response["Retry-After"] = str(configured_limit("site.feedback")[1])
    return response


def offline(request, slug):
    """Shown by the service worker when a page was never read on this phone and there is no connection."""
    municipality_page = _municipality_page(slug)
    return render(request, "home/offline.html", {"page": municipality_page, "topics": municipality_page.menu_children()})


def not_translated(request, slug, page_id):
    """/<lang>/<slug>/not-translated/<id>/: the page does not exist in <lang> yet; say so, offer where it does."""
    municipality_page = _municipality_page(slug)
    municipality = municipality_page.municipality
    source = Page.objects.live().public().filter(pk=page_id).select_related("locale").first()
    if source is None or municipality_for(source) != municipality:
        raise Http404
    translations = page_translations(source)
    here = translations.get(municipality_page.locale.language_code)
    if here is not None:
        return HttpResponseRedirect(here.get_url(request=request))
    available = [
        {"language": language, "title": translations[language.code].title, "url": translations[language.code].get_url(request=request)}
        for language in municipality.languages
        if language.code in translations
    ]
    return render(
        request, "home/not_translated.html",
        {"page": municipality_page, "source": source, "available": available}, status=404,
    )


def service_worker(request, slug):
    """/<lang>/<slug>/sw.js: served under the municipality's path so its scope covers exactly that site."""
    municipality_page = _municipality_page(slug)
    urls = [municipality_page.get_url(request=request)]
    urls += [topic.get_url(request=request) for topic in municipality_page.menu_children()]
    prefix = municipality_page.get_url(request=request)
    offline_url = prefix + "offline/"
    css_url, js_url = static("home/site.css"), static("integreat/site.js")
    version = f"{municipality_page.pk}-{municipality_page.last_published_at and municipality_page.last_published_at.timestamp():.0f}-{css_url}-{js_url}"
    response = render(
        request, "home/sw.js",
        {
            "precache": json.dumps([offline_url, css_url, js_url, *urls]),
            "offline_url": json.dumps(offline_url),
            "cache_name": json.dumps(f"integreat-{slug}-{municipality_page.locale.language_code}"),
            "version": json.dumps(version),
        },
        content_type="text/javascript; charset=utf-8",
    )
    response["Cache-Control"] = "no-cache"
    return response


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /django-admin/
Disallow: /*/search/
Disallow: /*/feedback/
Disallow: /*/not-translated/
Sitemap: {sitemap}
"""


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap_index"))
    return HttpResponse(ROBOTS.format(sitemap=sitemap), content_type="text/plain; charset=utf-8")


def sitemap_index(request):
    return sitemap_views.index(request, municipality_sitemaps(request), sitemap_url_name="municipality_sitemap")


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, municipality_sitemaps(request), section=section)
