"""The dashboard's page count for municipality staff.

Wagtail counts every page below the user's explorable root; a municipality's pages hang below
per-language platform pages, so that root is the tree root and the count would be the whole
platform's. Staff see the number of their own municipalities' pages instead.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Page

from integreat_wagtail.core.scoping import user_municipality_ids

from .pages import get_municipality_page_model


class MunicipalityPagesSummaryItem(PagesSummaryItem):
    def get_context_data(self, parent_context):
        user = self.request.user
        ids = user_municipality_ids(user)
        if user.is_superuser or not ids:
            return super().get_context_data(parent_context)
        roots = list(
            get_municipality_page_model().objects.filter(municipality_id__in=ids).select_related("municipality", "locale")
        )
        count = Page.objects.filter(reduce(or_, (Q(path__startswith=root.path) for root in roots))).count()
        home = next((root for root in roots if root.locale.language_code == root.municipality.default_language), roots[0])
        return {"root_page": home, "total_pages": count, "site_name": home.municipality.name}


def scope_page_summary(request, items):
    items[:] = [MunicipalityPagesSummaryItem(request) if type(item) is PagesSummaryItem else item for item in items]
