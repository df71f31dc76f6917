from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils import translation
from wagtail import hooks

from .admin_api import register_visible_media_endpoints


@hooks.register("before_serve_page")
def serve_only_in_own_language(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the default-language tree; the URL's language must be the page's."""
    if page.locale.language_code != translation.get_language():
        raise Http404


@hooks.register("insert_global_admin_js")
def content_fields_follow_their_text_direction():
    return format_html('<script src="{}"></script>', static("core/content-direction.js"))


hooks.register("construct_admin_api", register_visible_media_endpoints, order=1)
