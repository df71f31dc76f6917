"""The sharing area of the admin: share a page, the municipality's overview, the content library.

Every view but "share" names the acting municipality in its URL and answers 403 to anyone who is
not its content staff; pages and shares of other municipalities are reached only through a share
open to it (404 otherwise), and only to be read or taken, never edited.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from integreat_wagtail.core.admin_sections import municipality_home, section_refused
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_content_page_model, municipality_for

from . import changes, services
from .access import may_act_for, may_share, may_take, sharing_municipalities
from .forms import ShareForm, TakeForm
from .models import Reuse, Share


def refused(request):
    return section_refused(request, "sharing/refused.html", _("Shared pages"), "resubmit")


def home(request):
    """The menu's target."""
    return municipality_home(request, "sharing:overview", sharing_municipalities(request.user), refused)


class TitledMixin(WagtailAdminTemplateMixin):
    """Wagtail's header shows breadcrumbs: end them with the view's title."""

    header_icon = "resubmit"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]


class SharingViewMixin(TitledMixin):

    def dispatch(self, request, *args, **kwargs):
        self.municipality = get_object_or_404(Municipality, pk=kwargs["municipality_id"])
        if not may_act_for(request.user, self.municipality):
            return refused(request)
        self.find_objects()
        return super().dispatch(request, *args, **kwargs)

    def find_objects(self):
        """Look up the view's further objects, once the user is known to act for the municipality."""

    def get_page_subtitle(self):
        return self.municipality.name

    def get_context_data(self, **kwargs):
        return super().get_context_data(municipality=self.municipality, **kwargs)


class OverviewView(SharingViewMixin, TemplateView):
    """What we share and where it is used; what we took from others and what needs attention."""

    template_name = "sharing/overview.html"
    page_title = gettext_lazy("Shared pages")

    def get_context_data(self, **kwargs):
        shares = (
            Share.objects.filter(municipality=self.municipality)
            .select_related("page").prefetch_related("recipients", "reuses__target_municipality").order_by("page__title")
        )
        taken = list(Reuse.objects.filter(target_municipality=self.municipality).select_related("source_municipality").order_by("source_title"))
        changed = changes.changed_languages(taken)
        pages = {page.translation_key: page for page in Page.objects.filter(
            translation_key__in=[reuse.target_translation_key for reuse in taken], locale__language_code=self.municipality.default_language
        )}
        rows = [(reuse, pages.get(reuse.target_translation_key), changed.get(reuse.pk, [])) for reuse in taken]
        switcher = sharing_municipalities(self.request.user).order_by("name")
        return super().get_context_data(
            shares=shares, taken=rows, switcher=switcher if len(switcher) > 1 else None,
            share_columns=[_("Page"), _("Shared with"), _("Mirrored or copied by"), None],
            taken_columns=[_("Page"), _("From"), _("Kind"), _("Status")],
            **kwargs,
        )


class ShareView(TitledMixin, FormView):
    """Share one page of the user's own municipality, or change whom it is shared with."""

    template_name = "sharing/share.html"
    form_class = ShareForm
    page_title = gettext_lazy("Share")

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        self.municipality = municipality_for(self.page)
        if not may_share(request.user, self.page):
            return refused(request)
        if not isinstance(self.page, get_content_page_model()):
            raise Http404
        self.share = Share.objects.filter(page__translation_key=self.page.translation_key).first()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.title

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "municipality": self.municipality}

    def get_initial(self):
        if self.share is None:
            return {"audience": Share.Audience.REGION, "include_subpages": True}
        return {"audience": self.share.audience, "recipients": self.share.recipients.all(), "include_subpages": self.share.include_subpages}

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, share=self.share, municipality=self.municipality, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.share_page(self.page, data["audience"], data["recipients"], data["include_subpages"], user=self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("“%(title)s” is shared.") % {"title": self.page.title})
        return redirect("sharing:overview", self.municipality.pk)


