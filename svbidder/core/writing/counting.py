"""Counting words and characters exactly as evaluators do, and a portal-safe count.

One module used everywhere (editor, checks, export, ``svbidder count``); the
rules, with examples and sources, are in docs/counting.md. In short:

* **words** — as Microsoft Word counts them: runs of characters between
  whitespace, where an en dash (–), em dash (—) and horizontal bar (―) also
  separate words and are not words themselves.
  Hyphenated compounds (``well-being``), numbers and money (``£1,200.50``),
  e-mail addresses and web addresses are one word each.
* **characters** — every character the evaluator sees, spaces included,
  paragraph marks not; **characters_no_spaces** leaves out all whitespace.
* **paragraphs** — lines with any text.
* **safe_words** / **safe_characters** — the highest count any common counter
  would give: a plain-text portal (which counts list bullets and numbers,
  standalone dashes as words, line breaks as two characters and an emoji as
  two or more), and a counter that also splits at slashes. Keeping under a
  limit by the safe count keeps you under it everywhere.

Answers are stored as limited Markdown (paragraphs, ``- `` bullets, ``1. ``
numbered items, ``**bold**``, ``*italic*``, ``## `` sub-headings). The main
counts are of the text Word shows (markers gone: Word does not count list
bullets or numbers); the safe counts are of the text a portal receives when
the answer is pasted in (:func:`portal_plain_text`).

Every count is a sum over lines, so :class:`ParagraphCounter` can keep one
tally per paragraph and update a single paragraph per keystroke, always giving
the same totals as a full recount.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

# How an answer's Markdown is read is answer_markdown's; counting reads it line by
# line with the same rules. The two plain-text forms stay importable from here.
from .answer_markdown import line_forms as _line_forms
from .answer_markdown import markdown_to_plain as markdown_to_plain
from .answer_markdown import portal_plain_text as portal_plain_text
from .answer_markdown import split_lines as _lines

# ------------------------------------------------------------------ the rules

# Characters Word treats as word breaks as well as whitespace (docs/counting.md).
WORD_BREAKS = "\u2013\u2014\u2015"  # – — ―
# A wider counter also splits at these (figure dash, minus sign, ellipsis, slashes).
WIDE_BREAKS = WORD_BREAKS + "\u2012\u2212\u2026/\\"
# Soft line breaks inside a paragraph: one character in Word, two (CR LF) in a portal.
SOFT_BREAKS = "\u2028\u000b"



def _split_at(text: str, breaks: str) -> list[str]:
    """``text.split()`` with ``breaks`` also separating (str.replace is much faster
    than str.translate, and most lines hold none of them)."""
    for char in breaks:
        if char in text:
            text = text.replace(char, " ")
    return text.split()


# ``near`` starts when this share of the limit is used.
NEAR_FRACTION = 0.9

LIMIT_NOUNS = {
    "words": ("word", "words"),
    "characters": ("character", "characters"),
    "characters_no_spaces": ("character", "characters"),
    "pages": ("page", "pages"),
}

# ------------------------------------------------------------------ counts

@dataclass(frozen=True)
class Counts:
    """How long a text is, as Word counts it and by the portal-safe count."""

    words: int = 0
    characters: int = 0
    characters_no_spaces: int = 0
    paragraphs: int = 0
    safe_words: int = 0
    safe_characters: int = 0
    safe_characters_no_spaces: int = 0

    def value(self, limit_kind: str, *, safe: bool = False) -> int:
        """The count a limit of ``limit_kind`` is measured by (words, characters…)."""
        if limit_kind == "words":
            return self.safe_words if safe else self.words
        if limit_kind == "characters":
            return self.safe_characters if safe else self.characters
        if limit_kind == "characters_no_spaces":
            return self.safe_characters_no_spaces if safe else self.characters_no_spaces
        raise ValueError(f"{limit_kind!r} is not counted from text; use one of "
                         "words, characters, characters_no_spaces.")

    def as_dict(self) -> dict[str, int]:
        """The six figures ``svbidder count --json`` prints (docs/cli.md)."""
        return {
            "words": self.words,
            "characters": self.characters,
            "characters_no_spaces": self.characters_no_spaces,
            "paragraphs": self.paragraphs,
            "safe_words": self.safe_words,
            "safe_characters": self.safe_characters,
        }


class _Tally(NamedTuple):
    """Everything counted in one line; every field adds up across lines."""

    words: int
    characters: int
    characters_no_spaces: int
    paragraphs: int  # 1 when the line has text
    plain_words: int  # whitespace-separated tokens of the portal text
    wide_words: int  # portal text also split at dashes and slashes
    portal_units: int  # UTF-16 code units of the portal text (soft breaks as 2)
    portal_units_no_spaces: int


_EMPTY = _Tally(0, 0, 0, 0, 0, 0, 0, 0)
# Which tally field each kind of limit is measured by (the main count).
_MAIN_FIELDS = {"words": 0, "characters": 1, "characters_no_spaces": 2}


def _units(text: str) -> int:
    """UTF-16 code units, as web forms count: an emoji outside the BMP is 2."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _tally_forms(word_text: str, portal_text: str) -> _Tally:
    if not portal_text or portal_text.isspace():
        return _EMPTY
    squeezed = "".join(word_text.split())
    portal_tokens = portal_text.split()
    portal_squeezed = "".join(portal_tokens)
    portal_units = _units(portal_text)
    for soft in SOFT_BREAKS:
        if soft in portal_text:
            portal_units += portal_text.count(soft)
    return _Tally(
        words=len(_split_at(word_text, WORD_BREAKS)),
        characters=len(word_text),
        characters_no_spaces=len(squeezed),
        paragraphs=1 if squeezed else 0,
        plain_words=len(portal_tokens),
        wide_words=len(_split_at(portal_text, WIDE_BREAKS)),
        portal_units=portal_units,
        portal_units_no_spaces=_units(portal_squeezed),
    )


