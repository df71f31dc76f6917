"""Per-client rate limits (django-ratelimit) and the one client address the whole site uses.

The client address honours INTEGREAT_TRUSTED_PROXY_COUNT: behind n reverse proxies it is the
n-th address from the right of X-Forwarded-For (a client can put anything at the left end of that
header, never to the right of what our own proxies append). django-axes uses the same function.

Counters live in Django's cache under a keyed hash of the address, so nothing personal is stored;
they work across workers when the cache is shared (Redis, file cache). A cache that fails lets
the request through and is logged: a rate limit must never turn into a 500.
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django_ratelimit.core import is_ratelimited

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = (5, 3600)  # requests per window (seconds)


def client_address(request):
    """REMOTE_ADDR, or the n-th address from the right of X-Forwarded-For behind n trusted proxies."""
    proxies = settings.INTEGREAT_TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(group, request):
    """django-ratelimit's key: a keyed hash of the client address, useless to anyone else."""
    return hmac.new(settings.SECRET_KEY.encode(), client_address(request).encode(), hashlib.sha256).hexdigest()[:32]


def configured_limit(scope):
    """(count, seconds) for `scope`: settings.INTEGREAT_RATE_LIMITS[scope], else 5 per hour."""
    return settings.INTEGREAT_RATE_LIMITS.get(scope, DEFAULT_LIMIT)


def rate_limited(request, scope):
    """Count one request of this client in `scope`; True when it is over configured_limit(scope)."""
    rate = configured_limit(scope)
    try:
        limited = is_ratelimited(request, group=scope, key=client_key, rate=rate, increment=True)
    except Exception:  # noqa: BLE001 - any cache failure (connection refused, timeout …)
        logger.exception("Rate limit in %s not checked: the cache failed; the request goes through", scope)
        return False
    if limited:
        logger.warning("Rate limit hit in %s by client %s", scope, client_key(scope, request)[:8])
    return limited
