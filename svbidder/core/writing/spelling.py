"""British English spell checking, offline, without native libraries.

The engine is a set of every word form of the en_GB Hunspell dictionary
(LibreOffice/Debian ``hunspell-en-gb``, LGPL), pre-expanded into
``resources/dictionaries/en_GB-words.txt.gz`` (see ``hunspell_words.py``), plus:

* the sector word list ``sector-en-GB.txt`` (wellbeing, co-production, SROI,
  common Welsh place and organisation words…);
* words from the workspace: the organisation's profile, activities, evidence
  sources and buyers (:func:`workspace_words`), and the personal dictionary
  kept in the workspace (:func:`personal_words`, :func:`add_personal_word`);
* ``en-variants.tsv`` (from SCOWL): American spellings, flagged with their
  British form first in the suggestions (color → colour, center → centre,
  analyze → analyse), and Oxford ``-ize`` forms. en_GB accepts
  "organization" and "realize" (Oxford spelling is British English), so they
  are **not** underlined; :func:`SpellChecker.style_hints` offers "organise"
  gently for people whose house style is ``-ise``.

Loading takes about 0.1 s and 20 MiB (a Hunspell engine in pure Python, such as
spylls, takes 0.8 s and 80 MiB). :meth:`SpellChecker.load` is meant to run in a
worker thread; checks are cached per word and safe to run in one worker while
the GUI thread asks for suggestions. Suggestions (edit distance 1, then 2,
Hunspell's REP table, splitting run-together words, ranked by how common a word
is) are worked out only when asked for.

What is never checked: URLs, e-mail addresses, web addresses, @names and
#hashtags, anything with a digit (2027, 1st, COVID-19), single letters,
ALL-CAPS acronyms (and their plurals, "KPIs"), names with inner capitals
("PowerPoint"), Roman numerals and words with the Welsh letters ŵ and ŷ.
Markdown markers are not letters, so they are never part of a word.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...paths import require, resources_dir
from ..text.variants import read_variants
from .hunspell_words import expand, read_text, source_digest

if TYPE_CHECKING:
    from ..storage.workspace import Workspace

DICTIONARY_DIR = resources_dir() / "dictionaries"
# Read at load; a missing one is a broken install (the expanded word list
# en_GB-words.txt.gz is only a speed-up and is rebuilt from .dic/.aff if absent).
_REQUIRED_FILES = ("en_GB.dic", "en_GB.aff", "sector-en-GB.txt", "en-variants.tsv",
                   "en-common.txt")
PERSONAL_META_KEY = "spelling.personal_words"
MAX_WORD_LENGTH = 60  # longer "words" (pasted codes, hashes) are not checked
_TOKEN_CACHE_LIMIT = 200_000

KINDS = {
    "unknown": "Not in the British English dictionary.",
    "american": "American spelling. British English uses “{british}”.",
    "ize": "Accepted (Oxford spelling), but many councils use “{british}”. "
           "Use one style throughout.",
    "prefer": "Accepted, but “{british}” is the usual British spelling.",
}
HINT_KINDS = ("ize", "prefer")


@dataclass(frozen=True)
class Misspelling:
    """A word to underline. ``start``/``end`` are offsets in the checked text
    (Python characters, or UTF-16 code units when asked for, as Qt uses)."""

    word: str
    start: int
    end: int
    kind: str = "unknown"  # unknown | american | ize | prefer
    british: str = ""  # the British form, for american/ize/prefer

    @property
    def is_hint(self) -> bool:
        """A gentle style hint (not a mistake), shown less loudly than red."""
        return self.kind in HINT_KINDS

    def message(self) -> str:
        return KINDS.get(self.kind, KINDS["unknown"]).format(british=self.british)


# ------------------------------------------------------------ tokenising

_APOS = "'\u2019"
_MARKS = "\u0300-\u036f"  # combining accents (text pasted in decomposed form)
_WORD_CHAR = rf"(?:[^\W_]|[{_MARKS}])"
_TLDS = ("uk|com|org|net|gov|info|co|io|ac|nhs|scot|wales|cymru|eu|biz|me|ly|app|online|"
         "london|community|charity|coop")
_SKIP = re.compile(
    rf"""
        (?:https?|ftp)://\S+
      | (?<![\w.-])www\.\S+
      | (?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+
      | (?<![\w@#])[@#][\w-]+
      | (?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b(?:/\S*)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MAYBE_SKIP = re.compile(r"[@#]|://|\.[^\W\d_]")
_WORDS = re.compile(rf"{_WORD_CHAR}+(?:[{_APOS}-]{_WORD_CHAR}+)*")
_ROMAN = re.compile(r"(?i)(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_WELSH_ONLY = set("ŵŷŴŶ")

# Parts before a hyphen that are fine on their own ("co-design", "non-profit").
HYPHEN_PREFIXES = frozenset({
    "co", "non", "pre", "re", "anti", "multi", "self", "cross", "inter", "sub", "semi", "ex",
    "mid", "post", "pro", "e", "bi", "tri", "de", "un", "neo", "mini", "micro", "eco", "socio",
    "vice", "quasi", "extra", "intra", "ultra", "over", "under", "well", "x",
})


@dataclass(frozen=True)
class Token:
    """A word found in text, with its offsets (Python characters)."""

    text: str
    start: int
    end: int


def normalise(word: str) -> str:
    """The form looked up: composed accents and straight apostrophes."""
    word = unicodedata.normalize("NFC", word)
    return word.replace("\u2019", "'") if "\u2019" in word else word


_HAS_DIGIT = re.compile(r"\d")
_ROMAN_START = frozenset("ivxlcdmIVXLCDM")
_ROMAN_WORDS = frozenset({"mild", "mix", "dim", "mid", "civic", "livid", "vivid", "lid", "mic"})


def _skip_token(word: str) -> bool:
    if len(word) < 2 or len(word) > MAX_WORD_LENGTH:
        return True
    if _HAS_DIGIT.search(word):
        return True
    if word.isupper():
        return True  # ALL-CAPS acronym or shouted heading
    if word[-1] == "s" and word[-2].isupper() and _PLURAL_ACRONYM.fullmatch(word):
        return True
    if not _WELSH_ONLY.isdisjoint(word):
        return True
    if word[0] in _ROMAN_START and _ROMAN.fullmatch(word) and word.lower() not in _ROMAN_WORDS:
        return len(word) <= 4 or word.isupper()
    return False


def _inner_capitals(part: str) -> bool:
    """``PowerPoint``, ``eBay``, ``McDonald``: names, not checked."""
    return any(ch.isupper() for ch in part[1:]) and not part.isupper()


def _word_matches(text: str) -> Iterator[re.Match[str]]:
    """Word-like runs in ``text``, leaving out those inside web and e-mail addresses,
    @names and #hashtags."""
    if not _MAYBE_SKIP.search(text):
        yield from _WORDS.finditer(text)
        return
    spans = [m.span() for m in _SKIP.finditer(text)]
    index = 0
    for match in _WORDS.finditer(text):
        start = match.start()
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] <= start < spans[index][1]:
            continue
        yield match


def tokens(text: str) -> list[Token]:
    """Words to check in ``text`` (skipping URLs, e-mail addresses and the like)."""
    return [Token(m.group(), m.start(), m.end()) for m in _word_matches(text)
            if not _skip_token(m.group())]


def utf16_offset(text: str, index: int) -> int:
    """A Python string index as a UTF-16 offset (what Qt's QString positions count)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _with_case(template: str, word: str) -> str:
    """``word`` cased like ``template`` (Title or UPPER), apostrophes kept."""
    if "\u2019" in template:
        word = word.replace("'", "\u2019")
    if template[:1].isupper() and not word[:1].isupper():
        if template.isupper() and len(template) > 1:
            return word.upper()
        return word[:1].upper() + word[1:]
    return word


# ------------------------------------------------------------- the checker

_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
for _row_index, _row in enumerate(_KEYBOARD):
    for _col, _key in enumerate(_row):
        near = set(_row[max(0, _col - 1):_col + 2])
        for other_index in (_row_index - 1, _row_index + 1):
            if 0 <= other_index < len(_KEYBOARD):
                near |= set(_KEYBOARD[other_index][max(0, _col - 1):_col + 2])
        _NEIGHBOURS[_key] = near - {_key}
_VOWELS = set("aeiouy")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz'-é"
_TIER_PENALTY = {10: 0.0, 20: 0.05, 35: 0.1, 40: 0.15, 50: 0.2}
_UNCOMMON_PENALTY = 0.3


class SpellChecker:
    """British English spelling for one app (or one command).

    Call :meth:`load` once (in a worker thread in the GUI); checking before
    that loads on first use. Give it the workspace's words with
    :meth:`set_workspace_words` and :meth:`set_personal_words` (or
    :meth:`use_workspace`).
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory else resources_dir() / "dictionaries"
        self._lock = threading.RLock()
        self._loaded = False
        self._words: AbstractSet[str] = frozenset()
        self._nosuggest: frozenset[str] = frozenset()
        self._sector: frozenset[str] = frozenset()
        self._variants: dict[str, tuple[str, str]] = {}
        self._rep: list[tuple[str, str]] = []
        self._workspace_words: frozenset[str] = frozenset()
        self._personal: frozenset[str] = frozenset()
        self._extra_exact: frozenset[str] = frozenset()
        self._extra_lower: frozenset[str] = frozenset()
        self._cache: dict[str, tuple[str, str] | None] = {}
        self._token_cache: dict[tuple[str, bool], tuple[Misspelling, ...]] = {}
        self._suggest_cache: dict[str, list[str]] = {}
        self._common: dict[str, int] | None = None
        self._buckets: dict[tuple[str, int], list[str]] | None = None

    # -------------------------------------------------------------- loading

    @property
    def loaded(self) -> bool:
        return self._loaded

    def load(self) -> SpellChecker:
        """Read the dictionary files (about 0.1 s). Safe to call again or from a thread."""
        with self._lock:
            if self._loaded:
                return self
            for name in _REQUIRED_FILES:
                require(self.directory / name)
            words, nosuggest = self._read_words()
            words |= nosuggest  # in place: copies of 185,000 words cost about 20 MB at peak
            self._words = words
            self._nosuggest = frozenset(nosuggest)
            self._sector = frozenset(_read_word_list(self.directory / "sector-en-GB.txt"))
            self._variants = {word: (row.kind, row.british) for word, row in
                              read_variants(self.directory / "en-variants.tsv").items()}
            self._rep = _read_rep(self.directory / "en_GB.aff")
            self._rebuild_extra()
            self._loaded = True
        return self

    def _read_words(self) -> tuple[set[str], set[str]]:
        dic_path, aff_path = self.directory / "en_GB.dic", self.directory / "en_GB.aff"
        expanded = self.directory / "en_GB-words.txt.gz"
        digest = source_digest(dic_path.read_bytes(), aff_path.read_bytes())
        if expanded.exists():
            text = gzip.decompress(expanded.read_bytes()).decode("utf-8")
            header, _, body = text.partition("\n")
            del text
            if header == f"#svbidder-words digest={digest}":
                listed, _, unsuggested = body.partition("\n#nosuggest\n")
                del body
                words = set(listed.split("\n"))
                del listed
                nosuggest = set(unsuggested.split("\n"))
                words.discard("")
                nosuggest.discard("")
                return words, nosuggest
        # The Hunspell files were replaced: expand them instead (about 0.5 s).
        return expand(read_text(dic_path), read_text(aff_path))

    def _ensure(self) -> None:
        if not self._loaded:
            self.load()

    # --------------------------------------------------------- extra words

    def set_workspace_words(self, words: Iterable[str]) -> None:
        """Words from the organisation's profile, activities and bids (accepted)."""
        with self._lock:
            self._workspace_words = frozenset(normalise(w) for w in words if w)
            self._rebuild_extra()

    def set_personal_words(self, words: Iterable[str]) -> None:
        """The workspace's personal dictionary (accepted)."""
        with self._lock:
            self._personal = frozenset(normalise(w) for w in words if w)
            self._rebuild_extra()

    def use_workspace(self, ws: Workspace) -> None:
        """Accept the workspace's own words and its personal dictionary.
        Reads the workspace, so call it on the thread that owns it."""
        self.set_workspace_words(workspace_words(ws))
        self.set_personal_words(personal_words(ws))

    def _rebuild_extra(self) -> None:
        extra = self._sector | self._workspace_words | self._personal
        self._extra_exact = frozenset(w for w in extra if w != w.lower())
        self._extra_lower = frozenset(w for w in extra if w == w.lower())
        # New dicts: a worker in the middle of a check keeps using the old ones safely.
        self._cache = {}
        self._token_cache = {}
        self._suggest_cache = {}

    # ------------------------------------------------------------- checking

    def is_correct(self, word: str) -> bool:
        """True when a single word is accepted: "organize" is (it only gets a gentle
        hint), "color" is not."""
        self._ensure()
        verdict = self._verdict(normalise(word))
        return verdict is None or verdict[0] in HINT_KINDS

    def _known(self, word: str) -> bool:
        words = self._words
        if word in words or word in self._extra_exact:
            return True
        lower = word.lower()
        if word != lower:
            rest = word[1:]
            if rest == rest.lower() or word.isupper():
                # Title Case or UPPER of a lower-case word, or UPPER of a Name.
                if lower in words or lower in self._extra_lower:
                    return True
                if word.isupper():
                    title = word[:1] + rest.lower()
                    if title in words or title in self._extra_exact:
                        return True
        elif lower in self._extra_lower:
            return True
        if word.endswith(("'s", "'S")) and len(word) > 3:
            return self._known(word[:-2])
        return False

    def _verdict(self, word: str) -> tuple[str, str] | None:
        """None when fine, else ``(kind, british)``; only the word's own spelling."""
        cache = self._cache
        if word in cache:
            return cache[word]
        verdict: tuple[str, str] | None
        lower = word.lower()
        variant = self._variant(lower)
        if self._known(word):
            verdict = None
            if variant and variant[0] in HINT_KINDS and lower not in self._extra_lower \
                    and word not in self._extra_exact:
                verdict = (variant[0], _with_case(word, variant[1]))
        elif variant and variant[0] == "american":
            verdict = ("american", _with_case(word, variant[1]))
        else:
            verdict = ("unknown", "")
        cache[word] = verdict
        return verdict

    def _variant(self, lower: str) -> tuple[str, str] | None:
        variant = self._variants.get(lower)
        if variant is None and lower.endswith("'s"):
            stem = self._variants.get(lower[:-2])
            if stem is not None:
                variant = (stem[0], stem[1] + "'s")
        return variant

    def _check_token(self, token: Token, text: str) -> list[Misspelling]:
        word = normalise(token.text)
        verdict = self._verdict(word)
        if verdict is not None and verdict[1]:
            verdict = (verdict[0], _with_case(token.text, verdict[1]))
        if verdict is None or verdict[0] in HINT_KINDS:
            return [Misspelling(token.text, token.start, token.end, *verdict)] if verdict else []
        # "etc." and other abbreviations the dictionary lists with their full stop
        if text[token.end:token.end + 1] == "." and (word + ".") in self._words:
            return []
        if _inner_capitals(word) and "-" not in word:
            return []
        if "-" in word and verdict[0] == "unknown":
            return self._check_hyphenated(token, word)
        return [Misspelling(token.text, token.start, token.end, *verdict)]

    def _check_hyphenated(self, token: Token, word: str) -> list[Misspelling]:
        found: list[Misspelling] = []
        offset = 0
        for part in word.split("-"):
            start = token.start + offset
            offset += len(part) + 1
            if not part or part.lower() in HYPHEN_PREFIXES or _skip_token(part) \
                    or _inner_capitals(part):
                continue
            verdict = self._verdict(part)
            if verdict is not None and verdict[0] not in HINT_KINDS:
                found.append(Misspelling(token.text[start - token.start:
                                                    start - token.start + len(part)],
                                         start, start + len(part), *verdict))
        return found

    def check_text(self, text: str, *, hints: bool = False,
                   utf16: bool = False) -> list[Misspelling]:
        """The misspelt words in ``text`` (plain text or our Markdown), in order.

        With ``hints=True`` gentle style hints (``-ize`` → ``-ise``, "gray" →
        "grey") are included too (their ``is_hint`` is true). ``utf16=True``
        gives offsets in UTF-16 code units, as Qt counts them.
        """
        self._ensure()
        cache = self._token_cache
        if len(cache) > _TOKEN_CACHE_LIMIT:
            cache.clear()
        found: list[Misspelling] = []
        for match in _word_matches(text):
            word = match.group()
            end = match.end()
            key = (word, text[end:end + 1] == ".")
            relative = cache.get(key)
            if relative is None:
                relative = () if _skip_token(word) else tuple(
                    self._check_token(Token(word, 0, len(word)), word + "." * key[1]))
                cache[key] = relative
            if relative:
                start = match.start()
                for item in relative:
                    if hints or not item.is_hint:
                        found.append(Misspelling(item.word, start + item.start,
                                                 start + item.end, item.kind, item.british))
        if utf16 and found and any(ord(ch) > 0xFFFF for ch in text):
            found = [_to_utf16(text, item) for item in found]
        return found

    def style_hints(self, text: str) -> list[Misspelling]:
        """Only the gentle hints: Oxford ``-ize`` forms and spellings like "gray"."""
        return [m for m in self.check_text(text, hints=True) if m.is_hint]

    # ---------------------------------------------------------- suggesting

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` corrections, best first (worked out on request, then cached)."""
        self._ensure()
        key = f"{limit}\0{word}"
        cached = self._suggest_cache.get(key)
        if cached is not None:
            return list(cached)
        result = self._suggest(word, limit)
        self._suggest_cache[key] = result
        return list(result)

    def _suggestable(self, word: str) -> bool:
        return ((word in self._words and word not in self._nosuggest)
                or word in self._extra_exact or word in self._extra_lower)

    def _suggest(self, original: str, limit: int) -> list[str]:
        word = normalise(original)
        if not word:
            return []
        verdict = self._verdict(word)
        if verdict is None:
            return []  # a correct word
        if verdict[0] in HINT_KINDS:
            return [_with_case(original, verdict[1])]
        lower = word.lower()
        found = _Candidates(word)
        self._offer_british_form(found, word, lower)
        self._offer_other_case(found, word, lower)
        self._offer_replacements(found, lower)
        self._offer_one_edit(found, lower)
        self._offer_two_words(found, lower)
        if found.likely() < min(limit, 3):
            for candidate, distance in self._near(lower):
                found.offer(candidate, 1.0 + distance * 0.6)
        return self._best(original, found, limit)

    def _offer_british_form(self, found: _Candidates, word: str, lower: str) -> None:
        """An American spelling's British form comes first ("color" → "colour")."""
        variant = self._variant(lower)
        if variant:
            found.offer(_with_case(word, variant[1]), -1.0)

    def _offer_other_case(self, found: _Candidates, word: str, lower: str) -> None:
        """The word in lower case, or with a capital first letter ("london" → "London")."""
        for form in (lower, lower[:1].upper() + lower[1:]):
            if form != word and self._suggestable(form):
                found.offer(form, 0.0)

    def _offer_replacements(self, found: _Candidates, lower: str) -> None:
        """Hunspell's REP table: common misspellings of sounds ("f" for "ph")."""
        for old, new in self._rep:
            start = lower.find(old)
            while start != -1:
                candidate = lower[:start] + new + lower[start + len(old):]
                if all(self._suggestable(part) for part in candidate.split("_")):
                    found.offer(candidate.replace("_", " "), 0.3)
                start = lower.find(old, start + 1)

    def _offer_one_edit(self, found: _Candidates, lower: str) -> None:
        """Words one typo away (a swapped, missing, extra or wrong letter)."""
        for candidate, score in _edits1(lower):
            for form in (candidate, candidate[:1].upper() + candidate[1:]):
                if self._suggestable(form):
                    found.offer(form, score + (0.2 if form != candidate else 0.0))

    def _offer_two_words(self, found: _Candidates, lower: str) -> None:
        """Two common words run together ("alot" → "a lot", "followup" → "follow-up")."""
        common = self._common_levels()
        for index in range(1, len(lower)):
            first, second = lower[:index], lower[index:]
            if common.get(first, 99) <= 35 and common.get(second, 99) <= 35 \
                    and self._suggestable(first) and self._suggestable(second):
                found.offer(f"{first} {second}", 0.8)
                if self._suggestable(f"{first}-{second}"):
                    found.offer(f"{first}-{second}", 0.7)

    def _best(self, original: str, found: _Candidates, limit: int) -> list[str]:
        """Up to ``limit`` candidates, likeliest and commonest first, cased as typed."""
        common = self._common_levels()

        def rank(item: tuple[str, float]) -> tuple[float, int, str]:
            candidate, score = item
            level = max(common.get(part, common.get(part.lower(), 0))
                        for part in candidate.split())
            penalty = _TIER_PENALTY.get(level, _UNCOMMON_PENALTY)
            return (score + penalty, abs(len(candidate) - len(found.word)), candidate)

        result: list[str] = []
        seen: set[str] = set()
        for candidate, _ in sorted(found.scores.items(), key=rank):
            cased = _with_case(original, candidate) if candidate == candidate.lower() \
                else candidate
            if cased != original and cased.casefold() not in seen:
                seen.add(cased.casefold())
                result.append(cased)
            if len(result) >= limit:
                break
        return result

    def _common_levels(self) -> dict[str, int]:
        if self._common is None:
            with self._lock:
                if self._common is None:
                    self._common = _read_common(self.directory / "en-common.txt")
        return self._common

    def _near(self, word: str) -> list[tuple[str, int]]:
        """Words within two edits (Damerau–Levenshtein) of a lower-case ``word``."""
        if len(word) < 3:
            return []
        buckets = self._bucket_index()
        found: list[tuple[str, int]] = []
        letters = set(word)
        for first in {word[0], word[1]}:
            for length in range(len(word) - 2, len(word) + 3):
                for candidate in buckets.get((first, length), ()):
                    # Two edits change at most four letters of the set of letters.
                    if len(letters.symmetric_difference(candidate)) > 4:
                        continue
                    distance = _distance(word, candidate, 2)
                    if distance <= 2:
                        found.append((candidate, distance))
        return found

    def _bucket_index(self) -> dict[tuple[str, int], list[str]]:
        if self._buckets is None:
            with self._lock:
                if self._buckets is None:
                    buckets: dict[tuple[str, int], list[str]] = {}
                    for word in self._words:
                        if word[:1].islower() and "'" not in word \
                                and word not in self._nosuggest:
                            buckets.setdefault((word[0], len(word)), []).append(word)
                    self._buckets = buckets
        return self._buckets


class _Candidates:
    """Corrections offered for one word, each with its best (lowest) score."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.scores: dict[str, float] = {}

    def offer(self, candidate: str, score: float) -> None:
        if candidate == self.word or self.scores.get(candidate, score + 1) <= score:
            return
        self.scores[candidate] = score

    def likely(self) -> int:
        """How many candidates are likely typos (a score of 1 or less)."""
        return sum(1 for score in self.scores.values() if score <= 1.0)


def _to_utf16(text: str, item: Misspelling) -> Misspelling:
    return Misspelling(item.word, utf16_offset(text, item.start), utf16_offset(text, item.end),
                       item.kind, item.british)


def _edits1(word: str) -> list[tuple[str, float]]:
    """Every one-edit change of ``word`` with a score (lower = a likelier typo)."""
    out: list[tuple[str, float]] = []
    n = len(word)
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            out.append((word[:i] + word[i + 1] + word[i] + word[i + 2:], 0.4))
    for i in range(n):
        doubled = (i > 0 and word[i - 1] == word[i]) or (i + 1 < n and word[i + 1] == word[i])
        out.append((word[:i] + word[i + 1:], 0.5 if doubled else 0.9))
    for i in range(n):
        here = word[i]
        near = _NEIGHBOURS.get(here, set())
        for ch in _ALPHABET:
            if ch == here:
                continue
            likely = ch in near or (here in _VOWELS and ch in _VOWELS)
            out.append((word[:i] + ch + word[i + 1:], 0.6 if likely else 1.0))
    for i in range(n + 1):
        for ch in _ALPHABET:
            doubled = (i > 0 and word[i - 1] == ch) or (i < n and word[i] == ch)
            out.append((word[:i] + ch + word[i:], 0.5 if doubled else 0.9))
    return out


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau–Levenshtein (adjacent transpositions) distance, stopping above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = current[0]
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            cost = 0 if ai == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


# ------------------------------------------------------------- data files

def _read_word_list(path: Path) -> list[str]:
    """One word a line; ``#`` starts a comment."""
    if not path.exists():
        return []
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(normalise(line))
    return words


def _read_rep(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in read_text(path).splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "REP" and not parts[1].isdigit():
            pairs.append((parts[1], parts[2]))
    return pairs


def _read_common(path: Path) -> dict[str, int]:
    levels: dict[str, int] = {}
    if not path.exists():
        return levels
    level = 99
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            level = int(line[3:])
        elif line and not line.startswith("#"):
            levels[line] = level
    return levels


# ----------------------------------------------------------- the workspace

def personal_words(ws: Workspace) -> list[str]:
    """The workspace's personal dictionary (tolerates a damaged setting)."""
    try:
        data = json.loads(ws.meta(PERSONAL_META_KEY) or "[]")
    except (TypeError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return sorted({str(w).strip() for w in data if isinstance(w, str) and w.strip()},
                  key=str.casefold)


def _save_personal(ws: Workspace, words: Iterable[str]) -> None:
    ws.set_meta(PERSONAL_META_KEY, json.dumps(sorted(set(words), key=str.casefold),
                                              ensure_ascii=False))


def add_personal_word(ws: Workspace, word: str) -> list[str]:
    """Add a word to the personal dictionary ("Add to dictionary"); returns the list."""
    word = normalise(word.strip())
    words = personal_words(ws)
    if word and word not in words:
        words.append(word)
        _save_personal(ws, words)
    return personal_words(ws)


def remove_personal_word(ws: Workspace, word: str) -> list[str]:
    words = [w for w in personal_words(ws) if w != normalise(word.strip())]
    _save_personal(ws, words)
    return personal_words(ws)


_NAME_FIELDS = {
    "organisation": ("name", "area_served"),
    "activity": ("title", "area", "venue", "delivered_by"),
    "evidence_item": ("title", "source", "evaluator"),
    "bid": ("buyer", "contract_title"),
}
_TEXT_FIELDS = {
    "organisation": ("mission",),
    "activity": ("description", "beneficiaries", "outcomes_text", "tags"),
    "evidence_item": ("body",),
}


def workspace_words(ws: Workspace) -> set[str]:
    """Words the organisation uses for itself: every word of names and places
    (organisation name, area served, activity titles, venues and partners,
    evidence sources, buyers), and capitalised words (names) from its
    descriptions. Typos in ordinary words of descriptions are not accepted."""
    from ..storage.records import Activity, Bid, EvidenceItem, Record

    words: set[str] = set()

    def take(text: str, names_only: bool) -> None:
        for token in tokens(text or ""):
            for part in token.text.split("-"):
                if len(part) < 2:
                    continue
                if not names_only or part[:1].isupper():
                    words.add(normalise(part))
            if not names_only or token.text[:1].isupper():
                words.add(normalise(token.text))

    records: list[tuple[str, Sequence[Record]]] = [
        ("organisation", [ws.organisation()]),
        ("activity", ws.find(Activity)),
        ("evidence_item", ws.find(EvidenceItem)),
        ("bid", ws.find(Bid))]
    for table, items in records:
        for item in items:
            for name in _NAME_FIELDS.get(table, ()):
                take(getattr(item, name, ""), False)
            for name in _TEXT_FIELDS.get(table, ()):
                take(getattr(item, name, ""), True)
    return words


# ----------------------------------------------------------- shared checker

_shared: SpellChecker | None = None
_shared_lock = threading.Lock()


def shared_checker() -> SpellChecker:
    """One checker for the whole app (not loaded until :meth:`SpellChecker.load`)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SpellChecker()
        return _shared


def check_text(text: str, *, hints: bool = False, utf16: bool = False) -> list[Misspelling]:
    """:meth:`SpellChecker.check_text` with the shared checker."""
    return shared_checker().check_text(text, hints=hints, utf16=utf16)


def suggest(word: str, limit: int = 5) -> list[str]:
    """:meth:`SpellChecker.suggest` with the shared checker."""
    return shared_checker().suggest(word, limit)
