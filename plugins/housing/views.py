"""Public views of a HousingIndexPage: listing, detail, photos, landlord form, private manage page.

Every view is reached through Wagtail's page serving, so the plugin gate (404 where housing is
off) and the language check run before any of this code.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db.models import F, Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from integreat_wagtail.core.files import atomic_with_files, save_file
from integreat_wagtail.moderation import services
from integreat_wagtail.core.rate_limits import rate_limited
from integreat_wagtail.moderation.uploads import CONTENT_TYPES, sanitised_image

from .forms import HousingFilterForm, HousingOfferForm
from .models import HousingOffer, HousingOfferTranslation, HousingPhoto, HousingSettings

logger = logging.getLogger(__name__)

PRIVATE_HEADERS = {"Referrer-Policy": "no-referrer", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex"}


def _private(response):
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response


def public_offers(municipality, language_code):
    """Live offers with everything a list needs in a constant number of queries."""
    return (
        HousingOffer.objects.live()
        .filter(municipality=municipality)
        .annotate(warm_rent=F("cold_rent") + F("additional_costs"))
        .select_related("municipality")
        .prefetch_related(
            Prefetch("translations", queryset=HousingOfferTranslation.objects.filter(language_code=language_code),
                     to_attr="current_translations"),
            Prefetch("photos", queryset=HousingPhoto.objects.order_by("sort_order", "pk")),
        )
    )


def _render(page, request, template, status=200, **context):
    response = page.render(request, template=template, context_overrides={
        "housing_settings": HousingSettings.for_municipality(page.municipality), **context})
    response.status_code = status
    return response


def message(page, request, title, text, status):
    return _render(page, request, "housing/message.html", status=status, title=title, text=text)


def listing(page, request):
    form = HousingFilterForm(request.GET)
    language = translation.get_language()
    if not form.is_valid():
        return _render(page, request, "housing/index.html", status=400, form=form, offers=[], invalid=True)
    paginator = Paginator(form.filter(public_offers(page.municipality, language)), page.per_page)
    try:
        current = paginator.page(form.cleaned_data.get("page") or 1)
    except EmptyPage as error:
        raise Http404 from error
    query = request.GET.copy()
    query.pop("page", None)
    offers = [(offer, offer.text_for(language)) for offer in current.object_list]
    return _render(page, request, "housing/index.html", form=form, offers=offers, page_obj=current,
                   paginator=paginator, query=query.urlencode())


def detail(page, request, offer_id):
    language = translation.get_language()
    offer = public_offers(page.municipality, language).filter(pk=offer_id).first()
    if offer is None:
        raise Http404
    text = offer.text_for(language if request.GET.get("original") != "1" else offer.language_code)
    return _render(page, request, "housing/detail.html", offer=offer, text=text,
                   contact=offer.public_contact(), photos=list(offer.photos.all()))


def photo_response(photo):
    """Stream a photo from the private storage; the caller has checked who may see it."""
    try:
        file = photo.image.storage.open(photo.image.name, "rb")
    except FileNotFoundError as error:
        logger.warning("File of housing photo %s is missing", photo.pk)
        raise Http404 from error
    return FileResponse(file, content_type=CONTENT_TYPES.get(photo.image.name.rsplit(".", 1)[-1].lower()))


def photo(page, request, photo_id):
    """A photo of a live offer of this page's municipality; any other photo does not exist here."""
    found = HousingPhoto.objects.filter(pk=photo_id, offer__in=page.offers()).select_related("offer").first()
    if found is None:
        raise Http404
    max_age = getattr(settings, "PUBLIC_PAGE_MAX_AGE", 300)
    if found.offer.expires_at:  # caches must not keep it past the offer's end
        max_age = max(0, min(max_age, int((found.offer.expires_at - timezone.now()).total_seconds())))
    response = photo_response(found)
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def _save_photos(offer, uploads, start=0):
    """Store re-encoded copies; inside atomic_with_files, so a failed transaction removes them."""
    for index, (upload, alt_text) in enumerate(uploads, start=start):
        photo = HousingPhoto(offer=offer, alt_text=alt_text, sort_order=index)
        copy = sanitised_image(upload, prefix="flat")
        save_file(photo.image, copy.name, copy)
        photo.save()


