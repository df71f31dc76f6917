"""After the password, the code: admin requests of a user who set up two-factor authentication
need a session verified with a code; where it is required, a user without a device sets one up first."""

from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django_otp import user_has_device

from .policy import two_factor_required

GUARDED_PREFIXES = ("/admin/", "/django-admin/")
# Reachable before the code: logging in and out, the admin's translations and icons (which every
# admin page, the code form included, fetches), and the code form.
ALWAYS_OPEN = {"wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_javascript_catalog", "wagtailadmin_sprite",
               "admin:login", "admin:logout", "two_factor_verify"}


class TwoFactorMiddleware:
    """Goes after django_otp's OTPMiddleware, which tells whether the session is verified."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not request.path_info.startswith(GUARDED_PREFIXES):
            return None
        if request.resolver_match.view_name in ALWAYS_OPEN or user.is_verified():
            return None
        if user_has_device(user, confirmed=True):
            return redirect_to_login(request.get_full_path(), reverse("two_factor_verify"))
        if two_factor_required(user) and request.resolver_match.view_name != "two_factor_setup":
            return redirect_to_login(request.get_full_path(), reverse("two_factor_setup"))
        return None