def _tally_markdown_line(line: str) -> _Tally:
    return _tally_forms(*_line_forms(line))


def _tally_plain_line(line: str) -> _Tally:
    return _tally_forms(line, line)


def _counts_from(sums: Sequence[int], line_breaks: int) -> Counts:
    tally = _Tally(*sums)
    portal_characters = tally.portal_units + 2 * line_breaks  # a portal sends CR LF
    return Counts(
        words=tally.words,
        characters=tally.characters,
        characters_no_spaces=tally.characters_no_spaces,
        paragraphs=tally.paragraphs,
        safe_words=max(tally.words, tally.plain_words, tally.wide_words),
        safe_characters=max(tally.characters, portal_characters),
        safe_characters_no_spaces=max(tally.characters_no_spaces,
                                      tally.portal_units_no_spaces),
    )


def _count_lines(lines: Iterable[str], tally_line) -> Counts:
    sums = [0] * len(_Tally._fields)
    first = last = -1
    for index, line in enumerate(lines):
        tally = tally_line(line)
        if tally is _EMPTY:
            continue
        for field, value in enumerate(tally):
            sums[field] += value
        if first < 0:
            first = index
        last = index
    return _counts_from(sums, last - first if first >= 0 else 0)


def count_text(text: str) -> Counts:
    """Counts of plain text (no Markdown: ``- `` and ``*`` are counted as typed)."""
    return _count_lines(_lines(text or ""), _tally_plain_line)


def count_markdown(markdown: str) -> Counts:
    """Counts of a stored answer: main counts of what Word shows, safe counts of
    what a portal receives (see the module notes)."""
    return _count_lines(_lines(markdown or ""), _tally_markdown_line)


