"""LOGGING from the environment: one JSON object per line (LOG_FORMAT=json, production's default) for a
log collector, or plain lines for a developer's terminal; every record carries its request's id."""

from django.core.exceptions import ImproperlyConfigured

FORMATTERS = {
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "fmt": "%(levelname)s %(name)s %(message)s %(request_id)s",
        "rename_fields": {"levelname": "level", "name": "logger"},
        "timestamp": "time",  # ISO 8601 in UTC
    },
    "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
}


def logging_config(environ, default_format="text"):
    """The LOGGING setting; LOG_FORMAT picks the formatter, LOG_LEVEL the level
    (default: INFO for ours, WARNING for libraries;
    `db_worker` sets its own from --verbosity)."""
    log_format = environ.get("LOG_FORMAT", default_format)
    if log_format not in FORMATTERS:
        raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(FORMATTERS)}, not “{log_format}”.")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "integreat_wagtail.core.request_ids.RequestIdFilter"}},
        "formatters": {log_format: FORMATTERS[log_format]},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": log_format},
        },
        "root": {"handlers": ["console"], "level": environ.get("LOG_LEVEL", "WARNING")},
        "loggers": {
            "integreat_wagtail": {"level": environ.get("LOG_LEVEL", "INFO")},
        },
    }
