"""A URLconf holding only the API, set as `request.urlconf` on API responses.

LocaleMiddleware redirects any 404 outside i18n_patterns to /<lang>/… when that path resolves, and
Wagtail's catch-all page route always does; API errors must stay JSON 404s, so API responses tell
the middleware that this request's URLconf has no language-prefixed patterns.
"""

from django.urls import include, path

urlpatterns = [path("api/", include("integreat_wagtail.api.urls"))]
