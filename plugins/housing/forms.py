"""Public forms: the landlord's offer form and the listing filter (query parameters)."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from integreat_wagtail.moderation.spam import HoneypotFormMixin
from integreat_wagtail.moderation.uploads import ImageUploadField

from .models import HousingOffer

PHOTO_SLOTS = 4


class HousingOfferForm(HoneypotFormMixin, forms.ModelForm):
    """Everything a landlord enters; photos come as validated uploads with alt texts."""

    privacy_consent = forms.BooleanField(
        label=_("I agree that the municipality stores my contact data to publish this offer. It is deleted "
                "automatically after the offer ends."),
    )

    class Meta:
        model = HousingOffer
        fields = [
            "title", "description", "rooms", "living_area", "cold_rent", "additional_costs", "deposit",
            "available_from", "available_until", "furnished", "floor", "step_free", "suitable_singles",
            "suitable_families", "suitable_shared", "district", "street_address", "show_address",
            "submitter_name", "submitter_email", "submitter_phone", "contact_visibility",
        ]
        # The model's generic "name" may be translated as the name of a thing (uk: "назва").
        labels = {"submitter_name": _("Your name")}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "available_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "available_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "contact_visibility": forms.RadioSelect,
            "submitter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "submitter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "submitter_phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def __init__(self, *args, existing_photos=(), **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("rooms", "cold_rent", "additional_costs", "deposit"):
            self.fields[name].localize = True
            self.fields[name].widget = forms.TextInput(attrs={"inputmode": "decimal"})
            self.fields[name].widget.is_localized = True
        self.fields["living_area"].widget.attrs.update({"min": 5, "max": 1000})
        self.fields["floor"].widget.attrs.update({"min": -2, "max": 60})
        for name in ("submitter_name", "submitter_email"):
            self.fields[name].required = True
        self.existing_photos = list(existing_photos)
        for photo in self.existing_photos:
            self.fields[f"remove_photo_{photo.pk}"] = forms.BooleanField(
                label=_("Remove photo “%(alt)s”") % {"alt": photo.alt_text}, required=False
            )
        for slot in range(1, PHOTO_SLOTS + 1):
            self.fields[f"photo_{slot}"] = ImageUploadField(
                label=_("Photo %(number)s") % {"number": slot}, required=False,
                help_text=_("JPEG, PNG or WebP, up to 5 MB."),
            )
            self.fields[f"photo_{slot}_alt"] = forms.CharField(
                label=_("What does photo %(number)s show?") % {"number": slot}, required=False, max_length=200,
            )
        if self.instance.pk:
            del self.fields["privacy_consent"]
            self.fields["submitter_email"].disabled = True

    def photo_slots(self):
        return [(self[f"photo_{slot}"], self[f"photo_{slot}_alt"]) for slot in range(1, PHOTO_SLOTS + 1)]

    def removal_fields(self):
        return [self[f"remove_photo_{photo.pk}"] for photo in self.existing_photos]

    def clean(self):
        data = super().clean()
        kept = sum(1 for photo in self.existing_photos if not data.get(f"remove_photo_{photo.pk}"))
        new = 0
        for slot in range(1, PHOTO_SLOTS + 1):
            if data.get(f"photo_{slot}"):
                new += 1
                if not (data.get(f"photo_{slot}_alt") or "").strip():
                    self.add_error(f"photo_{slot}_alt", _("Describe what the photo shows."))
        if kept + new > PHOTO_SLOTS:
            raise forms.ValidationError(_("At most %(count)s photos, please.") % {"count": PHOTO_SLOTS})
        return data

    def new_photos(self):
        return [
            (self.cleaned_data[f"photo_{slot}"], self.cleaned_data[f"photo_{slot}_alt"].strip())
            for slot in range(1, PHOTO_SLOTS + 1)
            if self.cleaned_data.get(f"photo_{slot}")
        ]

    def photos_to_remove(self):
        return [photo for photo in self.existing_photos if self.cleaned_data.get(f"remove_photo_{photo.pk}")]


class HousingFilterForm(forms.Form):
    """The listing's query parameters. Invalid values give a 400 page with the form's messages."""

    SORTS = [
        ("newest", _("Newest first")),
        ("rent", _("Lowest rent first")),
        ("-rent", _("Highest rent first")),
        ("-area", _("Largest first")),
        ("available", _("Available soonest")),
    ]
    ORDERINGS = {
        "newest": ["-reviewed_at", "-pk"],
        "rent": ["warm_rent", "pk"],
        "-rent": ["-warm_rent", "pk"],
        "-area": ["-living_area", "pk"],
        "available": ["available_from", "pk"],
    }
    SUITABLE = [("", _("Anyone")), ("singles", _("Singles")), ("families", _("Families")), ("shared", _("Shared flat"))]

    rooms = forms.DecimalField(label=_("Rooms (at least)"), required=False, min_value=1, max_value=20,
                               decimal_places=1, localize=True,
                               widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 4}))
    max_rent = forms.DecimalField(label=_("Total rent up to"), required=False, min_value=0, max_value=Decimal("100000"),
                                  decimal_places=2, localize=True,
                                  widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}))
    min_area = forms.IntegerField(label=_("Living area from (m²)"), required=False, min_value=0, max_value=2000)
    available_from = forms.DateField(label=_("Move in by"), required=False,
                                     widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    step_free = forms.BooleanField(label=_("Step-free only"), required=False)
    suitable_for = forms.ChoiceField(label=_("Suitable for"), choices=SUITABLE, required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=10000, widget=forms.HiddenInput)

    def filter(self, queryset):
        data = self.cleaned_data
        if data.get("rooms") is not None:
            queryset = queryset.filter(rooms__gte=data["rooms"])
        if data.get("max_rent") is not None:
            queryset = queryset.filter(warm_rent__lte=data["max_rent"])
        if data.get("min_area") is not None:
            queryset = queryset.filter(living_area__gte=data["min_area"])
        if data.get("available_from"):
            queryset = queryset.filter(available_from__lte=data["available_from"])
        if data.get("step_free"):
            queryset = queryset.filter(step_free=True)
        if data.get("suitable_for"):
            queryset = queryset.filter(**{f"suitable_{data['suitable_for']}": True})
        return queryset.order_by(*self.ORDERINGS[data.get("sort") or "newest"])

    def active(self):
        return any(self.cleaned_data.get(name) not in (None, "", False) for name in
                   ("rooms", "max_rent", "min_area", "available_from", "step_free", "suitable_for"))