class ParagraphCounter:
    """Counts kept per paragraph, so one edit is recounted in O(paragraph length).

    Give it the answer's paragraphs (the lines of the stored Markdown, or the
    editor's blocks), then report each edit with :meth:`replace`. :meth:`totals`
    always equals ``count_markdown("\\n".join(paragraphs))`` (or
    :func:`count_text` with ``markdown=False``).

    A paragraph containing line breaks is treated as several paragraphs (the
    totals stay right; indexes then follow the split lines).
    """

    def __init__(self, paragraphs: Iterable[str] = (), *, markdown: bool = True) -> None:
        self._tally_line = _tally_markdown_line if markdown else _tally_plain_line
        self._tallies: list[_Tally] = []
        self._sums = [0] * len(_Tally._fields)
        self.set_paragraphs(paragraphs)

    def __len__(self) -> int:
        return len(self._tallies)

    def set_paragraphs(self, paragraphs: Iterable[str]) -> None:
        """Start again with these paragraphs (a full count)."""
        self._tallies = [self._tally_line(line) for line in _split_all(paragraphs)]
        self._sums = [sum(values) for values in zip(*self._tallies, strict=True)] \
            if self._tallies else [0] * len(_Tally._fields)

    def set_text(self, text: str) -> None:
        """Start again with a whole answer (split into lines)."""
        self.set_paragraphs(_lines(text or ""))

    def replace(self, index: int, count_removed: int, new_paragraphs: Sequence[str]) -> None:
        """Replace ``count_removed`` paragraphs from ``index`` with ``new_paragraphs``.

        Typing in one paragraph is ``replace(i, 1, [new_text])``; pressing
        Return in it is ``replace(i, 1, [before, after])``; joining two is
        ``replace(i, 2, [joined])``. Indexes past the end are clamped.
        """
        size = len(self._tallies)
        index = max(0, min(int(index), size))
        count_removed = max(0, min(int(count_removed), size - index))
        new = [self._tally_line(line) for line in _split_all(new_paragraphs)]
        sums = self._sums
        for tally in self._tallies[index:index + count_removed]:
            if tally is not _EMPTY:
                for field, value in enumerate(tally):
                    sums[field] -= value
        for tally in new:
            if tally is not _EMPTY:
                for field, value in enumerate(tally):
                    sums[field] += value
        self._tallies[index:index + count_removed] = new

    def update(self, index: int, paragraph: str) -> None:
        """One paragraph's text changed (the usual keystroke)."""
        self.replace(index, 1, [paragraph])

    def totals(self) -> Counts:
        tallies = self._tallies
        first = next((i for i, t in enumerate(tallies) if t is not _EMPTY), -1)
        if first < 0:
            return _counts_from(self._sums, 0)
        last = next(i for i in range(len(tallies) - 1, -1, -1) if tallies[i] is not _EMPTY)
        return _counts_from(self._sums, last - first)


class BlockCounter:
    """Counts for an editor that holds an answer as blocks: paragraphs, list
    items and sub-headings, each given as its stored Markdown line (``"- "`` for
    a bullet, ``"1. "`` for a numbered item, ``"## "`` for a sub-heading).

    Each keystroke recounts only the blocks it touched (:meth:`replace`).
    :meth:`totals` matches :func:`count_markdown` of the answer as the editor
    stores it: blank lines between blocks, except between list items that
    follow one another, and empty blocks left out.
    """

    def __init__(self) -> None:
        self._tallies: list[_Tally] = []
        self._is_list: list[bool] = []
        self._sums = [0] * len(_Tally._fields)

    def __len__(self) -> int:
        return len(self._tallies)

    def set_blocks(self, blocks: Sequence[tuple[str, bool]]) -> None:
        """Start again: ``blocks`` are ``(markdown line, is a list item)`` pairs."""
        self._tallies, self._is_list = [], []
        self._sums = [0] * len(_Tally._fields)
        self.replace(0, 0, blocks)

    def replace(self, index: int, count_removed: int,
                new_blocks: Sequence[tuple[str, bool]]) -> None:
        """Replace ``count_removed`` blocks from ``index`` with ``new_blocks``."""
        size = len(self._tallies)
        index = max(0, min(int(index), size))
        count_removed = max(0, min(int(count_removed), size - index))
        new = [_tally_markdown_line(line.replace("\n", " ")) for line, _ in new_blocks]
        sums = self._sums
        for tally in self._tallies[index:index + count_removed]:
            for field, value in enumerate(tally):
                sums[field] -= value
        for tally in new:
            for field, value in enumerate(tally):
                sums[field] += value
        self._tallies[index:index + count_removed] = new
        self._is_list[index:index + count_removed] = [bool(flag) for _, flag in new_blocks]

    def locate(self, limit_kind: str, amount: float) -> tuple[int, int] | None:
        """Where the main count first goes past ``amount``: the block's index and how
        many of its words (or characters) still fit, or None when it all fits.

        This lets the editor mark the text past a limit at every keystroke from the
        tallies it already keeps, without recounting the answer.
        """
        field = _MAIN_FIELDS.get(limit_kind)
        if field is None or self._sums[field] <= amount:
            return None
        used = 0
        for index, tally in enumerate(self._tallies):
            value = tally[field]
            if used + value > amount:
                return index, max(0, math.floor(amount - used))
            used += value
        return None

    def totals(self) -> Counts:
        line_breaks = 0
        previous = -1
        for index, tally in enumerate(self._tallies):
            if tally is _EMPTY or not tally.portal_units:
                continue
            if previous >= 0:
                follows = (index == previous + 1 and self._is_list[index]
                           and self._is_list[previous])
                line_breaks += 1 if follows else 2
            previous = index
        return _counts_from(self._sums, line_breaks)


