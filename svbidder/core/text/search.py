"""Forgiving text search: case, accents and Welsh circumflexes do not matter.

``fold("Caffi Ŵyl")`` and ``fold("caffi wyl")`` are equal, so someone typing on
a keyboard without accents still finds "Café" and "Tŷ Hapus". :func:`fold` is the
text toolkit's one folding function (:mod:`svbidder.core.text.words`), offered
here too because every search box imports it from this module.
"""

from __future__ import annotations

from collections.abc import Iterable

from .words import fold

__all__ = ["fold", "matches_all", "search_words"]


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
