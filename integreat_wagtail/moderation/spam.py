"""Spam protection without third parties: a honeypot field and a per-client rate limit.

The rate limit counts in Django's cache under a keyed hash of the client address: nothing
personal is stored, the counter disappears with its window, and it works across workers when
the cache is shared (Redis, file cache).
"""

import hashlib
import hmac
import logging
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
DEFAULT_LIMIT = (5, 3600)  # submissions per window (seconds)


def client_address(request):
    """REMOTE_ADDR, or the n-th address from the right of X-Forwarded-For behind n trusted proxies."""
    proxies = getattr(settings, "INTEGREAT_TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request):
    """A keyed hash of the client address: stable for the rate limit, useless to anyone else."""
    return hmac.new(settings.SECRET_KEY.encode(), client_address(request).encode(), hashlib.sha256).hexdigest()[:32]


def rate_limited(request, scope, limit=None, window=None):
    """Count one attempt for this client in `scope`; True when the client is over the limit.

    Limits come from settings.INTEGREAT_RATE_LIMITS[scope] = (count, seconds), else 5 per hour.
    """
    configured = getattr(settings, "INTEGREAT_RATE_LIMITS", {}).get(scope, DEFAULT_LIMIT)
    limit = limit or configured[0]
    window = window or configured[1]
    bucket = int(time.time() // window)
    key = f"ratelimit:{scope}:{client_key(request)}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    if count > limit:
        logger.warning("Rate limit hit in %s by client %s", scope, key.split(":")[2][:8])
        return True
    return False


class HoneypotFormMixin(forms.Form):
    """Adds a field people never see (hidden by CSS, skipped by keyboard) but form-filling bots fill."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1", "class": "hp-input"}),
    )

    def is_bot(self):
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD)))