def _split_all(paragraphs: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        paragraph = paragraph or ""
        if "\n" in paragraph or "\r" in paragraph or "\u2029" in paragraph:
            lines.extend(_lines(paragraph))
        else:
            lines.append(paragraph)
    return lines


# ------------------------------------------------------------------ limits

@dataclass(frozen=True)
class LimitStatus:
    """Where a count stands against a question's limit, with a plain message.

    ``state`` is ``"ok"``, ``"near"`` (at least 90% used) or ``"over"``;
    ``remaining`` is negative when over. Without a limit, ``limit`` and
    ``remaining`` are ``None`` and ``state`` is ``"ok"``.
    """

    kind: str
    count: float
    limit: float | None
    remaining: float | None
    state: str
    message: str
    safe: bool = False

    @property
    def fraction(self) -> float | None:
        """How much of the limit is used (1.0 = all of it), for a progress bar."""
        if not self.limit:
            return None
        return self.count / self.limit


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def _noun(kind: str, amount: float) -> str:
    singular, plural = LIMIT_NOUNS.get(kind, ("", ""))
    return singular if amount == 1 else plural


def limit_status(counts: Counts, limit_kind: str | None, limit_value: float | None, *,
                 safe: bool = False, pages: float | None = None) -> LimitStatus:
    """How ``counts`` stand against a limit of ``limit_value`` ``limit_kind``.

    ``"487 of 500 words — 13 left"``, ``"12 words over the limit (512 of
    500)"``. With ``safe=True`` the portal-safe count is used and the message
    says so. For a page limit pass the estimated ``pages`` (see
    :class:`PageEstimator`); without a limit the message gives the word count.
    """
    if limit_kind == "pages":
        return page_status(pages, limit_value)
    kind = limit_kind if limit_kind in ("words", "characters", "characters_no_spaces") \
        else "words"
    count = counts.value(kind, safe=safe)
    qualifier = " without spaces" if kind == "characters_no_spaces" else ""
    by_safe = " by the portal-safe count" if safe else ""
    if limit_kind is None or limit_value is None or limit_value <= 0:
        return LimitStatus(kind, count, None, None, "ok",
                           f"{_number(count)} {_noun(kind, count)}{qualifier}{by_safe} "
                           "(no limit set)", safe)
    remaining = limit_value - count
    noun = _noun(kind, limit_value)
    if remaining < 0:
        over = -remaining
        message = (f"{_number(over)} {_noun(kind, over)}{qualifier} over the limit"
                   f"{by_safe} ({_number(count)} of {_number(limit_value)})")
        state = "over"
    else:
        left = ("none left" if remaining == 0 else f"{_number(remaining)} left")
        message = f"{_number(count)} of {_number(limit_value)} {noun}{qualifier}{by_safe} — {left}"
        state = "near" if count >= NEAR_FRACTION * limit_value else "ok"
    return LimitStatus(kind, count, limit_value, remaining, state, message, safe)


# ------------------------------------------------------------------- pages

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A5": (148.0, 210.0),
    "Letter": (215.9, 279.4),
}
DEFAULT_PAPER = "A4"
DEFAULT_FONT = "Arial"
DEFAULT_FONT_SIZE = 11.0
DEFAULT_MARGIN_MM = 25.4  # Word's "Normal" margins: 2.54 cm


