"""The answer as the checks read it: plain text, paragraphs, sentences, words.

Every check works on the plain text of an answer, exactly as
:func:`svbidder.core.counting.markdown_to_plain` gives it (and as the editor
shows it): one line per paragraph, list markers, ``#`` and emphasis markers
gone, blank lines dropped. Finding spans are character offsets into that text.
:class:`TextMap` maps them back to the stored Markdown (and the other way).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from ...text.vocabulary import PREFIX_LENGTH
from ...text.words import fold_word, stem
from ..counting import markdown_to_plain

# The same shapes counting.py strips (kept in step by tests/core/test_checks.py).
T = TypeVar("T")

_LIST_START = re.compile(r"^\s*(?:[-*+•]|\d{1,9}[.)])[ \t]+")
_HEADING_START = re.compile(r"^ {0,3}#{1,6}[ \t]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2029")


def _align(plain: str, source: str, begin: int) -> list[int] | None:
    """Where each character of ``plain`` sits in ``source`` (a subsequence), from ``begin``."""
    positions: list[int] = []
    at = begin
    length = len(source)
    for char in plain:
        while at < length and source[at] != char:
            at += 1
        if at >= length:
            return None
        positions.append(at)
        at += 1
    return positions


class TextMap:
    """Maps character offsets between a stored answer (Markdown) and its plain text.

    ``TextMap(markdown).plain == markdown_to_plain(markdown)``.
    :meth:`to_markdown` turns a plain offset into a Markdown offset (a start
    offset goes to the character itself; use ``end=True`` for the end of a span,
    which goes just after the previous character, so markers after a word stay
    outside the span). :meth:`to_plain` does the reverse; a Markdown offset
    inside a marker or a blank line goes to the next plain character.
    """

    def __init__(self, markdown: str) -> None:
        self.markdown = markdown or ""
        plain_lines: list[str] = []
        self._plain_starts: list[int] = []  # offset of each plain line in self.plain
        self._positions: list[list[int]] = []  # markdown offset of each plain character
        self._line_ends: list[int] = []  # markdown offset of the end of each line
        plain_length = 0
        text = self.markdown
        starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        ends = [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]
        for line_start, line_end in zip(starts, ends, strict=True):
            line = text[line_start:line_end]
            plain = markdown_to_plain(line)
            if not plain:
                continue
            begin = 0
            for shape in (_LIST_START, _HEADING_START):
                found = shape.match(line)
                if found:
                    begin = found.end()
                    break
            positions = _align(plain, line, begin) or _align(plain, line, 0)
            if positions is None:  # pragma: no cover - counting changed its rules
                positions = [min(len(line) - 1, i) for i in range(len(plain))]
            if plain_lines:
                plain_length += 1  # the "\n" between lines
            self._plain_starts.append(plain_length)
            self._positions.append([line_start + p for p in positions])
            self._line_ends.append(line_end)
            plain_lines.append(plain)
            plain_length += len(plain)
        self.plain = "\n".join(plain_lines)
        self._md_starts = [positions[0] for positions in self._positions]

    def to_markdown(self, offset: int, *, end: bool = False) -> int:
        """The Markdown offset of plain offset ``offset`` (see the class notes)."""
        if not self._positions:
            return 0
        offset = max(0, min(int(offset), len(self.plain)))
        line = bisect.bisect_right(self._plain_starts, offset) - 1
        column = offset - self._plain_starts[line]
        positions = self._positions[line]
        if end and column > 0:
            return positions[min(column, len(positions)) - 1] + 1
        if column >= len(positions):  # the line break after a line
            return self._line_ends[line]
        return positions[column]

    def span_to_markdown(self, start: int, end: int) -> tuple[int, int]:
        """A plain span as a Markdown span; an empty span stays empty."""
        if start == end:
            at = self.to_markdown(start)
            return at, at
        return self.to_markdown(start), self.to_markdown(end, end=True)

    def to_plain(self, md_offset: int) -> int:
        """The plain offset of Markdown offset ``md_offset`` (see the class notes)."""
        if not self._positions:
            return 0
        md_offset = max(0, min(int(md_offset), len(self.markdown)))
        line = bisect.bisect_right(self._md_starts, md_offset) - 1
        if line < 0:
            return 0
        positions = self._positions[line]
        column = bisect.bisect_left(positions, md_offset)
        if column >= len(positions) and md_offset > self._line_ends[line]:
            # between lines: the start of the next plain line, or the end of the text
            return (self._plain_starts[line + 1] if line + 1 < len(self._plain_starts)
                    else len(self.plain))
        return self._plain_starts[line] + column


def plain_to_markdown_offsets(markdown: str, start: int, end: int) -> tuple[int, int]:
    """A span of ``markdown_to_plain(markdown)`` as a span of ``markdown``."""
    return TextMap(markdown).span_to_markdown(start, end)


def line_and_column(plain: str, offset: int) -> tuple[int, int]:
    """Which line (paragraph, from 0) of the plain text ``offset`` is in, and where in it.

    The editor's non-empty blocks are the plain text's lines, in order, so this
    finds the block and the position in it.
    """
    offset = max(0, min(int(offset), len(plain)))
    line = plain.count("\n", 0, offset)
    start = plain.rfind("\n", 0, offset) + 1
    return line, offset - start


# ------------------------------------------------------------------ reading

_WORD = re.compile(r"[^\W\d_](?:[\w'’]*[^\W_])?(?:-[^\W\d_][\w'’]*)*|\d[\d,.]*\d|\d",
                   re.UNICODE)
_ABBREVIATIONS = {"e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "no", "approx", "vs",
                  "cf", "inc", "ltd", "co", "nb", "p", "pp", "fig", "incl", "min", "max",
                  "est", "dept", "govt", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                  "sep", "sept", "oct", "nov", "dec"}
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")
# A line ends as a sentence does: a full stop, question or exclamation mark,
# perhaps followed by closing quotes or brackets.
_ENDS_AS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")
# Longest line, in words, read as a heading when it has no final full stop.
HEADING_MAX_WORDS = 10
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the plain text: ``text == plain[start:end]``."""

    start: int
    end: int
    text: str
    paragraph: int

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)


