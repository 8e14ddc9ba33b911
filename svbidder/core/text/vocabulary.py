"""The shared word lists: stop words, generic council words, tender words and synonyms.

One file, ``resources/text/words.json``, so the suggestions and the checks
agree on which words mean nothing ("the", "with"), which words every council
and charity text shares ("council", "local", "support"), and which words mean
much the same ("lonely", "isolated", "befriending"). The format is described
in ``resources/text/README.md``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .words import fold_word, stem

# A stem this long or longer also stands for the longer stems that start with it
# ("employ" for "employer", "employee"); a shorter one only for itself, so that
# "alon" (alone) is not found in "alongside".
PREFIX_LENGTH = 5


class WordListError(ValueError):
    """The word lists file is not in the expected format."""


@dataclass(frozen=True)
class SynonymGroup:
    """Words that mean much the same, as stems; phrases are joined into one word."""

    stems: frozenset[str]
    # joined phrase stem ("costofliv") -> the phrase as a pattern ("cost of living")
    phrases: tuple[tuple[str, re.Pattern[str]], ...] = ()


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """``"cost of living"`` as a case-blind pattern that also accepts hyphens between words."""
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"\b" + r"[-\s]+".join(words) + r"\b", re.IGNORECASE)


def joined(phrase: str) -> str:
    """A phrase as the one word the checks read it as: ``"net zero"`` → ``"netzero"``."""
    return "".join(fold_word(word) for word in phrase.split())


def word_stem(word: str) -> str:
    """The stem of one word as written (folded, squeezed, then stemmed)."""
    return stem(joined(word))


@dataclass(frozen=True)
class WordLists:
    """The lists of ``words.json``, ready to look words up in."""

    stop_words: frozenset[str]
    fillers: frozenset[str]
    generic_words: tuple[str, ...]
    question_words: frozenset[str]
    synonyms: tuple[SynonymGroup, ...]

    @classmethod
    def from_dict(cls, data: Any) -> WordLists:
        if not isinstance(data, dict):
            raise WordListError("The word lists file is a JSON object.")
        lists = {name: _word_list(data, name) for name in
                 ("stop_words", "fillers", "generic_words", "question_words")}
        groups = data.get("synonyms", [])
        if not isinstance(groups, list):
            raise WordListError("“synonyms” must be a list of lists of words.")
        return cls(stop_words=frozenset(lists["stop_words"]),
                   fillers=frozenset(lists["fillers"]),
                   generic_words=tuple(lists["generic_words"]),
                   question_words=frozenset(lists["question_words"]),
                   synonyms=tuple(_group(index, group) for index, group in enumerate(groups)))

    @property
    def question_stop_words(self) -> frozenset[str]:
        """Words never taken as what a question asks for: no meaning, or instructions."""
        return self.stop_words | self.question_words

    def joined_phrases(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """Every synonym phrase, as (joined word, pattern), longest first."""
        found = {word: pattern for group in self.synonyms for word, pattern in group.phrases}
        return tuple(sorted(found.items(), key=lambda item: -len(item[0])))

    def synonyms_of(self, value: str) -> frozenset[str]:
        """The stems that mean much the same as stem ``value`` (``value`` included).

        A stem belongs to a group when it is one of the group's stems or starts
        with one of :data:`PREFIX_LENGTH` letters or more ("employer" with "employ").
        """
        return _synonyms_of(self, value)


@cache
def _synonyms_of(lists: WordLists, value: str) -> frozenset[str]:
    found: set[str] = set()
    for group in lists.synonyms:
        if any(value == other or (len(other) >= PREFIX_LENGTH and value.startswith(other))
               for other in group.stems):
            found |= group.stems
    return frozenset(found | {value}) if found else frozenset()


def _word_list(data: dict[str, Any], name: str) -> list[str]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise WordListError(f"“{name}” must be a list of words.")
    return value


def _group(index: int, words: Any) -> SynonymGroup:
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise WordListError(f"synonyms[{index}] must be a list of words.")
    phrases = tuple((word_stem(w), phrase_pattern(w)) for w in words if len(w.split()) > 1)
    return SynonymGroup(frozenset(word_stem(w) for w in words), phrases)


def words_path() -> Path:
    from ...paths import bundled_path

    return bundled_path("text", "words.json")


@cache
def word_lists() -> WordLists:
    """The bundled word lists (read once)."""
    return WordLists.from_dict(json.loads(words_path().read_text(encoding="utf-8")))