@dataclass(frozen=True)
class PageSettings:
    """How a page-limited answer is laid out; blanks in a question get the defaults."""

    paper: str = DEFAULT_PAPER
    font: str = DEFAULT_FONT
    size_pt: float = DEFAULT_FONT_SIZE
    margin_mm: float = DEFAULT_MARGIN_MM

    @classmethod
    def from_question(cls, question: object) -> PageSettings:
        """Settings from a ``Question`` (``page_paper``, ``page_font``, … may be blank)."""
        paper = getattr(question, "page_paper", "") or DEFAULT_PAPER
        paper = next((name for name in PAPER_SIZES_MM if name.lower() == paper.lower()),
                     DEFAULT_PAPER)
        size = getattr(question, "page_font_size", None)
        margin = getattr(question, "page_margin_mm", None)
        return cls(paper=paper,
                   font=getattr(question, "page_font", "") or DEFAULT_FONT,
                   size_pt=float(size) if size and size > 0 else DEFAULT_FONT_SIZE,
                   margin_mm=float(margin) if margin is not None and margin >= 0
                   else DEFAULT_MARGIN_MM)

    def describe(self) -> str:
        """``"A4, Arial 11 pt, 25.4 mm margins"``."""
        return (f"{self.paper}, {self.font} {_number(self.size_pt)} pt, "
                f"{_number(self.margin_mm)} mm margins")


class PageEstimator(Protocol):
    """Lays text out on pages; the GUI supplies one built on Qt's text layout."""

    def estimate(self, plain_text: str, paper: str, font: str, size_pt: float,
                 margin_mm: float) -> float:
        """How many pages ``plain_text`` fills (fractional: 1.6 = one and a bit)."""
        ...


class RoughPageEstimator:
    """A Qt-free estimate from average character widths (about ±15%).

    Used where no layout engine is available (command line, tests). Assumes an
    average character is 0.55 em wide (0.5 em for serif fonts), single line
    spacing of 1.15 em and no space between paragraphs.
    """

    SERIF = ("times", "garamond", "georgia", "cambria", "book antiqua", "palatino")

    def estimate(self, plain_text: str, paper: str, font: str, size_pt: float,
                 margin_mm: float) -> float:
        width_mm, height_mm = PAPER_SIZES_MM.get(paper, PAPER_SIZES_MM[DEFAULT_PAPER])
        points_per_mm = 72 / 25.4
        size_pt = size_pt if size_pt and size_pt > 0 else DEFAULT_FONT_SIZE
        text_width = max(10.0, (width_mm - 2 * margin_mm) * points_per_mm)
        text_height = max(10.0, (height_mm - 2 * margin_mm) * points_per_mm)
        em = 0.5 if any(name in (font or "").lower() for name in self.SERIF) else 0.55
        per_line = max(1, int(text_width / (size_pt * em)))
        lines_per_page = max(1.0, text_height / (size_pt * 1.15))
        lines = 0
        for paragraph in (plain_text or "").split("\n"):
            lines += max(1, math.ceil(len(paragraph) / per_line)) if paragraph.strip() else 1
        if not (plain_text or "").strip():
            return 0.0
        return lines / lines_per_page


def describe_pages(pages: float | None, limit: float | None) -> str:
    """``"about 1.6 of 2 pages"``; ``"about 1 page"`` without a limit."""
    if pages is None:
        return "page estimate not available yet"
    shown = max(0.0, round(pages, 1))
    if 0 < pages < 0.1:
        shown = 0.1
    amount = _number(shown)
    if shown == 0:
        return f"0 of {_number(limit)} {_noun('pages', limit)}" if limit else "0 pages"
    if limit:
        return f"about {amount} of {_number(limit)} {_noun('pages', limit)}"
    return f"about {amount} {_noun('pages', shown)}"


def page_status(pages: float | None, limit: float | None) -> LimitStatus:
    """A :class:`LimitStatus` for a page limit from an estimate of the pages."""
    description = describe_pages(pages, limit)
    if pages is None:
        return LimitStatus("pages", 0.0, limit, None, "ok", description)
    if not limit:
        return LimitStatus("pages", pages, None, None, "ok", description + " (no limit set)")
    remaining = limit - pages
    if remaining < 0:
        return LimitStatus("pages", pages, limit, remaining, "over",
                           f"{description} — over the limit")
    state = "near" if pages >= NEAR_FRACTION * limit else "ok"
    return LimitStatus("pages", pages, limit, remaining, state, description)
