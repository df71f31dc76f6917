"""Translation status dashboard: one municipality's pages × languages in the five states, with CSV export.

Visible to the municipality's staff (any role) and to platform admins, who choose the municipality.
Everything comes from `states.municipality_translation_states`, so the page costs a fixed number
of queries however large the tree.
"""

import csv
from collections import Counter

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from integreat_wagtail import languages
from integreat_wagtail.core.csv_export import csv_cell
from integreat_wagtail.core.params import parse_id
from integreat_wagtail.core.scoping import user_municipality_ids
from integreat_wagtail.municipalities.models import Municipality

from .states import TranslationState, municipality_translation_states

def visible_municipalities(user):
    """Municipalities whose translation status the user may see: where they hold any role; all for platform admins."""
    if user.is_superuser:
        return Municipality.objects.order_by("name")
    return Municipality.objects.filter(pk__in=user_municipality_ids(user)).order_by("name")


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or bool(user_municipality_ids(request.user))


def menu_item():
    return TranslationStatusMenuItem(
        gettext_lazy("Translations"), reverse("translation_status_index"), icon_name="globe", order=50
    )


class TranslationStatusIndexView(WagtailAdminTemplateMixin, TemplateView):
    """Straight to the user's only municipality; a chooser for platform admins and staff of several."""

    page_title = gettext_lazy("Translation status")
    header_icon = "globe"
    template_name = "translations/status_index.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        municipalities = list(visible_municipalities(request.user))
        if not municipalities:
            raise PermissionDenied
        chosen = parse_id(request.GET.get("municipality", ""))
        if chosen is not None:  # the chooser on the status page; that view checks the permission
            return redirect("translation_status", municipality_id=chosen)
        if len(municipalities) == 1:
            return redirect("translation_status", municipality_id=municipalities[0].pk)
        return self.render_to_response(self.get_context_data(municipalities=municipalities))


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Translation status")
    header_icon = "globe"
    template_name = "translations/status.html"

    def dispatch(self, request, municipality_id):
        # Refuse other municipalities before anything else, whatever the method.
        self.municipality = get_object_or_404(Municipality, pk=municipality_id)
        if not (request.user.is_superuser or self.municipality.pk in user_municipality_ids(request.user)):
            # A plain 403: the admin would turn PermissionDenied into a redirect to the dashboard.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, municipality_id)

    def get_page_subtitle(self):
        return self.municipality.name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("translation_status_index"), "label": self.page_title},
            {"url": "", "label": self.municipality.name},
        ]

    def get(self, request, municipality_id):
        rows = municipality_translation_states(self.municipality)
        targets = [code for code in self.municipality.language_codes if code != self.municipality.default_language]
        state = request.GET.get("state", "")
        language = request.GET.get("language", "")
        if state not in TranslationState.values:
            state = ""
        if language not in targets:
            language = ""
        columns = [language] if language else targets
        shown = [row for row in rows if not state or any(row.states.get(code) == state for code in columns)]
        if request.GET.get("format") == "csv":
            return self.csv_response(shown, columns)
        counts = {code: Counter(row.states[code] for row in rows) for code in targets}
        choices = list(visible_municipalities(request.user))
        context = self.get_context_data(
            rows=[self.row_context(row, columns) for row in shown],
            columns=[languages.get(code) for code in columns],
            targets=[languages.get(code) for code in targets],
            source_language=languages.get(self.municipality.default_language),
            states=TranslationState,
            counts=[
                {"language": languages.get(code), "states": [(choice, counts[code][choice.value]) for choice in TranslationState]}
                for code in targets
            ],
            outdated=[
                {"row": self.row_context(row, [code]), "language": languages.get(code)}
                for row in rows
                for code in targets
                if row.states[code] == TranslationState.OUTDATED
            ],
            selected_state=state,
            selected_language=language,
            municipalities=choices if len(choices) > 1 else None,
        )
        return self.render_to_response(context)

    @staticmethod
    def row_context(row, columns):
        cells = []
        for code in columns:
            translation_id = row.translation_ids.get(code)
            cells.append({
                "state": TranslationState(row.states[code]),
                "edit_url": reverse("wagtailadmin_pages:edit", args=[translation_id]) if translation_id else "",
            })
        return {
            "title": row.source["title"],
            "depth": row.source["depth"],
            "edit_url": reverse("wagtailadmin_pages:edit", args=[row.source["id"]]),
            "cells": cells,
        }

    def csv_response(self, rows, columns):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"translation-status-{slugify(self.municipality.slug)}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.writer(response)
        writer.writerow([_("Page"), _("Page ID"), *columns])
        for row in rows:
            writer.writerow(
                [csv_cell(row.source["title"]), row.source["id"], *(csv_cell(str(TranslationState(row.states[code]).label)) for code in columns)]
            )
        return response
