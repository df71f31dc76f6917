from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from integreat_wagtail.core import views as core_views

handler404 = "integreat_wagtail.core.views.page_not_found"
handler500 = "integreat_wagtail.core.views.server_error"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    from django.views.static import serve as serve_media

    # The demo and single-machine setups serve uploads themselves; behind S3 this is never reached.
    urlpatterns += [path("media/<path:path>", serve_media, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
urlpatterns += [path("<slug:slug>/", core_views.municipality_redirect, name="municipality_redirect")]
