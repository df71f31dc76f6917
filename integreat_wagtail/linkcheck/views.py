"""The broken-links report of one municipality: each broken link, why, when, and the pages to fix.

The municipality is named in the URL; anyone who may not read its report gets 403, and only its own
links are listed.
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from integreat_wagtail.core.admin_sections import municipality_home, section_refused
from integreat_wagtail.municipalities.models import Municipality

from .access import may_read, report_municipalities
from .models import Link

PER_PAGE = 50


def refused(request):
    return section_refused(request, "linkcheck/refused.html", _("Broken links"), "link")


def home(request):
    """The menu's target."""
    return municipality_home(request, "linkcheck:report", report_municipalities(request.user), refused)


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "linkcheck/report.html"
    page_title = gettext_lazy("Broken links")
    header_icon = "link"

    def dispatch(self, request, *args, **kwargs):
        self.municipality = get_object_or_404(Municipality, pk=kwargs["municipality_id"])
        if not may_read(request.user, self.municipality):
            return refused(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.municipality.name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def name_targets(self, links):
        """An internal link names its page where it still exists (unpublished, say), if the page is
        the municipality's own: a crafted link to another municipality's page shows only its id."""
        own = Q()
        for path in self.municipality.pages.values_list("path", flat=True):
            own |= Q(path__startswith=path)
        ids = [link.target_id for link in links if link.kind == Link.Kind.PAGE]
        pages = Page.objects.filter(own, pk__in=ids).in_bulk() if ids else {}
        for link in links:
            link.target = pages.get(link.target_id) if link.kind == Link.Kind.PAGE else None

    def get_context_data(self, **kwargs):
        pages = Page.objects.select_related("locale").order_by("title")
        links = (
            Link.objects.filter(municipality=self.municipality, broken=True)
            .prefetch_related(Prefetch("pages", queryset=pages)).order_by("url")
        )
        paginator = Paginator(links, PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        self.name_targets(page)
        switcher = report_municipalities(self.request.user).order_by("name")
        return super().get_context_data(
            municipality=self.municipality,
            links=page,
            elided_page_range=paginator.get_elided_page_range(page.number),
            last_checked=Link.objects.filter(municipality=self.municipality).order_by("-checked_at").values_list("checked_at", flat=True).first(),
            switcher=switcher if len(switcher) > 1 else None,
            **kwargs,
        )
