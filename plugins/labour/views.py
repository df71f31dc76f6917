"""Public views of the labour section: sub-routes of LabourIndexPage, so the plugin gate, the
municipality and the page's language apply to every one of them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.cache import add_never_cache_headers

from integreat_wagtail.locations.models import localized_map
from integreat_wagtail.moderation import services as moderation
from integreat_wagtail.core.rate_limits import rate_limited

from . import api, filters
from .forms import JobOfferSubmissionForm
from .models import CounsellingService, JobOffer

PAGE_SIZE = 20


def subpage_url(page, request, name, *args):
    return page.get_url(request=request) + page.reverse_subpage(name, args=args)


def _render(page, request, template, extra, status=200):
    context = page.get_context(request)
    context.update(extra)
    context["section_urls"] = {
        "guides": page.get_url(request=request),
        "counselling": subpage_url(page, request, "counselling_listing"),
        "jobs": subpage_url(page, request, "job_listing"),
        "submit": subpage_url(page, request, "job_submit"),
    }
    return TemplateResponse(request, template, context, status=status)


def _listing(page, request, form_class, template, build):
    """Parse filters (400 with the reasons when bad), then let `build(filters)` make the items."""
    try:
        form, chosen = filters.parse(request.GET, form_class)
    except filters.FilterError as error:
        return _render(page, request, template, {"filter_form": form_class(), "filter_errors": error.messages}, 400)
    page_obj = Paginator(build(chosen), PAGE_SIZE).get_page(chosen.get("page", 1))
    return _render(
        page, request, template,
        {"filter_form": form, "filters": chosen, "page_obj": page_obj, "items": list(page_obj.object_list)},
    )


def guide_listing(page, request):
    response = _listing(
        page, request, filters.GuideFilterForm, "labour/labour_index_page.html",
        lambda chosen: api.filter_guides(page.guides(), chosen),
    )
    response.context_data["profession_choices"] = list(
        page.guides().order_by("profession").values_list("profession_key", "profession").distinct()
    )
    return response


def counselling_listing(page, request):
    municipality, language_code = page.municipality, page.locale.language_code
    response = _listing(
        page, request, filters.CounsellingFilterForm, "labour/counselling_listing.html",
        lambda chosen: api.filter_services(
            CounsellingService.objects.in_language(municipality, language_code).select_related("location", "locale"),
            chosen,
        ),
    )
    items = response.context_data.get("items")
    if items is not None:
        locations = localized_map([service.location for service in items], language_code)
        response.context_data["items"] = [(service, locations.get(service.location_id)) for service in items]
    return response


def _offer_rows(page, request, offers):
    language_code = page.locale.language_code
    base = page.get_url(request=request)
    locations = localized_map([offer.location for offer in offers], language_code)
    rows = []
    for offer in offers:
        title, description, text_language = offer.text_in(language_code)
        rows.append({
            "offer": offer,
            "title": title,
            "description": description,
            "language": text_language,
            "location": locations.get(offer.location_id),
            "url": base + page.reverse_subpage("job_detail", args=[offer.pk]),
        })
    return rows


def job_listing(page, request):
    language_code = page.locale.language_code
    response = _listing(
        page, request, filters.JobFilterForm, "labour/job_listing.html",
        lambda chosen: api.filter_offers(api.live_offers(page.municipality, language_code), chosen),
    )
    items = response.context_data.get("items")
    if items is not None:
        response.context_data["items"] = _offer_rows(page, request, items)
    return response


def job_detail(page, request, offer_id):
    language_code = page.locale.language_code
    offer = api.live_offers(page.municipality, language_code).filter(pk=offer_id).first()
    if offer is None:
        raise Http404  # unknown, another municipality's, pending, rejected or expired
    row = _offer_rows(page, request, [offer])[0]
    data = api.job_posting_jsonld(offer, language_code, request.build_absolute_uri(row["url"]), row["location"])
    return _render(page, request, "labour/job_detail.html", {**row, "jsonld": data})


def job_submit(page, request):
    response = _job_submit(page, request)
    add_never_cache_headers(response)
    return response


def _job_submit(page, request):
    municipality, language_code = page.municipality, page.locale.language_code
    form = JobOfferSubmissionForm(
        request.POST if request.method == "POST" else None, municipality=municipality, language_code=language_code
    )
    status = 200
    if request.method == "POST":
        if rate_limited(request, "labour.job_submit"):
            return _render(page, request, "labour/job_submit.html",
                           {"form": form, "rate_limited": True}, status=429)
        if form.is_valid() and not form.is_bot():
            try:
                with transaction.atomic():
                    moderation.submit(form.instance, language_code=language_code)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return _render(page, request, "labour/job_submitted.html", {"offer": form.instance})
        elif form.is_valid():
            # A bot filled the honeypot: answer as if it worked, store nothing.
            return _render(page, request, "labour/job_submitted.html", {"offer": None})
        status = 400
    return _render(page, request, "labour/job_submit.html", {"form": form}, status=status)


def job_manage(page, request, offer_id, token):
    response = _job_manage(page, request, offer_id, token)
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


def _job_manage(page, request, offer_id, token):
    """The submitter's private page (link from the e-mails): change, withdraw or renew the offer."""
    offer = JobOffer.objects.filter(pk=offer_id, municipality=page.municipality).first()
    if offer is None or not offer.check_token(token):
        raise Http404
    form = None
    status = 200
    if offer.is_editable_by_submitter:
        form = JobOfferSubmissionForm(
            request.POST if request.method == "POST" and request.POST.get("action") == "save" else None,
            instance=offer, municipality=page.municipality, language_code=offer.language,
        )
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "save" and form is not None:
                if form.is_valid() and not form.is_bot():
                    with transaction.atomic():
                        form.save()
                        moderation.resubmit(offer)
                    messages.success(request, _("Thank you. Your changes will be checked before they are published."))
                    return HttpResponseRedirect(request.path)
                status = 400
            elif action == "withdraw":
                moderation.withdraw(offer)
                messages.success(request, _("Your offer has been withdrawn."))
                return HttpResponseRedirect(request.path)
            elif action == "renew" and offer.is_renewable:
                moderation.renew(offer)
                messages.success(request, _("Your offer stays online longer."))
                return HttpResponseRedirect(request.path)
            else:
                status = 400
                messages.error(request, _("This action is not possible."))
        except ValidationError as error:
            status = 400
            for text in error.messages:
                messages.error(request, text)
        offer.refresh_from_db()
    return _render(page, request, "labour/job_manage.html", {"offer": offer, "form": form}, status=status)
