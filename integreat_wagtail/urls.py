from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from integreat_wagtail.api import v3 as api_v3
from integreat_wagtail.core import admin_urls as scoped_admin_urls
from integreat_wagtail.core import health, icons
from integreat_wagtail.core import views as core_views
from integreat_wagtail.core.admin_guards import guard_unchecked_admin_urls
from integreat_wagtail.staff.views import AcceptInvitationView
from integreat_wagtail.translations.guards import guard_localize_urls

handler404 = "integreat_wagtail.core.views.page_not_found"
handler500 = "integreat_wagtail.core.outage.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("django-admin/", admin.site.urls),
    # Public (the invited person has no password yet), so outside the admin's login requirement.
    path("admin/welcome/<uidb64>/<token>/", AcceptInvitationView.as_view(), name="staff_accept_invitation"),
    path("admin/", include(scoped_admin_urls)),  # scoped replacements, matched before Wagtail's views
    path("admin/", include(guard_unchecked_admin_urls(guard_localize_urls(wagtailadmin_urls.urlpatterns)))),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    from integreat_wagtail.core.media import serve_media

    urlpatterns += [path("media/<path:path>", serve_media)]

urlpatterns += [path("", include("integreat_wagtail.locations.urls"))]
urlpatterns += [
    path("", core_views.front_door, name="front_door"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("icons/<slug:name>.svg", icons.icon_svg, name="icon_svg"),
    path("sitemap.xml", core_views.sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", core_views.sitemap_section, name="municipality_sitemap"),
]

# The content API: Integreat v3 (/api/v3/…) for the apps and our own API with its schema and docs.
urlpatterns += [path("api/", include("integreat_wagtail.api.urls"))]
# The PDF link of the Integreat web app (integreat-cms serves it outside /api/ too).
urlpatterns += [re_path(r"^(?P<region>[-\w]+)/(?P<language>[-\w]+)/wp-json/ig-mpdf/v1/pdf/?$", api_v3.pdf, name="legacy_pdf")]

# The public site's own views per municipality and language, matched before Wagtail's page tree.
municipality_site_urls = [
    path("<slug:slug>/search/", core_views.search, name="municipality_search"),
    path("<slug:slug>/feedback/", core_views.feedback, name="municipality_feedback"),
    path("<slug:slug>/offline/", core_views.offline, name="municipality_offline"),
    path("<slug:slug>/sw.js", core_views.service_worker, name="municipality_service_worker"),
    path("<slug:slug>/not-translated/<int:page_id>/", core_views.not_translated, name="municipality_not_translated"),
]

urlpatterns += i18n_patterns(*municipality_site_urls, path("", include(wagtail_urls)), prefix_default_language=True)
urlpatterns += [path("<slug:slug>/", core_views.municipality_redirect, name="municipality_redirect")]
