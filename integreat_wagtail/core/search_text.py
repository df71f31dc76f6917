"""Search terms the way readers type them: one normal form for queries and page text, and a match
that forgives typos and inflection.

- Arabic script: diacritics and tatweel dropped, alef/teh marbuta/yeh/kaf variants folded (Persian
  readers often type with an Arabic keyboard: ي/ك for ی/ک), the article ال and its clitic forms
  (وال، بال، لل…) taken off.
- Stemming with Snowball (snowballstemmer, pure Python) where it has the language: Arabic, Persian,
  German, English, Russian, Turkish, French…; Ukrainian has no maintained Snowball stemmer, so its
  common case endings are stripped (лікаря → лікар) and terms also match as prefixes.
- Typos: a term matches a word one edit away (two for long words), transpositions included.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

SNOWBALL = {
    "ar": "arabic", "fa": "persian", "prs": "persian", "de": "german", "de-si": "german", "en": "english",
    "ru": "russian", "tr": "turkish", "fr": "french", "es": "spanish", "it": "italian", "pl": "polish",
    "ro": "romanian", "el": "greek", "sr": "serbian",
}
PERSIAN_SCRIPT = {"fa", "prs", "ps", "ckb"}
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # diacritics, tatweel
COMMON_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ۀ": "ه", "ؤ": "و", "\u200c": ""})
TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک"})
TO_ARABIC = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك"})
ARTICLES = ("وال", "بال", "فال", "كال", "ال", "لل")
UKRAINIAN_ENDINGS = sorted(
    "ями ами ові еві ого ому ими іми ій ий ою ею ів ах ях ям ам ом ем ої і и у ю а я о е ь".split(), key=len, reverse=True
)
WORD = re.compile(r"\w+")
PREFIX_MIN = 3


@lru_cache(maxsize=None)
def _stemmer(language):
    algorithm = SNOWBALL.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem(word, language):
    if language == "uk":
        for ending in UKRAINIAN_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: -len(ending)]
        return word
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def fold(text, language=""):
    """Case, compatibility forms, Arabic-script variants and marks folded into one normal form."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = ARABIC_MARKS.sub("", text).translate(COMMON_FOLD)
    return text.translate(TO_ARABIC if language == "ar" else TO_PERSIAN)


def _without_article(word):
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article):]
    return word


def terms(text, language="", stemmed=True):
    """The normalised words of `text`: folded, Arabic article removed, stemmed where a stemmer exists."""
    words = WORD.findall(fold(text, language))
    if language == "ar" or language in PERSIAN_SCRIPT:
        words = [_without_article(word) for word in words]
    if stemmed:
        words = [stem(word, language) for word in words]
    return [word for word in words if len(word) > 1]


def edit_distance(a, b, limit):
    """Optimal string alignment distance (a swap of neighbours counts once), stopping past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=4096)
def term_match(term, word):
    """How well a query term matches a word: 1 equal, .8 prefix ("anmeld" → "anmeldung"), .6 a typo."""
    if term == word:
        return 1.0
    if len(term) >= PREFIX_MIN and word.startswith(term):
        return 0.8
    if len(term) >= 4:
        allowed = 1 if len(term) < 8 else 2
        if edit_distance(term, word, allowed) <= allowed:
            return 0.6
    return 0.0


def best_match(term, words):
    return max((term_match(term, word) for word in words), default=0.0)