def _split_sentences(line: str, offset: int, paragraph: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for found in _SENTENCE_END.finditer(line):
        before = line[start:found.start()]
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        last = last.lstrip("(\"'“‘")
        if found.group().startswith(".") and (last in _ABBREVIATIONS or
                                               (len(last) == 1 and last.isalpha())):
            continue
        after = line[found.end():].lstrip()
        if after and not (after[0].isupper() or after[0].isdigit() or after[0] in "\"“‘'(£"):
            continue
        end = found.end()
        if line[start:end].strip():
            sentences.append(_sentence(line, start, end, offset, paragraph))
        start = end
    if line[start:].strip():
        sentences.append(_sentence(line, start, len(line), offset, paragraph))
    return sentences


def _sentence(line: str, start: int, end: int, offset: int, paragraph: int) -> Sentence:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return Sentence(offset + start, offset + end, line[start:end], paragraph)


def _line_kind(line: str) -> str:
    """``"blank"``, ``"heading"`` (``## …``), ``"list"`` (a bullet or number) or ``"text"``."""
    if not line.strip():
        return "blank"
    if _HEADING_START.match(line):
        return "heading"
    if _LIST_START.match(line):
        return "list"
    return "text"


def heading_lines(markdown: str) -> frozenset[int]:
    """Which lines of ``markdown_to_plain(markdown)`` are headings rather than sentences.

    A Markdown heading (``## How we will deliver it``) always is. So is a short
    line (up to :data:`HEADING_MAX_WORDS` words) that does not end as a sentence
    does and stands alone as a paragraph: not a list item, with a blank line,
    a heading or a list (or the start) before it and after it, and something
    after it to be the heading of. "How we will deliver it" above a paragraph
    names a section; it promises nothing.
    """
    raw = _LINE_BREAK.split(markdown or "")
    kinds = [_line_kind(line) for line in raw]
    last_content = max((i for i, kind in enumerate(kinds) if kind != "blank"), default=-1)
    found: set[int] = set()
    plain_index = -1
    for index, line in enumerate(raw):
        plain = markdown_to_plain(line)
        if not plain:
            continue
        plain_index += 1
        kind = kinds[index]
        if kind == "heading":
            found.add(plain_index)
            continue
        if kind != "text" or index >= last_content:
            continue
        before = kinds[index - 1] if index else "blank"
        after = kinds[index + 1] if index + 1 < len(kinds) else "blank"
        if before == "text" or after == "text":
            continue  # part of a longer paragraph
        text = plain.strip()
        if len(words_of(text)) <= HEADING_MAX_WORDS and not _ENDS_AS_SENTENCE.search(text):
            found.add(plain_index)
    return frozenset(found)


class Analysis:
    """Plain text split up once, shared by every rule in a run.

    Give the stored ``markdown`` too when there is one, so headings can be told
    from sentences (:attr:`headings`).
    """

    def __init__(self, plain: str, markdown: str | None = None) -> None:
        self.plain = plain
        self.lower = plain.lower()
        self.markdown = markdown
        self._memo: dict[str, object] = {}

    def memo(self, key: str, compute: Callable[[str], T]) -> T:
        """``compute(self.plain)``, worked out once per analysis (rules share it)."""
        if key not in self._memo:
            self._memo[key] = compute(self.plain)
        # Each key is only ever computed by one function, so its value has that
        # function's type T; the shared dict cannot say so.
        return self._memo[key]  # type: ignore[return-value]

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each line."""
        spans: list[tuple[int, int]] = []
        start = 0
        for line in self.plain.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        return spans

    @cached_property
    def sentences(self) -> list[Sentence]:
        found: list[Sentence] = []
        for index, (start, end) in enumerate(self.paragraphs):
            found.extend(_split_sentences(self.plain[start:end], start, index))
        return found

    @cached_property
    def headings(self) -> frozenset[int]:
        """Indexes of the paragraphs (lines) that are headings (see :func:`heading_lines`)."""
        return heading_lines(self.markdown) if self.markdown is not None else frozenset()

    @cached_property
    def prose_sentences(self) -> list[Sentence]:
        """The sentences that are not headings: what a commitment rule reads."""
        headings = self.headings
        return [s for s in self.sentences if s.paragraph not in headings]

    @cached_property
    def _heading_order(self) -> list[int]:
        return sorted(self.headings)

    def heading_above(self, paragraph: int) -> int | None:
        """The paragraph index of the nearest heading before ``paragraph``, if any."""
        index = bisect.bisect_left(self._heading_order, paragraph) - 1
        return self._heading_order[index] if index >= 0 else None

    @cached_property
    def words(self) -> list[re.Match[str]]:
        return list(_WORD.finditer(self.plain))

    @cached_property
    def word_count(self) -> int:
        return len(self.words)

    @cached_property
    def stems(self) -> list[str]:
        """The stems of the words (folded, hyphens and apostrophes removed), sorted."""
        return sorted({stem(fold_word(m.group())) for m in self.words})

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _QUOTED.finditer(self.plain)]

    def in_quote(self, position: int) -> bool:
        return any(start < position < end for start, end in self.quoted)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, position: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and self.sentences[index].start <= position <= self.sentences[index].end:
            return self.sentences[index]
        return None

    def paragraph_text(self, index: int) -> str:
        start, end = self.paragraphs[index]
        return self.plain[start:end]

    def has_stem(self, value: str) -> bool:
        """Whether a word of the answer has stem ``value``, or one that starts the same:
        the shorter of the two stems (at least
        :data:`~svbidder.core.text.vocabulary.PREFIX_LENGTH` letters) begins the longer.

        "employ" is in "employers" and "apprenticeship" in "apprentices"; "alon"
        (alone) is too short to be found in "alongside".
        """
        stems = self.stems
        index = bisect.bisect_left(stems, value)
        if index < len(stems) and (stems[index] == value or (
                len(value) >= PREFIX_LENGTH and stems[index].startswith(value))):
            return True
        known = self._stem_set
        return any(value[:size] in known for size in range(PREFIX_LENGTH, len(value)))

    @cached_property
    def _stem_set(self) -> frozenset[str]:
        return frozenset(self.stems)


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a long literal list, as a set."""
    return frozenset(text.split())


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)
