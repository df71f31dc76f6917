"""The demo served by gunicorn: production-like (DEBUG off) but self-contained on SQLite."""

from .base import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
INTEGREAT_DEMO = True