def submit(page, request):
    language = translation.get_language()
    if request.method == "POST":
        if rate_limited(request, "housing-submit"):
            return message(page, request, _("Too many submissions"),
                           _("You sent several offers in a short time. Please try again in an hour."), 429)
        offer = HousingOffer(municipality=page.municipality, language_code=language, submitter_language=language)
        form = HousingOfferForm(request.POST, request.FILES, instance=offer)
        if form.is_bot():
            logger.warning("Housing form honeypot filled on %s", page.municipality.slug)
            return message(page, request, _("Not sent"), _("Your offer could not be accepted."), 400)
        if form.is_valid():
            try:
                with atomic_with_files():
                    offer = form.save(commit=False)
                    services.submit(offer, language_code=language)
                    _save_photos(offer, form.new_photos())
            except (ValidationError, OSError) as error:
                logger.warning("Housing submission refused: %s", error)
                form.add_error(None, _("Your offer could not be saved. Please check your entries."))
            else:
                return redirect(page.get_url(request) + page.reverse_subpage("submit") + "?sent=1")
        else:
            logger.info("Housing form invalid: %s", ", ".join(form.errors))
        return _render(page, request, "housing/submit.html", status=400, form=form)
    if request.GET.get("sent") == "1":
        return message(page, request, _("Thank you!"),
                       _("We received your offer. We sent you an e-mail with a private link to change or withdraw "
                         "it. The offer is published after a moderator has checked it."), 200)
    return _render(page, request, "housing/submit.html", form=HousingOfferForm())


def _landlord_offer(page, offer_id, token):
    """The offer the e-mailed token opens; anything else is a 404 (and logged)."""
    offer = HousingOffer.objects.filter(municipality=page.municipality, pk=offer_id).select_related(
        "municipality").first()
    if offer is None or not offer.check_token(token):
        logger.warning("Invalid housing edit link for offer %s on %s", offer_id, page.municipality.slug)
        raise Http404
    return offer


def manage(page, request, offer_id, token):
    """The landlord's private page: change, withdraw or renew, authorised by the e-mailed token."""
    offer = _landlord_offer(page, offer_id, token)
    return _private(_manage(page, request, offer, token))


def manage_photo(page, request, offer_id, token, photo_id):
    """The landlord sees their own photos in every state; the token is the permission."""
    offer = _landlord_offer(page, offer_id, token)
    return _private(photo_response(get_object_or_404(HousingPhoto, offer=offer, pk=photo_id)))


def _manage(page, request, offer, token):
    action = request.POST.get("action") if request.method == "POST" else None
    here = request.path
    photos = list(offer.photos.order_by("sort_order", "pk"))
    form = None
    try:
        if action == "withdraw":
            services.withdraw(offer)
            return redirect(here + "?done=withdrawn")
        if action == "renew":
            services.renew(offer)
            return redirect(here + "?done=renewed")
    except ValidationError as error:
        return message(page, request, _("Not possible"), " ".join(error.messages), 409)
    if offer.is_editable_by_submitter:
        if action == "save":
            form = HousingOfferForm(request.POST, request.FILES, instance=offer, existing_photos=photos)
            if form.is_valid():
                try:
                    with atomic_with_files():
                        offer = form.save()
                        for removed in form.photos_to_remove():
                            removed.delete()  # its file goes after commit (models.delete_photo_file)
                        _save_photos(offer, form.new_photos(), start=len(photos))
                        services.resubmit(offer)
                except (ValidationError, OSError) as error:
                    logger.warning("Housing edit refused: %s", error)
                    form.add_error(None, _("Your changes could not be saved."))
                else:
                    return redirect(here + "?done=saved")
        else:
            form = HousingOfferForm(instance=offer, existing_photos=photos)
    status = 400 if form is not None and form.is_bound and form.errors else 200
    base = page.url
    photo_urls = [(photo, base + page.reverse_subpage(
        "manage_photo", kwargs={"offer_id": offer.pk, "token": token, "photo_id": photo.pk})) for photo in photos]
    return _render(page, request, "housing/manage.html", status=status, offer=offer, form=form, photos=photo_urls,
                   done=request.GET.get("done"))
