"""The platform's language registry: the one source for settings, the switcher, `dir` and fonts.

Importable from settings (no Django imports at module level).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # Django/Wagtail language code and URL prefix
    bcp47: str  # what goes into lang="" and hreflang
    native_name: str
    english_name: str
    direction: str = "ltr"
    script: str = "Latn"
    # A flag-free icon: the language's own first letters, rendered as text in its script.
    icon: str = ""
    # Elasticsearch/OpenSearch built-in analyzer that stems the language (core/search_engines.py);
    # empty: none is built in, the index's multilingual default serves it.
    search_analyzer: str = ""
    # PostgreSQL text search configurations that stem the language, preferred first; the database
    # search uses the first the server has, else SEARCH_CONFIG ("simple") (core/postgres_search.py).
    text_search_configs: tuple = ()

    @property
    def is_rtl(self):
        return self.direction == "rtl"

    @property
    def badge(self):
        return self.icon or self.native_name[:2]


LANGUAGES = [
    Language("de", "de", "Deutsch", "German", icon="De", search_analyzer="german", text_search_configs=("german",)),
    Language("de-si", "de-x-simple", "Einfache Sprache", "Plain German", icon="DE+", search_analyzer="german", text_search_configs=("german",)),
    Language("en", "en", "English", "English", icon="En", search_analyzer="english", text_search_configs=("english",)),
    Language("ar", "ar", "العربية", "Arabic", "rtl", "Arab", icon="ع", search_analyzer="arabic", text_search_configs=("arabic",)),
    Language("fa", "fa", "فارسی", "Farsi", "rtl", "Arab", icon="فا", search_analyzer="persian"),
    Language("prs", "prs", "دری", "Dari", "rtl", "Arab", icon="دری", search_analyzer="persian"),
    Language("ps", "ps", "پښتو", "Pashto", "rtl", "Arab", icon="پښ"),
    Language("ckb", "ckb", "کوردیی ناوەندی", "Kurdish (Sorani)", "rtl", "Arab", icon="کو", search_analyzer="sorani"),
    Language("ku", "ku", "Kurmancî", "Kurdish (Kurmanji)", icon="Ku"),
    Language("uk", "uk", "Українська", "Ukrainian", script="Cyrl", icon="Ук", text_search_configs=("ukrainian", "russian")),
    Language("ru", "ru", "Русский", "Russian", script="Cyrl", icon="Ру", search_analyzer="russian", text_search_configs=("russian",)),
    Language("tr", "tr", "Türkçe", "Turkish", icon="Tr", search_analyzer="turkish", text_search_configs=("turkish",)),
    Language("ro", "ro", "Română", "Romanian", icon="Ro", search_analyzer="romanian", text_search_configs=("romanian",)),
    Language("pl", "pl", "Polski", "Polish", icon="Pl"),
    Language("bg", "bg", "Български", "Bulgarian", script="Cyrl", icon="Бг", search_analyzer="bulgarian"),
    Language("fr", "fr", "Français", "French", icon="Fr", search_analyzer="french", text_search_configs=("french",)),
    Language("es", "es", "Español", "Spanish", icon="Es", search_analyzer="spanish", text_search_configs=("spanish",)),
    Language("it", "it", "Italiano", "Italian", icon="It", search_analyzer="italian", text_search_configs=("italian",)),
    Language("ti", "ti", "ትግርኛ", "Tigrinya", script="Ethi", icon="ትግ"),
    Language("am", "am", "አማርኛ", "Amharic", script="Ethi", icon="አማ"),
    Language("so", "so", "Soomaali", "Somali", icon="So"),
    Language("sq", "sq", "Shqip", "Albanian", icon="Sq"),
    Language("sr", "sr", "Српски", "Serbian", script="Cyrl", icon="Ср"),
    Language("hr", "hr", "Hrvatski", "Croatian", icon="Hr"),
    Language("el", "el", "Ελληνικά", "Greek", script="Grek", icon="Ελ", search_analyzer="greek", text_search_configs=("greek",)),
    Language("zh-hans", "zh-Hans", "简体中文", "Chinese (Simplified)", script="Hans", icon="中", search_analyzer="cjk"),
    Language("vi", "vi", "Tiếng Việt", "Vietnamese", icon="Vi"),
]

BY_CODE = {language.code: language for language in LANGUAGES}
DEFAULT_LANGUAGE = "de"


def get(code):
    """The Language for a code, or None when the platform does not offer it."""
    return BY_CODE.get(code)


def django_languages():
    """(code, native name) pairs for Django's LANGUAGES and WAGTAIL_CONTENT_LANGUAGES."""
    return [(language.code, language.native_name) for language in LANGUAGES]


def bidi_codes():
    return [language.code for language in LANGUAGES if language.is_rtl]


def lang_info():
    """Entries for django.conf.locale.LANG_INFO, which lacks several of our languages."""
    return {
        language.code: {
            "bidi": language.is_rtl,
            "code": language.code,
            "name": language.english_name,
            "name_local": language.native_name,
        }
        for language in LANGUAGES
    }
