"""Settings shared by every environment; everything that differs comes from environment variables."""

import datetime
import os
import zoneinfo
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from integreat_wagtail import languages
from integreat_wagtail.core.cache import redis_cache
from integreat_wagtail.plugins.discovery import discover_plugin_apps
from integreat_wagtail.settings.frontend_cache import frontend_cache_backends
from integreat_wagtail.settings.log_config import logging_config
from integreat_wagtail.settings.search_backends import search_backends
from integreat_wagtail.settings.task_backends import task_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("INTEGREAT_VAR_DIR", BASE_DIR / "var"))


def origin_of(url_template):
    """[origin] of an absolute URL template ({s} subdomains as a wildcard) for the CSP; [] for a path."""
    parts = urlsplit(url_template.replace("{s}.", "*."))
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-demo-key-do-not-use-in-production")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Installed plugins are discovered through the "integreat_wagtail.plugins" entry-point group.
PLUGIN_APPS = discover_plugin_apps()

# The site's page models the core works with; the core never imports the site (`home`) and finds
# them here, like AUTH_USER_MODEL (integreat_wagtail/municipalities/pages.py).
INTEGREAT_PLATFORM_PAGE_MODEL = "home.PlatformPage"
INTEGREAT_MUNICIPALITY_PAGE_MODEL = "home.MunicipalityPage"
INTEGREAT_CONTENT_PAGE_MODEL = "home.ContentPage"
INTEGREAT_NEWS_PAGE_MODEL = "home.NewsPage"

INSTALLED_APPS = [
    "integreat_wagtail.core",
    "integreat_wagtail.municipalities",
    "integreat_wagtail.plugins",
    "integreat_wagtail.translations",
    "integreat_wagtail.moderation",
    "integreat_wagtail.api",
    "ninja",  # serves its Swagger UI assets locally for /api/docs/
    "integreat_wagtail.locations",
    "integreat_wagtail.feedback",
    "integreat_wagtail.organizations",
    "integreat_wagtail.staff",
    "integreat_wagtail.sharing",
    "integreat_wagtail.linkcheck",
    "integreat_wagtail.two_factor",
    "integreat_wagtail.impact",
    "home",
    *PLUGIN_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    # No form pages and no site settings: wagtail.contrib.forms/.settings are not installed, their
    # admin (submissions, settings) would be global.
    "wagtail.contrib.redirects",
    # Purges the CDN in front of the site (core/cdn.py); its own per-page handlers are replaced there.
    "integreat_wagtail.core.cdn_app.FrontendCacheConfig",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "corsheaders",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "integreat_wagtail.core.request_ids.RequestIdMiddleware",  # first: every later log line carries the id
    "django.middleware.security.SecurityMiddleware",
    "integreat_wagtail.core.uploads.RequestSizeLimitMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "integreat_wagtail.core.middleware.RejectNulBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files leave here, compressed ahead of time
    "corsheaders.middleware.CorsMiddleware",  # above CommonMiddleware: its redirects get CORS headers too
    "integreat_wagtail.impact.middleware.ReadCountingMiddleware",  # counts hits and renders alike, no SQL
    "integreat_wagtail.core.page_cache.PageCacheMiddleware",  # a hit stops here: no session, no SQL
    # Below the page cache: a stored page keeps the header it was rendered with, so a hit does not
    # build the policy again (that was the most expensive step of a hit).
    "integreat_wagtail.core.middleware.ContentSecurityPolicyMiddleware",
    "integreat_wagtail.impact.middleware.ReadMarkerMiddleware",  # names what a render showed, cached with it
    "integreat_wagtail.core.middleware.PublicGZipMiddleware",  # compresses after the ETag below is computed
    "django.middleware.http.ConditionalGetMiddleware",
    "integreat_wagtail.core.middleware.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "integreat_wagtail.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "integreat_wagtail.two_factor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into its 429 answer
]

ROOT_URLCONF = "integreat_wagtail.urls"

