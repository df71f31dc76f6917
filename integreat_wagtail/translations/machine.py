"""Machine translation per language pair: DeepL first, LibreTranslate where DeepL lacks the pair.

wagtail-localize takes one translator class (WAGTAILLOCALIZE_MACHINE_TRANSLATOR). `RoutingTranslator`
is that class; its OPTIONS list the configured services in order of preference (settings build
them from DEEPL_API_KEY and LIBRETRANSLATE_URL). Which languages a service offers is read from
the service itself (DeepL's /v2/languages, LibreTranslate's /languages) and cached for a day,
because DeepL has no Tigrinya or Dari and every LibreTranslate installation has its own models.
"""

import logging

import requests
from django.core.cache import cache
from django.utils.module_loading import import_string
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue

logger = logging.getLogger(__name__)

LANGUAGES_CACHE_SECONDS = 24 * 60 * 60
UNREACHABLE_CACHE_SECONDS = 5 * 60  # ask again soon, but not on every page view


class MachineTranslationError(Exception):
    """The service did not answer with translations (unreachable, refused the key, malformed reply)."""


def cached_languages(cache_key, fetch):
    """The (sources, targets) a service offers; empty sets while it cannot be reached."""
    languages = cache.get(cache_key)
    if languages is None:
        try:
            languages = fetch()
            timeout = LANGUAGES_CACHE_SECONDS
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            logger.warning("Cannot read the languages of %s: %s", cache_key, error)
            languages, timeout = (set(), set()), UNREACHABLE_CACHE_SECONDS
        cache.set(cache_key, languages, timeout)
    return languages


class DeepLService(DeepLTranslator):
    """DeepL; the free API for keys ending in ":fx". API_URL (for tests and proxies) overrides the host."""

    def get_base_url(self):
        if self.options.get("API_URL"):
            return self.options["API_URL"].rstrip("/")
        return self.get_api_endpoint().removesuffix("/translate")

    def fetch_languages(self):
        def codes(kind):
            response = requests.get(
                self.get_base_url() + "/languages", params={"type": kind}, headers=self.get_headers(), timeout=10
            )
            response.raise_for_status()
            return {entry["language"].upper() for entry in response.json()}

        return codes("source"), codes("target")

    def can_translate(self, source_locale, target_locale):
        if not super().can_translate(source_locale, target_locale):
            return False
        sources, targets = cached_languages(f"mt-languages:deepl:{self.get_base_url()}", self.fetch_languages)
        target = language_code(target_locale.language_code, is_target=True)
        # DeepL lists English as EN-GB and EN-US; "EN" is what wagtail-localize sends.
        offered = target in targets or any(code.startswith(target + "-") for code in targets)
        return language_code(source_locale.language_code) in sources and offered

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        try:
            response = requests.post(
                self.get_base_url() + "/translate",
                self.get_parameters(source_locale, target_locale, strings),
                timeout=int(self.options.get("TIMEOUT", 30)),
                headers=self.get_headers(),
            )
            response.raise_for_status()
            texts = [translation["text"] for translation in response.json()["translations"]]
            return {string: StringValue(text) for string, text in zip(strings, texts, strict=True)}
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise MachineTranslationError(str(error)) from error


class LibreTranslateService(LibreTranslator):
    def fetch_languages(self):
        response = requests.get(self.get_api_endpoint() + "/languages", timeout=10)
        response.raise_for_status()
        pairs = {(entry["code"], target) for entry in response.json() for target in entry.get("targets", ())}
        return {source for source, _target in pairs}, pairs

    def can_translate(self, source_locale, target_locale):
        if not super().can_translate(source_locale, target_locale):
            return False
        _sources, pairs = cached_languages(f"mt-languages:libretranslate:{self.get_api_endpoint()}", self.fetch_languages)
        pair = (self.language_code(source_locale.language_code), self.language_code(target_locale.language_code))
        return pair in pairs

    def translate(self, source_locale, target_locale, strings):
        try:
            return super().translate(source_locale, target_locale, list(strings))
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise MachineTranslationError(str(error)) from error


class RoutingTranslator(BaseMachineTranslator):
    """Asks each configured service in turn (OPTIONS["SERVICES"]: CLASS and OPTIONS each) whether it
    offers the language pair; the first that does translates."""

    def __init__(self, options):
        super().__init__(options)
        self.services = [import_string(entry["CLASS"])(entry.get("OPTIONS", {})) for entry in options.get("SERVICES", ())]
        self.display_name = " / ".join(service.display_name for service in self.services)

    def service_for(self, source_locale, target_locale):
        """The first service offering the pair, or None."""
        for service in self.services:
            if service.can_translate(source_locale, target_locale):
                return service
        return None

    def can_translate(self, source_locale, target_locale):
        return self.service_for(source_locale, target_locale) is not None

    def translate(self, source_locale, target_locale, strings):
        service = self.service_for(source_locale, target_locale)
        if service is None:
            raise MachineTranslationError(f"No service offers {source_locale} → {target_locale}")
        return service.translate(source_locale, target_locale, strings)
