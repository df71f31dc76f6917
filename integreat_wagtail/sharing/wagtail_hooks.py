"""The sharing area in Wagtail's admin: its URLs, menu item, the page's "Share" button and the mirror lock."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from integreat_wagtail.core.admin_sections import MunicipalitySectionMenuItem
from integreat_wagtail.municipalities import roles
from integreat_wagtail.municipalities.pages import get_content_page_model

from . import urls
from .access import may_share
from .models import Reuse
from .services import active_mirror


@hooks.register("register_admin_urls")
def register_sharing_urls():
    return [path("sharing/", include(urls, namespace="sharing"))]



@hooks.register("register_admin_menu_item")
def register_sharing_menu_item():
    return MunicipalitySectionMenuItem(
        gettext_lazy("Shared pages"), reverse("sharing:home"), name="sharing", icon_name="resubmit", order=155,
        roles=roles.CONTENT_ROLES,
    )


@hooks.register("register_page_header_buttons")
def share_button(page, user, view_name=None, next_url=None):
    """Only for the page's own municipality's content staff, on topic pages that are their own."""
    if isinstance(page.specific, get_content_page_model()) and may_share(user, page) and active_mirror(page) is None:
        yield ListingButton(_("Share with other municipalities"), reverse("sharing:share", args=[page.pk]), priority=64, icon_name="resubmit")


@hooks.register("before_edit_page")
def mirrors_are_edited_at_their_source(request, page):
    """A mirror shows its source's content: editing it here would be overwritten at the next publish.
    Once the source stopped sharing or was deleted, the page is the municipality's own to adapt."""
    reuse = Reuse.objects.filter(target_translation_key=page.translation_key, kind=Reuse.Kind.MIRROR).select_related("source_municipality").first()
    if reuse is None:
        return None
    if reuse.status == Reuse.Status.ACTIVE:
        messages.warning(
            request,
            _("“%(title)s” mirrors a page of %(source)s and is edited there; it changes here when they publish.")
            % {"title": page.title, "source": reuse.source_municipality},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    messages.warning(request, orphan_notice(reuse))
    return None


def orphan_notice(reuse):
    if reuse.status == Reuse.Status.UNSHARED:
        message = _("%(source)s no longer shares “%(title)s”: this page keeps its last version and is now yours to update or delete.")
    else:
        message = _("%(source)s deleted “%(title)s”: this page keeps its last version and is now yours to update or delete.")
    return message % {"source": reuse.source_municipality, "title": reuse.source_title}