class StopSharingView(SharingViewMixin, TemplateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        share = get_object_or_404(Share, pk=kwargs["share_id"], municipality=self.municipality)
        title = share.page.title
        services.stop_sharing(share)
        messages.success(request, _("“%(title)s” is no longer shared; its mirrors keep the last version and tell their editors.") % {"title": title})
        return redirect("sharing:overview", self.municipality.pk)


class LibraryView(SharingViewMixin, TemplateView):
    """Everything shared with the municipality: searchable, filtered by topic and language."""

    template_name = "sharing/library.html"
    page_title = gettext_lazy("Content library")

    def get_context_data(self, **kwargs):
        query = " ".join(self.request.GET.get("q", "").split())[:100]
        topic = self.request.GET.get("topic", "")
        language = self.request.GET.get("language", "")
        shares = list(Share.objects.visible_to(self.municipality).select_related("page", "municipality"))
        pages = services.shared_pages(shares)
        if query:
            pages = pages.filter(Q(title__icontains=query) | Q(intro__icontains=query))
        topics = get_content_page_model()._meta.get_field("icon").choices
        if topic in dict(topics):
            pages = pages.filter(icon=topic)
        if language:
            pages = pages.filter(translation_key__in=Page.objects.live().filter(locale__language_code=language).values("translation_key"))
        page_list = Paginator(pages.select_related("locale").order_by("path"), 25).get_page(self.request.GET.get("p"))
        versions = {}
        for key, code in Page.objects.live().filter(translation_key__in=[page.translation_key for page in page_list]).values_list(
            "translation_key", "locale__language_code"
        ):
            versions.setdefault(key, []).append(code)
        rows = [
            (page, next(share.municipality for share in shares if page.path.startswith(share.page.path)),
             sorted(versions.get(page.translation_key, [])))
            for page in page_list
        ]
        taken = set(Reuse.objects.filter(target_municipality=self.municipality).values_list("source_translation_key", flat=True))
        return super().get_context_data(
            rows=rows, page_list=page_list, query=query, topic=topic, language=language, topics=topics, taken=taken,
            languages=self.municipality.languages, kinds=Reuse.Kind.choices,
            parents=list(TakeForm(municipality=self.municipality).fields["parent"].choices), **kwargs
        )


class SharedPageMixin(SharingViewMixin):
    """Views of one page shared with the municipality (404 for any other page)."""

    def find_objects(self):
        self.page = get_object_or_404(Page, pk=self.kwargs["page_id"])
        if services.share_for(self.page, self.municipality) is None:
            raise Http404


class PreviewView(SharedPageMixin, TemplateView):
    """The shared page as its readers see it, in one language."""

    def get(self, request, *args, **kwargs):
        code = request.GET.get("language") or self.page.locale.language_code
        page = services.translations(self.page.translation_key).get(code)
        if page is None:
            raise Http404
        return page.specific.make_preview_request(original_request=request)


class TakeView(SharedPageMixin, FormView):
    """One click in the library: mirror or copy the page under a parent of the municipality's own."""

    form_class = TakeForm
    template_name = "sharing/take.html"
    page_title = gettext_lazy("Take a shared page")
    http_method_names = ["post"]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "municipality": self.municipality}

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, **kwargs)

    def form_valid(self, form):
        parent, kind = form.cleaned_data["parent"], form.cleaned_data["kind"]
        if not may_take(self.request.user, parent, kind):
            form.add_error("parent", _("Only people who may publish under this page can mirror into it: a mirror goes live at once."))
            return self.form_invalid(form)
        try:
            publish = parent.permissions_for_user(self.request.user).can_publish_subpage()
            reuse, page = services.take(self.page, parent, kind, user=self.request.user, publish=publish)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        message = _("“%(title)s” is now mirrored here.") if kind == Reuse.Kind.MIRROR else _("“%(title)s” is copied; adapt it as you like.")
        messages.success(self.request, message % {"title": page.title})
        return redirect("wagtailadmin_explore", parent.pk)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ChangesView(SharingViewMixin, TemplateView):
    """For a copy: what changed in the original since, in one language; "seen" compares with it from now on."""

    template_name = "sharing/changes.html"
    page_title = gettext_lazy("Changes of the original")

    def find_objects(self):
        self.reuse = get_object_or_404(Reuse, pk=self.kwargs["reuse_id"], target_municipality=self.municipality, kind=Reuse.Kind.COPY)
        self.code = self.request.GET.get("language") or self.municipality.default_language
        if self.code not in self.reuse.source_revisions:
            raise Http404

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            reuse=self.reuse, language=services.language_name(self.code), code=self.code,
            lines=changes.diff(self.reuse, self.code), **kwargs
        )

    def post(self, request, *args, **kwargs):
        changes.mark_compared(self.reuse, self.code)
        messages.success(request, _("Marked as seen."))
        return redirect(reverse("sharing:overview", args=[self.municipality.pk]))
