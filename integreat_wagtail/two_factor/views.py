"""Set up a TOTP authenticator (QR code or secret, confirmed with a code) and enter the code after login."""

from base64 import b32encode

import segno
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"), max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        self.device = self.check(code)
        if not self.device:
            raise forms.ValidationError(_("This code is not valid. Enter the current code from your app."))
        return code


class TwoFactorPageMixin(WagtailAdminTemplateMixin):
    """An admin page whose header names it (Wagtail's default breadcrumbs stop at "Home")."""

    header_icon = "key"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]


class SetupView(TwoFactorPageMixin, FormView):
    """Shows the secret of a new (unconfirmed) authenticator; a valid code switches it on."""

    template_name = "two_factor/setup.html"
    form_class = CodeForm
    page_title = _("Two-factor authentication")

    def dispatch(self, request, *args, **kwargs):
        self.enabled = user_has_device(request.user, confirmed=True)
        return super().dispatch(request, *args, **kwargs)

    def get_device(self):
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(user=self.request.user, name=str(_("Authenticator app")), confirmed=False)

    def get_form_kwargs(self):
        device = None if self.enabled else self.get_device()
        return {**super().get_form_kwargs(), "check": lambda code: device if device and device.verify_token(code) else None}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["enabled"] = self.enabled
        if not self.enabled:
            device = self.get_device()
            context["secret"] = b32encode(device.bin_key).decode()
            context["qr_code"] = segno.make(device.config_url, error="m").svg_data_uri(scale=5)
        return context

    def form_valid(self, form):
        if self.enabled:
            raise PermissionDenied
        form.device.confirmed = True
        form.device.save(update_fields=["confirmed"])
        otp_login(self.request, form.device)
        messages.success(self.request, _("Two-factor authentication is on. From now on the admin asks for a code after your password."))
        return redirect("wagtailadmin_account")


class VerifyView(TwoFactorPageMixin, FormView):
    """After the password: the current code of the user's authenticator."""

    template_name = "two_factor/verify.html"
    form_class = CodeForm
    page_title = _("Enter your code")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "check": lambda code: match_token(self.request.user, code)}

    def form_valid(self, form):
        otp_login(self.request, form.device)
        next_url = self.request.POST.get("next") or self.request.GET.get("next")
        if not next_url or not url_has_allowed_host_and_scheme(next_url, {self.request.get_host()}, self.request.is_secure()):
            next_url = reverse("wagtailadmin_home")
        return redirect(next_url)
