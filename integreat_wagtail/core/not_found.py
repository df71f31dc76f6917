"""What a 404 page can offer instead: the municipality's languages, or the platform's, as real links."""

from integreat_wagtail import languages
from integreat_wagtail.municipalities.models import Municipality

from . import negotiation


def not_found_context(request):
    """The 404's language (one the reader reads), the language the URL asked for when it does not
    exist here, and links to the start pages that do exist (the municipality's, else the landing pages)."""
    segments = [segment for segment in request.path_info.split("/") if segment]
    url_language = segments[0] if segments and segments[0] in languages.BY_CODE else None
    slug_position = 1 if url_language else 0
    slug = segments[slug_position] if len(segments) > slug_position else ""
    municipality = Municipality.objects.public().filter(slug=slug[:60]).first() if slug else None
    published = negotiation.published_languages()
    ui = languages.get(negotiation.ui_language(request, url_language))
    if municipality is not None:
        pages = {page.locale.language_code: page for page in municipality.pages.live().select_related("locale")}
        offered = [
            {"language": language, "url": pages[language.code].get_url(request=request)}
            for language in municipality.languages
            if language.code in pages
        ]
        missing = url_language if url_language and url_language not in pages else None
    else:
        offered = [{"language": languages.get(code), "url": f"/{code}/"} for code in published]
        missing = url_language if url_language and url_language not in published else None
    landing = ui.code if ui.code in published else negotiation.negotiate(request, published)
    return {
        "ui_language": ui,
        "municipality": municipality,
        "missing_language": languages.get(missing) if missing else None,
        "offered": offered,
        "landing_url": f"/{landing}/",
    }
