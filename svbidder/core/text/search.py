"""Forgiving text search: case, accents and Welsh circumflexes do not matter.

``fold("Caffi Ŵyl")`` and ``fold("caffi wyl")`` are equal, so someone typing on
a keyboard without accents still finds "Café" and "Tŷ Hapus".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters that NFKD does not split into a base letter and a mark.
_EXTRA = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae",
                        "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
                        "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, for comparing, never for showing."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_EXTRA)


def search_words(text: str) -> list[str]:
    """The folded words of a search box, in order, without repeats."""
    words: list[str] = []
    for word in fold(text).split():
        if word not in words:
            words.append(word)
    return words


def matches_all(words: list[str], haystacks: Iterable[str]) -> bool:
    """True when every word appears somewhere in the (unfolded) haystacks."""
    if not words:
        return True
    joined = "\n".join(fold(part) for part in haystacks if part)
    return all(word in joined for word in words)
