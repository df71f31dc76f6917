"""Settings for pytest: fast hashing, in-memory e-mail and cache, plain static storage."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
if not (os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
IMPACT_FLUSH_SECONDS = None  # counters are written when a test flushes them, never by a thread
# Off: tests that need the page cache switch it on (or, for a server they start, set the variable).
PAGE_CACHE_SECONDS = int(os.environ.get("INTEGREAT_PAGE_CACHE_SECONDS", "0"))
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
STORAGES["private"] = {"BACKEND": "django.core.files.storage.FileSystemStorage",  # noqa: F405
                       "OPTIONS": {"location": VAR_DIR / "test-private-media"}}  # noqa: F405
INTEGREAT_DEMO = True
WHITENOISE_AUTOREFRESH = True
