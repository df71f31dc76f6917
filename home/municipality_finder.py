"""The landing page's search: a municipality by any of its names, in any of its languages' scripts,
with typos forgiven; and the matching municipalities that do not publish in the reader's language."""

from integreat_wagtail.core import search_text


def _matches(query, municipality, titles):
    if query.isdigit():
        return any(code.startswith(query) for code in municipality.postal_code_list())
    names = [municipality.name, *titles]
    folded = search_text.fold(query)
    if any(folded in search_text.fold(name) for name in names):
        return True
    wanted = search_text.terms(query, stemmed=False)
    words = [word for name in names for word in search_text.terms(name, stemmed=False)]
    return bool(wanted) and all(search_text.best_match(term, words) for term in wanted)


def find_municipalities(pages, language_code, query=""):
    """From the live municipality pages of every language: this language's pages that match, and
    [{"municipality", "offered": [{"language", "page"}]}] for matches without a page in it."""
    by_municipality = {}
    for page in pages:
        by_municipality.setdefault(page.municipality_id, []).append(page)
    here, elsewhere = [], []
    for municipality_pages in by_municipality.values():
        municipality = municipality_pages[0].municipality
        if query and not _matches(query, municipality, [page.title for page in municipality_pages]):
            continue
        by_language = {page.locale.language_code: page for page in municipality_pages}
        if language_code in by_language:
            here.append(by_language[language_code])
        else:
            offered = [
                {"language": language, "page": by_language[language.code]}
                for language in municipality.languages
                if language.code in by_language
            ]
            elsewhere.append({"municipality": municipality, "offered": offered})
    here.sort(key=lambda page: search_text.fold(page.title))
    elsewhere.sort(key=lambda entry: search_text.fold(entry["municipality"].name))
    return here, elsewhere

