"""The impact area: a dashboard with a date range and CSV exports, and the yearly report (HTML, PDF)
with the narrative its admins write.

Every view names its municipality in the URL (or `platform/` for the platform as a whole) and
answers 403 to anyone who may not see its figures (access.py); bad dates are a message and a 400.
"""

import csv

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from integreat_wagtail import languages
from integreat_wagtail.api.pdf import html_to_pdf
from integreat_wagtail.core.admin_sections import municipality_home, section_refused
from integreat_wagtail.core.csv_export import csv_cell
from integreat_wagtail.municipalities.models import Municipality

from . import charts, figures, tables
from .access import may_view, may_write_narrative, viewable_municipalities
from .forms import EARLIEST, DateRangeForm, NarrativeForm
from .models import ImpactNarrative
from .report import narrative_for, report_context


def refused(request):
    return section_refused(request, "impact/refused.html", _("Impact"), "history")


def home(request):
    """The menu's target: platform admins start with the platform, everyone else with their municipality."""
    if request.user.is_superuser and not request.GET.get("municipality"):
        return redirect("impact:platform_dashboard")
    return municipality_home(request, "impact:dashboard", viewable_municipalities(request.user), refused)


class ScopeMixin:
    """The municipality of the URL (None: the platform), its figures' scope, and the access check."""

    def dispatch(self, request, *args, municipality_id=None, **kwargs):
        self.municipality = get_object_or_404(Municipality, pk=municipality_id) if municipality_id is not None else None
        if not may_view(request.user, self.municipality):
            return refused(request)
        self.scope = [self.municipality] if self.municipality else list(Municipality.objects.order_by("name"))
        return super().dispatch(request, *args, **kwargs)

    def scope_url(self, name, *args):
        if self.municipality is None:
            return reverse(f"impact:platform_{name}", args=args)
        return reverse(f"impact:{name}", args=[self.municipality.pk, *args])

    @property
    def scope_name(self):
        return self.municipality.name if self.municipality else _("The whole platform")


class DashboardView(ScopeMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "impact/dashboard.html"
    page_title = gettext_lazy("Impact")
    header_icon = "history"

    def get_page_subtitle(self):
        return self.scope_name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        self.form = DateRangeForm.from_query(request.GET)
        return self.render_to_response(self.get_context_data(form=self.form), status=200 if self.form.is_valid() else 400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        switcher = list(viewable_municipalities(self.request.user).order_by("name"))
        context.update(
            municipality=self.municipality, switcher=switcher if len(switcher) > 1 else None,
            platform=self.request.user.is_superuser, scope_name=self.scope_name,
            report_url=self.scope_url("report", timezone.localdate().year),
        )
        if self.form.is_valid():
            context.update(self.figures(self.form.cleaned_data["start"], self.form.cleaned_data["end"]))
        return context

    def figures(self, start, end):
        quality = figures.quality(self.scope)
        built = [builder(self.scope, start, end) for builder in tables.DATED.values()] + [tables.coverage(quality)]
        by_slug = {table.slug.replace("-", "_"): table for table in built}  # names a template can use
        query = self.request.GET.urlencode()
        for table in built:
            table.csv_url = f"{self.scope_url('csv', table.slug)}?{query}"
        series = {figures.language_name(code): values for code, values in figures.views_by_day_and_language(self.scope, start, end).items()}
        feedback = figures.feedback_summary(self.scope, start, end)
        return {
            "tables": by_slug,
            "quality": quality,
            "feedback": feedback,
            "min_count": figures.min_count(),
            "views_chart": charts.line_chart(_("Views per day and language"), figures.days_between(start, end), series),
            "top_pages_chart": charts.bar_chart(_("Most read pages"), [(row[0], row[2]) for row in by_slug["top_pages"].rows]),
            "no_results_chart": charts.bar_chart(
                _("Searched, not found"), [(row[0], row[2]) for row in by_slug["no_result_searches"].rows]
            ),
            "feedback_chart": charts.bar_chart(
                _("Feedback"), [(_("Helpful"), feedback["helpful"]), (_("Not helpful"), feedback["not_helpful"])]
            ),
            "coverage_chart": charts.bar_chart(
                _("Translation coverage"),
                [(figures.language_name(code), percent or 0) for code, _live, _total, percent, _old in quality.coverage_rows()],
            ),
        }


class CsvView(ScopeMixin, View):
    """One table of the dashboard as CSV, every cell formula-safe (core/csv_export.py)."""

    def get(self, request, *args, table, **kwargs):
        form = DateRangeForm.from_query(request.GET)
        if not form.is_valid():
            errors = " ".join(str(message) for messages_ in form.errors.values() for message in messages_)
            return HttpResponse(errors, status=400, content_type="text/plain; charset=utf-8")
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        built = tables.table(table, self.scope, start, end)
        if built is None:
            raise Http404
        name = self.municipality.slug if self.municipality else "platform"
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="impact-{name}-{table}-{start}-{end}.csv"'
        writer = csv.writer(response)
        writer.writerow([csv_cell(str(header)) for header in built.headers])
        writer.writerows([csv_cell(value) for value in row] for row in built.rows)
        return response


class ReportView(ScopeMixin, TemplateView):
    """The yearly report as a printable page; `pdf=True`: the same page laid out by WeasyPrint."""

    template_name = "impact/report.html"
    pdf = False

    def get(self, request, *args, year, **kwargs):
        if not EARLIEST.year <= year <= timezone.localdate().year:
            raise Http404
        language = languages.get(translation.get_language()) or languages.get("de")
        context = report_context(self.scope, self.municipality, year) | {
            "language": language, "scope_name": self.scope_name, "pdf": self.pdf,
            "pdf_url": self.scope_url("report_pdf", year), "dashboard_url": self.scope_url("dashboard"),
            "narrative_url": self.scope_url("narrative", year) if may_write_narrative(request.user, self.municipality) else None,
        }
        if not self.pdf:
            return TemplateResponse(request, self.template_name, context)
        html = render_to_string(self.template_name, context, request=request)
        response = HttpResponse(html_to_pdf(html, request.build_absolute_uri()), content_type="application/pdf")
        name = self.municipality.slug if self.municipality else "platform"
        response["Content-Disposition"] = f'inline; filename="impact-{name}-{year}.pdf"'
        return response


class NarrativeView(ScopeMixin, WagtailAdminTemplateMixin, TemplateView):
    """The report's own words, written by the municipality's admins (the platform's by platform admins)."""

    template_name = "impact/narrative.html"
    page_title = gettext_lazy("Impact report: our account")
    header_icon = "history"

    def dispatch(self, request, *args, **kwargs):
        year = kwargs["year"]
        if not EARLIEST.year <= year <= timezone.localdate().year:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.scope_name} {self.kwargs['year']}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def form(self, data=None):
        year = self.kwargs["year"]
        instance = narrative_for(self.municipality, year) or ImpactNarrative(municipality=self.municipality, year=year)
        return NarrativeForm(data, instance=instance)

    def get(self, request, *args, **kwargs):
        if not may_write_narrative(request.user, self.municipality):
            return refused(request)
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request, *args, year, **kwargs):
        if not may_write_narrative(request.user, self.municipality):
            return refused(request)
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        form.save()
        messages.success(request, _("The report's account is saved."))
        return redirect(self.scope_url("report", year))
