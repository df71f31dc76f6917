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

    @property
    def is_rtl(self):
        return self.direction == "rtl"

    @property
    def badge(self):
        return self.icon or self.native_name[:2]


LANGUAGES = [
    Language("de", "de", "Deutsch", "German", icon="De"),
    Language("de-si", "de-x-simple", "Einfache Sprache", "Plain German", icon="DE+"),
    Language("en", "en", "English", "English", icon="En"),
    Language("ar", "ar", "العربية", "Arabic", "rtl", "Arab", icon="ع"),
    Language("fa", "fa", "فارسی", "Farsi", "rtl", "Arab", icon="فا"),
    Language("prs", "prs", "دری", "Dari", "rtl", "Arab", icon="دری"),
    Language("ps", "ps", "پښتو", "Pashto", "rtl", "Arab", icon="پښ"),
    Language("ckb", "ckb", "کوردیی ناوەندی", "Kurdish (Sorani)", "rtl", "Arab", icon="کو"),
    Language("ku", "ku", "Kurmancî", "Kurdish (Kurmanji)", icon="Ku"),
    Language("uk", "uk", "Українська", "Ukrainian", script="Cyrl", icon="Ук"),
    Language("ru", "ru", "Русский", "Russian", script="Cyrl", icon="Ру"),
    Language("tr", "tr", "Türkçe", "Turkish", icon="Tr"),
    Language("ro", "ro", "Română", "Romanian", icon="Ro"),
    Language("pl", "pl", "Polski", "Polish", icon="Pl"),
    Language("bg", "bg", "Български", "Bulgarian", script="Cyrl", icon="Бг"),
    Language("fr", "fr", "Français", "French", icon="Fr"),
    Language("es", "es", "Español", "Spanish", icon="Es"),
    Language("it", "it", "Italiano", "Italian", icon="It"),
    Language("ti", "ti", "ትግርኛ", "Tigrinya", script="Ethi", icon="ትግ"),
    Language("am", "am", "አማርኛ", "Amharic", script="Ethi", icon="አማ"),
    Language("so", "so", "Soomaali", "Somali", icon="So"),
    Language("sq", "sq", "Shqip", "Albanian", icon="Sq"),
    Language("sr", "sr", "Српски", "Serbian", script="Cyrl", icon="Ср"),
    Language("hr", "hr", "Hrvatski", "Croatian", icon="Hr"),
    Language("el", "el", "Ελληνικά", "Greek", script="Grek", icon="Ελ"),
    Language("zh-hans", "zh-Hans", "简体中文", "Chinese (Simplified)", script="Hans", icon="中"),
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
