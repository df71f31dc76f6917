"""The site's icons: tiny hand-drawn 24×24 stroke paths, inline in pages (the `icon` tag) and as
SVG files at /icons/<name>.svg for the apps (page thumbnails, place category markers)."""

from django.http import Http404, HttpResponse
from django.views.decorators.cache import cache_control

# No icon font, no request inside pages. "flip" ones imply a direction and
# are mirrored on right-to-left pages by CSS.
ICON_PATHS = {
    "info": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
    "arrival": '<path d="M4 20h16M6 16l-2-5 2-1 3 3 4-2-5-6 2-1 8 5 3-1a1.5 1.5 0 0 1 1 2.8L9 16z"/>',
    "office": '<path d="M3 21h18M5 21V10M19 21V10M9 21v-7h6v7M2 10l10-6 10 6z"/>',
    "house": '<path d="M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10"/>',
    "work": '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5h6v2M3 13h18"/>',
    "language": '<path d="M4 5h16v11H10l-5 4v-4H4z"/><path d="M8 9h8M8 12h5"/>',
    "health": '<path d="M12 20s-8-4.5-8-10a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.5-8 10-8 10z"/><path d="M9 11h6M12 8v6"/>',
    "school": '<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6"/>',
    "counselling": '<path d="M3 5h12v8H8l-4 3v-3H3z"/><path d="M15 9h6v8h-1v3l-4-3h-4v-2"/>',
    "leisure": '<circle cx="12" cy="12" r="9"/><path d="M12 3v18M3 12h18M5.5 5.5c4 3 9 3 13 0M5.5 18.5c4-3 9-3 13 0"/>',
    "emergency": '<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z"/>',
    "phone": '<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>',
    "globe": '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"/>',
    "back": '<path d="M15 5l-7 7 7 7"/>',
    "next": '<path d="M9 5l7 7-7 7"/>',
    "up": '<path d="M7 10l5-5 5 5"/><path d="M12 5v14"/>',
    "down": '<path d="M7 14l5 5 5-5"/><path d="M12 19V5"/>',
    "print": '<path d="M7 9V3h10v6M7 17H4v-8h16v8h-3"/><rect x="7" y="14" width="10" height="7"/>',
    "share": '<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="5.5" r="2.5"/><circle cx="18" cy="18.5" r="2.5"/><path d="M8.2 10.8l7.6-4M8.2 13.2l7.6 4"/>',
    "offline": '<path d="M3 3l18 18M8.5 16.5a5 5 0 0 1 7 0M5 13a10 10 0 0 1 5-2.7M19 13a10 10 0 0 0-2.2-1.6M2 9.5a15 15 0 0 1 4.5-2.9M22 9.5A15 15 0 0 0 11 6"/>',
    "food": '<path d="M4 9h16l-1.5 11h-13zM8 9l2-5M16 9l-2-5M9 13v4M15 13v4"/>',
    "worship": '<path d="M12 3v4M10 5h4M5 21V12l7-5 7 5v9zM10 21v-5h4v5"/>',
    "calendar": '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>',
}
FLIPPED_ICONS = {"back", "next", "arrival"}


def standalone_svg(name):
    """A complete SVG document of icon `name`, dark grey strokes on a transparent background."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48" fill="none" '
        f'stroke="#1f2937" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{ICON_PATHS[name]}</svg>'
    )


@cache_control(public=True, max_age=86400)
def icon_svg(request, name):
    """GET /icons/<name>.svg: the icon as a file, what integreat-cms serves as thumbnails and category icons."""
    if name not in ICON_PATHS:
        raise Http404
    return HttpResponse(standalone_svg(name), content_type="image/svg+xml")
