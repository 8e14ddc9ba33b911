"""Words as svbidder compares them: folding, tokenising and stemming, one way everywhere.

Search, suggestions and the checks all need to decide whether two pieces of
text mention the same word. Doing that in one place means "Café" and "cafe",
"organisation" and "organization", "volunteers" and "volunteering" are the
same word to every part of the app, and a fix to one is a fix to all.

* :func:`fold` — lower case without accents, for comparing, never for showing;
* :func:`fold_word` — one word folded and squeezed ("Well-being's" → "wellbeing");
* :func:`tokenize` — the words of a text with their positions, folded and stemmed;
* :func:`stem` — a light English stem, the same for British and American spellings.

Counting words as Word counts them is a different job, done by
:mod:`svbidder.core.writing.counting`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# ------------------------------------------------------------------- folding

# Letters that NFKD does not split into a base letter and a mark.
_EXTRA = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae",
                        "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
                        "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_CACHE_LIMIT = 200_000


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, for comparing, never for showing.

    ``fold("Caffi Ŵyl") == fold("caffi wyl")``, so someone typing on a keyboard
    without accents still finds "Café" and "Tŷ Hapus".
    """
    text = text or ""
    if text.isascii():
        return text.lower()  # the same result, without the Unicode work
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_EXTRA)


_FOLD_CACHE: dict[str, str] = {}


def _fold_cached(word: str) -> str:
    """:func:`fold` for one word, remembered: texts repeat the same words many times."""
    result = _FOLD_CACHE.get(word)
    if result is None:
        result = fold(word)
        if len(_FOLD_CACHE) < _CACHE_LIMIT:
            _FOLD_CACHE[word] = result
    return result


def fold_word(word: str) -> str:
    """``"Well-being's"`` → ``"wellbeing"``: folded, without hyphens, apostrophes or 's.

    For comparing single words written in different ways ("well-being",
    "wellbeing", "Wellbeing's").
    """
    word = _fold_cached(word)
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace("-", "").replace("'", "")


# ---------------------------------------------------------------- tokenising

_WORD = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class Token:
    """One word of a text: as written, folded (lower case, no accents) and stemmed."""

    text: str
    folded: str
    stem: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (runs of letters and digits) with their positions.

    Hyphens and apostrophes split words ("pay-as-you-feel" is four), so a
    phrase matches however it is joined. Positions let a match be shown as written.
    """
    tokens = []
    for match in _WORD.finditer(text or ""):
        word = match.group()
        folded = _fold_cached(word)
        tokens.append(Token(word, folded, stem(folded), match.start(), match.end()))
    return tokens


# ------------------------------------------------------------------ stemming

# Words the suffix rules would get wrong, and irregular plurals.
_IRREGULAR = {
    "children": "child", "women": "woman", "men": "man", "people": "people",
    "knives": "knife", "shelves": "shelf", "halves": "half", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data", "media": "media",
    "news": "news", "bus": "bus", "buses": "bus", "gas": "gas", "plus": "plus", "this": "this",
    "his": "his", "has": "has", "was": "was", "does": "does", "is": "is", "us": "us",
    "being": "being", "during": "during", "evening": "evening", "evenings": "evening",
    "morning": "morning", "mornings": "morning", "nothing": "nothing", "something": "something",
    "anything": "anything", "everything": "everything", "bring": "bring", "thing": "thing",
    "things": "thing", "spring": "spring", "string": "string", "sing": "sing", "ring": "ring",
    "king": "king", "wing": "wing", "need": "need", "needed": "need", "feed": "feed",
    "seed": "seed", "speed": "speed", "bed": "bed", "red": "red", "shed": "shed", "sheds": "shed",
    "led": "lead", "fed": "feed", "bled": "bleed", "business": "business",
    "businesses": "business", "witness": "witness", "caring": "care", "cared": "care",
    "using": "use", "used": "use", "uses": "use", "ageing": "age", "aging": "age",
}
_VOWELS = frozenset("aeiouy")
# After -ing or -ed is taken off, these endings had a silent e ("isolated" ->
# "isolate", "housing" -> "house"); the e goes again at the end of stemming.
_SILENT_E_BEFORE = ("at", "bl", "iz", "is", "iv", "ur", "ag", "uc", "ut", "id", "ov",
                    "ic", "ir", "ar", "om", "on", "ap", "ok")
_STEM_CACHE: dict[str, str] = {}


def stem(word: str) -> str:
    """A light English stem of a folded word, the same for British and American spellings.

    ``stem("volunteering") == stem("volunteers") == "volunteer"``;
    ``stem("organisation") == stem("organization")``; ``stem("isolated") == stem("isolation")``.
    """
    result = _STEM_CACHE.get(word)
    if result is None:
        result = _stem_uncached(word)
        if len(_STEM_CACHE) < _CACHE_LIMIT:
            _STEM_CACHE[word] = result
    return result


def _stem_uncached(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    w = _without_plural(word)
    w = _without_verb_ending(w)
    w = _without_derivation(w)
    w = _one_spelling(w)
    return _without_final_y_or_e(w)


def _without_plural(w: str) -> str:
    """``communities`` -> ``community``, ``churches`` -> ``church``, ``carers`` -> ``carer``."""
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zes")) and len(w) > 5:
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and len(w) > 3:
        return w[:-1]
    return w


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


def _without_verb_ending(w: str) -> str:
    """``running`` -> ``run``, ``travelling`` -> ``travel``, ``isolated`` -> ``isolate``."""
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and _has_vowel(w[:-len(suffix)]):
            w = w[:-len(suffix)]
            if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouslz":
                return w[:-1]  # running -> run, shopping -> shop
            if w.endswith("ll") and len(w) >= 6:
                return w[:-1]  # travelling -> travel
            if w.endswith(_SILENT_E_BEFORE) and len(w) >= 4:
                return w + "e"  # isolated -> isolate (the e goes at the end)
            return w
    return w


def _without_derivation(w: str) -> str:
    """``organisation`` -> ``organise``, ``loneliness`` -> ``loneli``, ``environmental`` ->
    ``environ``, ``additionally`` -> ``addition``."""
    if w.endswith(("isation", "ization")):
        w = w[:-5] + "e"
    elif w.endswith("ation") and len(w) > 7:
        w = w[:-5] + "ate"
    elif w.endswith("ness") and len(w) > 6 and not w.endswith("siness"):
        w = w[:-4]
    elif w.endswith("mental") and len(w) >= 9:
        w = w[:-2]
    if w.endswith("ment") and len(w) >= 10:
        return w[:-4]
    if w.endswith("ally") and len(w) > 6:
        return w[:-2]
    return w


def _one_spelling(w: str) -> str:
    """British and American spellings alike: centre/center, neighbour/neighbor, -ise/-ize."""
    if w.endswith("tre") and len(w) > 4:
        w = w[:-3] + "ter"
    if w.endswith("our") and len(w) >= 6:
        w = w[:-3] + "or"
    if w.endswith("ize"):
        return w[:-3] + "ise"
    if w.endswith("iz"):
        return w[:-2] + "is"
    return w


def _without_final_y_or_e(w: str) -> str:
    """``community`` -> ``communiti`` (as ``communities``), ``house`` -> ``hous``."""
    if w.endswith("y") and len(w) > 3 and w[-2] not in _VOWELS:
        w = w[:-1] + "i"
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w
