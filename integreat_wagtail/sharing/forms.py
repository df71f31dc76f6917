"""The forms of the sharing views: whom to share with, and where to put a page taken from the library."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from integreat_wagtail.core.id_fields import IdMultipleChoiceField
from integreat_wagtail.municipalities.models import Municipality
from integreat_wagtail.municipalities.pages import get_content_page_model

from .models import Reuse, Share


class ShareForm(forms.Form):
    audience = forms.ChoiceField(label=_("Share with"), choices=Share.Audience.choices, widget=forms.RadioSelect)
    recipients = IdMultipleChoiceField(
        label=_("Municipalities"), queryset=Municipality.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple, help_text=_("Only for “Chosen municipalities”."),
    )
    include_subpages = forms.BooleanField(label=_("Share its subpages too"), required=False, initial=True)

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recipients"].queryset = Municipality.objects.public().exclude(pk=municipality.pk)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("audience") == Share.Audience.CHOSEN and not cleaned.get("recipients"):
            self.add_error("recipients", _("Choose at least one municipality."))
        return cleaned


class TakeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Take as"), choices=Reuse.Kind.choices, widget=forms.RadioSelect, initial=Reuse.Kind.MIRROR)
    parent = forms.ModelChoiceField(
        label=_("Place under"), queryset=None, empty_label=None,
        error_messages={"invalid_choice": _("Choose a page of your own municipality.")},
    )

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        root = municipality.page_for_language(municipality.default_language)
        topics = get_content_page_model().objects.descendant_of(root).values("pk")
        self.fields["parent"].queryset = Page.objects.filter(Q(pk=root.pk) | Q(pk__in=topics)).order_by("path")
        self.fields["parent"].label_from_instance = lambda page: "— " * (page.depth - root.depth) + page.title
