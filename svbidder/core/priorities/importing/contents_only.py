"""A reading for a paste that is only a contents page.

A document-sharing site's transcript of a PDF, or the first page of one copied from a
viewer, often holds little more than the contents: the section names with their page
numbers. The usual rules leave those lines out as contents, and when they name no
priorities ("Theme 1: …", "Our priorities" over the entries) nothing is found at all.
The section names are then the best the text offers: they become the priorities, less
the sections every document has (the foreword, the introduction, the appendices), and
the preview says they came from a contents page, so the person removes the ones that
are not priorities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import (
    _CONTENTS_HEADING,
    _PART_LABEL,
    BACK_MATTER,
    CONTENTS_ENTRIES,
    CONTENTS_LINE,
    LEADER_DOTS,
    PART_NUMBER,
)
from .lines import _Line, _words, entries_by_page_number, is_page_number

CONTENTS_ONLY_NOTE = "Only a contents page was found"
ENTRY_WORDS = 12  # longer is two entries run together, or a sentence
MOST_ENTRIES = 40
MOST_ROWS = 150  # a longer run of contents rows is a document's index, or not a document

# The sections every document has, before its subject: not priorities
FRONT_MATTER = re.compile(
    r"^(?:(?:a |the )?(?:forewords?|foreward)|introduction|(?:table of )?contents|"
    r"executive summary|summary|preface|welcome|background|context|about (?:this|the|us)\b|"
    r"(?:a )?message from\b|"
    r"(?:our |the )?(?:vision|values|mission|purpose)(?: statement)?"
    r"(?: and (?:values|mission|purpose|philosophy|behaviours))?$|"
    # "Our plan on a page", "Our Annual Plan", "Strategic planning for policing": the
    # document and where it sits, before the priorities it sets out
    r"(?:our |the |this )?(?:[\w-]+ )?(?:plan on a page|at a glance)|"
    r"(?:our|the|this) (?:annual |corporate |strategic |new )?(?:plan|strategy)$|"
    r"(?:strategic )?planning (?:for|context|framework)\b|"
    # the longer strategy the plan serves, named with its year and a subtitle:
    # "Policing 2026: Serving a Changing Scotland"
    r"[\w&'’-]{1,20}(?: [\w&'’-]{1,20}){0,3} (?:19|20)\d\d ?: )",
    re.IGNORECASE)
# A theme's label in an entry ("Theme 4: Health, Care and Wellbeing")
_THEME_LABEL = re.compile(r"^(?:theme|priority|outcome|objective|aim|goal|ambition)\s"
                          r"(?:\d{1,2}|[ivx]{1,4})\s?[:.\u2013\u2014-]\s*", re.IGNORECASE)
_DOTS = re.compile(rf"\s?{LEADER_DOTS}\s?")  # a leader to a page number
# An entry that only labels the next one ("CHAPTER ONE ..... 9" / "A PROSPEROUS TOWN ..... 9")
_CHAPTER_ONLY = re.compile(rf"^{PART_NUMBER}$", re.IGNORECASE)
CHAPTERS = 2  # labelled chapters that show where the document's own subject begins


@dataclass
class _Entry:
    name: str
    page: int
    theme: bool  # labelled as a theme ("Theme 4: …")
    chapter: bool = False  # only a chapter's label ("CHAPTER ONE")


def contents_entries(lines: list[_Line]) -> list[_Line]:
    """The contents page's entries as the lines of a list of priorities, or [] when the
    lines hold no contents page (fewer than five rows left out as contents, or more
    than a contents page has) or more than one (as much text again after it: the
    document itself, unread)."""
    rows = [at for at, line in enumerate(lines)
            if line.kind == "skip" and line.reason == CONTENTS_LINE]
    if not CONTENTS_ENTRIES <= len(rows) <= MOST_ROWS:
        return []
    if _words_in(lines[rows[-1] + 1:]) > _words_in(lines[rows[0]:rows[-1] + 1]):
        return []  # more text follows the contents than it holds: not only a contents page
    first = rows[0]
    while first > 0 and lines[first - 1].kind in ("prose", "blank") and (
            lines[first - 1].kind == "blank" or _numbered(lines[first - 1].text)):
        first -= 1  # the page's first rows, before the leaders began
    entries = [entry for line in lines[first:rows[-1] + 1] if _a_row(line)
               for part in _entries_in(line.text) if (entry := _entry(part))]
    later = 0
    for entry in reversed(entries):  # an entry whose number was lost comes before the next
        entry.page = later = entry.page or later
    entries.sort(key=lambda entry: entry.page)  # (two columns read across, put in order)
    if sum(entry.chapter for entry in entries) >= CHAPTERS:
        # the entries before the first chapter are the document's front matter
        entries = entries[next(at for at, entry in enumerate(entries) if entry.chapter):]
    return _as_lines([entry for entry in entries if entry.name][:MOST_ENTRIES])


def _words_in(lines: list[_Line]) -> int:
    return sum(_words(line.text) for line in lines if line.kind in ("prose", "item", "skip"))


def _a_row(line: _Line) -> bool:
    """Whether a line inside the contents page is one of its rows (not a blank line, a
    running header or a line with no page number)."""
    if line.kind == "skip":
        return line.reason == CONTENTS_LINE
    return line.kind != "blank" and _numbered(line.text)


def _numbered(text: str) -> bool:
    """Whether a line holds a page number after a word, as a contents row does."""
    words = text.split()
    return any(is_page_number(word) for word in words[1:])


def _entries_in(row: str) -> list[str]:
    """A row split after each page number inside it (two columns of a contents page read
    across give "Our Vision 8 Housing Supply . . . 41") and after dot leaders."""
    return [" ".join(part) for piece in _DOTS.split(row)
            for part in entries_by_page_number(piece.split())]


def _entry(part: str) -> _Entry | None:
    """One entry ("Theme 4: Health, Care and Wellbeing 34", its page 34), its name ""
    when it is no priority's name: front or back matter, or too long to be one name.
    None for a part that is only a number."""
    words = part.split()
    page = 0
    if words and is_page_number(words[-1]):
        page = int(words.pop())
    elif words and is_page_number(words[0]):
        page = int(words.pop(0))
    if not words:
        return _Entry("", page, False) if page else None
    if _CHAPTER_ONLY.match(" ".join(words).strip(" .:")):
        return _Entry("", page, False, chapter=True)
    text = _PART_LABEL.sub("", " ".join(words)).strip(" .:")
    theme = _THEME_LABEL.match(text)
    text = text[theme.end():] if theme else text
    if not text or _words(text) > ENTRY_WORDS or FRONT_MATTER.match(text) or \
            BACK_MATTER.match(text) or _CONTENTS_HEADING.match(text):
        return _Entry("", page, False)
    return _Entry(text, page, theme is not None)


def _as_lines(entries: list[_Entry]) -> list[_Line]:
    """One list of the entries; or, when two or more are labelled themes, each theme
    over the entries after it (those before the first are the document's other parts)."""
    if sum(entry.theme for entry in entries) < 2:
        return [_Line("item", e.name, ("contents",), announced=True) for e in entries]
    first = next(at for at, entry in enumerate(entries) if entry.theme)
    return [_Line("item", e.name, ("bullet", 0), hint="theme") if e.theme else
            _Line("item", e.name, ("bullet", 1), hint="outcome") for e in entries[first:]]

