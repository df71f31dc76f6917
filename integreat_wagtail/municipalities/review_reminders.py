"""Pages due for review: live pages whose "last reviewed on" is older than their municipality's review interval.

Readers trust a page because someone checked it recently (the date is shown on it); after the
municipality's `review_interval_days` it should be checked again. The list feeds a dashboard panel
for the municipality's staff and the weekly mail to its editors (`manage.py review_reminders`).
Only pages of the default language are listed: translations take the date from their source
(wagtail-localize synchronises date fields), and editors review the source.
"""

import datetime

from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override
from wagtail.admin.ui.components import Component
from wagtail.models import get_page_models
from wagtail.users.models import UserProfile

from integreat_wagtail.core.scoping import user_municipality_ids

from .models import Municipality

PANEL_LIMIT = 10


def reviewed_page_models():
    """Concrete page models that carry a `last_reviewed_on` field (core, site and plugin pages alike)."""
    return [
        model for model in get_page_models()
        if not model._meta.proxy and any(field.name == "last_reviewed_on" for field in model._meta.get_fields())
    ]


def overdue_pages(municipality, today=None):
    """Live pages of the default language last reviewed before the interval, oldest review first."""
    root = municipality.pages.filter(locale__language_code=municipality.default_language).first()
    if root is None:
        return []
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=municipality.review_interval_days)
    pages = {}
    for model in reviewed_page_models():
        queryset = model.objects.filter(
            path__startswith=root.path, locale_id=root.locale_id, live=True, last_reviewed_on__lt=cutoff
        )
        for page in queryset.only("id", "title", "path", "depth", "last_reviewed_on"):
            pages.setdefault(page.pk, page)
    return sorted(pages.values(), key=lambda page: (page.last_reviewed_on, page.path))


class ReviewRemindersPanel(Component):
    """Dashboard: pages due for review in each of the user's municipalities (never another's)."""

    name = "review_reminders"
    order = 95
    template_name = "municipalities/review_reminders_panel.html"

    def __init__(self, rows):
        self.rows = rows

    @classmethod
    def for_user(cls, user):
        rows = []
        for municipality in Municipality.objects.filter(pk__in=user_municipality_ids(user)).order_by("name"):
            pages = overdue_pages(municipality)
            if pages:
                rows.append({"municipality": municipality, "pages": pages[:PANEL_LIMIT], "count": len(pages)})
        return cls(rows) if rows else None

    def get_context_data(self, parent_context):
        return {"rows": self.rows}


def add_review_reminders_panel(request, panels):
    """`construct_homepage_panels`."""
    panel = ReviewRemindersPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)


def editors_to_remind(municipality):
    group = municipality.editors_group
    if group is None:
        return []
    return list(group.user_set.filter(is_active=True).exclude(email="").order_by("username"))


def reminder_mail(municipality, pages, user, base_url):
    """(subject, body) in the editor's admin language."""
    language = UserProfile.get_for_user(user).get_preferred_language()
    with override(language):
        subject = ngettext(
            "%(municipality)s: %(count)d page is due for review",
            "%(municipality)s: %(count)d pages are due for review",
            len(pages),
        ) % {"municipality": municipality.name, "count": len(pages)}
        lines = [
            _("These pages were last reviewed more than %(days)d days ago. Please check that they are still "
              "correct and update “last reviewed on”.") % {"days": municipality.review_interval_days},
            "",
        ]
        for page in pages:
            url = base_url.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])
            lines.append(_("%(title)s (last reviewed on %(date)s): %(url)s") % {
                "title": page.title, "date": page.last_reviewed_on.isoformat(), "url": url,
            })
    return subject, "\n".join(lines) + "\n"


def send_review_reminders(municipality, base_url, dry_run=False):
    """Mail each active editor of the municipality its pages due for review; returns (pages, editors) counted."""
    pages = overdue_pages(municipality)
    editors = editors_to_remind(municipality) if pages else []
    if not dry_run:
        for user in editors:
            subject, body = reminder_mail(municipality, pages, user, base_url)
            send_mail(subject, body, None, [user.email])
    return len(pages), len(editors)