# CORS for the API only (django-cors-headers): anonymous reads and feedback from any origin, without
# cookies; preflights are answered by the middleware and cached by browsers for a day.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_ALLOW_HEADERS = ["content-type", "if-none-match", "if-modified-since", "x-integreat-development"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
CORS_PREFLIGHT_MAX_AGE = 86400

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "integreat_wagtail.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A hung or unreachable server must not hold a worker: give up connecting after
    # DATABASE_CONNECT_TIMEOUT seconds, cancel statements after DATABASE_STATEMENT_TIMEOUT_MS, and
    # notice a dead peer through TCP keepalives.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "connect_timeout": int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")),
        "options": f"-c statement_timeout={int(os.environ.get('DATABASE_STATEMENT_TIMEOUT_MS', '30000'))}",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    })
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers share the file: wait for locks instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if _cache_url:
    # Redis down or hung → pages are served uncached (integreat_wagtail/core/cache.py).
    CACHES = {
        "default": redis_cache(
            _cache_url,
            key_prefix=os.environ.get("CACHE_KEY_PREFIX", "integreat"),
            connect_timeout=float(os.environ.get("CACHE_CONNECT_TIMEOUT", "0.5")),
            read_timeout=float(os.environ.get("CACHE_TIMEOUT", "0.5")),
        )
    }
else:
    # A file cache is shared by all gunicorn workers of one machine without running a server.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        },
        # Wagtail writes the renditions it used back to their cache on every render; in the file
        # cache each write lists the whole cache directory. A rendition's key changes with its
        # image file and focal point, so each worker may keep its own in memory.
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 600,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }

# Full-page cache of anonymous pages and API answers (core/page_cache.py): seconds an entry lives
# at most (publishing invalidates it at once; the limit bounds date-dependent listings); 0 turns it
# off. Paths matching PAGE_CACHE_SKIP_PATHS are never cached (search logs what readers look for).
PAGE_CACHE_SECONDS = int(os.environ.get("INTEGREAT_PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_SKIP_PATHS = [r"/search/"]

# Impact counting (integreat_wagtail/impact/counting.py): counters wait in each worker's memory and
# are written in bulk every IMPACT_FLUSH_SECONDS or when IMPACT_MAX_KEYS wait (None: only when asked,
# for tests). A user agent that is empty or contains one of the markers is a robot, not a reader.
# Search queries are shown from IMPACT_MIN_COUNT searches on (k-anonymity).
IMPACT_FLUSH_SECONDS = int(os.environ.get("INTEGREAT_IMPACT_FLUSH_SECONDS", "60"))
IMPACT_MAX_KEYS = 1000
IMPACT_MIN_COUNT = int(os.environ.get("INTEGREAT_IMPACT_MIN_COUNT", "5"))
IMPACT_BOT_MARKERS = (
    "bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "preview", "monitor", "uptime",
    "pingdom", "lighthouse", "headless", "curl", "wget", "python", "go-http-client", "java/", "httpclient",
    "scrapy", "feedfetcher", "validator",
)

# Sessions stay in the database, not the cache: staff keep working in the admin while Redis is down.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: one registry (integreat_wagtail/languages.py) feeds Django and Wagtail.
LANGUAGE_CODE = languages.DEFAULT_LANGUAGE
LANGUAGES = languages.django_languages()
LANGUAGES_BIDI = languages.bidi_codes()
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
# Wagtail offers every zone the system lists in the account settings, Debian's "localtime" alias and
# legacy names ("Factory", "GB-Eire"…) included, which browsers reject ("RangeError: Invalid time
# zone"): offer the Area/Location names and UTC only.
WAGTAIL_USER_TIME_ZONES = sorted(zone for zone in zoneinfo.available_timezones() if "/" in zone) + ["UTC"]
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
# Uploads that must not be reachable by URL (unmoderated submissions): outside MEDIA_ROOT, served
# only by views that check permission (integreat_wagtail.core.storage.private_storage).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private-media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible media storage (AWS, MinIO, Ceph…): credentials and endpoint from AWS_* variables.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL")
    # Credentials: these variables, else boto3's own chain (instance role, ~/.aws).
    AWS_S3_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
    AWS_S3_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")
    # Public media URLs through a CDN or another host than the endpoint (e.g. "cdn.example.org").
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN")
    AWS_S3_URL_PROTOCOL = os.environ.get("AWS_S3_URL_PROTOCOL", "https:")
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    # Private files: their own bucket if given (a public-read policy on the media bucket would
    # otherwise cover them too), never public ACLs, only signed URLs.
    STORAGES["private"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME", os.environ["AWS_STORAGE_BUCKET_NAME"]),
        "location": "private",
        "default_acl": "private",
        "querystring_auth": True,
        "custom_domain": None,  # signed URLs of the endpoint itself, never the public media domain
    }}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Upload limits (integreat_wagtail/core/uploads.py), checked before a body is read: the largest
# request is a housing offer with six photos; no single file may exceed the largest per-type
# limit (Wagtail images and documents, 10 MB). Keep the reverse proxy's limit (nginx
# `client_max_body_size`) at INTEGREAT_MAX_REQUEST_BYTES.
INTEGREAT_MAX_REQUEST_BYTES = int(os.environ.get("INTEGREAT_MAX_REQUEST_BYTES", 32 * 1024 * 1024))
INTEGREAT_MAX_UPLOAD_FILE_BYTES = int(os.environ.get("INTEGREAT_MAX_UPLOAD_FILE_BYTES", 10 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # form fields other than files
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # bigger files go to a temporary file as they stream in
FILE_UPLOAD_HANDLERS = [
    "integreat_wagtail.core.uploads.UploadSizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# Wagtail
WAGTAIL_SITE_NAME = "Integreat Wagtail"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
# Scheme and host of absolute URLs in the API (e.g. "https://integreat.example.org"); empty: the request's host.
INTEGREAT_PUBLIC_BASE_URL = os.environ.get("INTEGREAT_PUBLIC_BASE_URL", "")
# Map tiles of the places map (Leaflet's URL template); the Content-Security-Policy allows its origin.
INTEGREAT_MAP_TILE_URL = os.environ.get("INTEGREAT_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
INTEGREAT_MAP_ATTRIBUTION = os.environ.get(
    "INTEGREAT_MAP_ATTRIBUTION", '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)
# Link checker (manage.py check_links): external addresses checked per run; whether it may contact
# private network addresses (never in production: it would let a link probe the platform's network).
INTEGREAT_LINKCHECK_MAX_PER_RUN = int(os.environ.get("INTEGREAT_LINKCHECK_MAX_PER_RUN", "500"))
INTEGREAT_LINKCHECK_ALLOW_PRIVATE_NETWORKS = os.environ.get("INTEGREAT_LINKCHECK_ALLOW_PRIVATE_NETWORKS", "").lower() == "true"
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin: initials instead of gravatar.com
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in LANGUAGES if code in {"de", "en", "ar", "fa", "uk", "tr", "ru", "fr", "es"}
]
WAGTAILSEARCH_BACKENDS = search_backends(os.environ, DATABASES["default"]["ENGINE"])


def machine_translator(environ):
    """wagtail-localize's machine translator from the environment: DeepL, then LibreTranslate for
    the language pairs DeepL does not offer (translations/machine.py); None without either."""
    services = []
    if environ.get("DEEPL_API_KEY"):
        services.append({
            "CLASS": "integreat_wagtail.translations.machine.DeepLService",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_API_KEY"]},
        })
    if environ.get("LIBRETRANSLATE_URL"):
        services.append({
            "CLASS": "integreat_wagtail.translations.machine.LibreTranslateService",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        })
    if not services:
        return None
    return {"CLASS": "integreat_wagtail.translations.machine.RoutingTranslator", "OPTIONS": {"SERVICES": services}}


if machine_translator(os.environ):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)
# Characters per municipality and month; a municipality's own budget overrides it. 0: unlimited.
MT_MONTHLY_CHARACTER_BUDGET = int(os.environ.get("MT_MONTHLY_CHARACTER_BUDGET", "0"))

# Municipalities choose their languages themselves; never alias whole trees into every locale.
WAGTAIL_LOCALIZE_ENABLE_LOCALE_SYNC = False
# A new translation is a draft, for everyone: it still holds the source language, and an editor
# without the right to publish must never publish through "Translate" (wagtail-localize would
# copy the source's live status).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")

LOGIN_URL = "wagtailadmin_login"

# ----- Security (docs/architecture.md, "Security") -----
# Behind n reverse proxies the client is the n-th address from the right of X-Forwarded-For; used
# by the rate limits and the login throttling alike (core.rate_limits.client_address).
INTEGREAT_TRUSTED_PROXY_COUNT = int(os.environ.get("INTEGREAT_TRUSTED_PROXY_COUNT", "0"))
# Rate limits (django-ratelimit, core.rate_limits): scope -> (requests, seconds); 5 per hour where a
# scope is not listed. A failing cache lets requests through rather than refusing everyone.
# INTEGREAT_RATE_LIMITS="site.feedback=10/600,site.search_log=50/3600" overrides single scopes.


def rate_limits(environ):
    """The default limits of public writes, overridden per scope by the environment."""
    limits = {"site.feedback": (20, 600), "site.search_log": (30, 3600), "api.feedback": (20, 600),
              "api.pdf": (20, 600)}  # PDF layouts (cache misses): seconds of a worker each
    for item in filter(None, (part.strip() for part in environ.get("INTEGREAT_RATE_LIMITS", "").split(","))):
        scope, _, rate = item.partition("=")
        count, _, seconds = rate.partition("/")
        limits[scope.strip()] = (int(count), int(seconds))
    return limits


INTEGREAT_RATE_LIMITS = rate_limits(os.environ)
RATELIMIT_FAIL_OPEN = True

# Login throttling (django-axes): a username is locked from one client address after
# AXES_FAILURE_LIMIT failed logins, for AXES_COOLOFF_MINUTES.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "integreat_wagtail.core.rate_limits.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # failed attempts are kept until they expire; successful logins are not logged

# Two-factor authentication (django-otp, TOTP): optional for staff, who switch it on in their
# account; INTEGREAT_REQUIRE_2FA=true makes it compulsory for platform admins (superusers).
INTEGREAT_REQUIRE_2FA = os.environ.get("INTEGREAT_REQUIRE_2FA", "false").lower() == "true"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Content-Security-Policy (django-csp): everything from this origin; the admin also runs inline
# scripts (core.middleware.ContentSecurityPolicyMiddleware). CSP_MEDIA_SOURCES adds the origin of
# media on S3 or a CDN.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *env_list("CSP_MEDIA_SOURCES"), *origin_of(INTEGREAT_MAP_TILE_URL)],
        "media-src": [SELF, *env_list("CSP_MEDIA_SOURCES")],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "worker-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# No page uses camera, microphone, location or payments; the share button uses Web Share.
PERMISSIONS_POLICY = {
    "accelerometer": [], "autoplay": [], "camera": [], "display-capture": [], "encrypted-media": [],
    "geolocation": [], "gyroscope": [], "magnetometer": [], "microphone": [], "midi": [], "payment": [],
    "usb": [], "web-share": ["self"],
}

# Background tasks (django-tasks): TASKS_BACKEND=database queues them for `manage.py db_worker`
# (production's default), "immediate" runs them in the request (settings/task_backends.py).
TASKS = task_backends(os.environ.get("TASKS_BACKEND", "immediate"))

# The CDN or reverse proxy told to drop changed pages and API answers (settings/frontend_cache.py,
# core/cdn.py); empty: nothing is purged. Our URLs carry their language already: Wagtail must not
# multiply each by every content language.
WAGTAILFRONTENDCACHE = frontend_cache_backends(os.environ)
WAGTAILFRONTENDCACHE_LANGUAGES = []

# LOG_FORMAT=json: one JSON object per line with the request's id (production's default); "text" here.
LOGGING = logging_config(os.environ)
