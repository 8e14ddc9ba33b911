"""A second reading for a paste in which nothing looked like a list of priorities.

A browser's plain-text copy of a web page drops the bullets a page draws, and a
page often gives its priorities with no lead-in ending in a colon: a paragraph,
then three to ten short lines ("Quality of care" / "Health of the population" /
"Value and financial sustainability"), then more paragraphs. Read with the usual
rules such a page gives nothing at all. Only then, and only for lines shaped like
that (short, capitalised, not ending as a sentence does, straight after a whole
paragraph that speaks of priorities, themes, objectives or aims, and ended by
another), the run is read as the list it was. The preview says the result was a
guess (:data:`LAST_RESORT_NOTE`), so the person checks it.
"""

from __future__ import annotations

from .announced import NAMING
from .furniture import title_like
from .lines import _Line, _words, ends_mid_sentence

LAST_RESORT_NOTE = "Nothing in the text was marked as a list"
RUN = (3, 10)  # fewer is not a list; more is a menu or a table read cell by cell
ITEM_WORDS = 14  # "Children and young people are given a healthy start in life"
PARAGRAPH_WORDS = 12  # the paragraph before the run: a sentence, not a menu line


def short_lines_between_paragraphs(lines: list[_Line]) -> bool:
    """Turn each run of short title lines after a whole paragraph into list items.

    Returns whether any run was found. A run must follow a prose line of at least
    :data:`PARAGRAPH_WORDS` words that ends with a full stop or a colon and names
    what it is about (a page's menu and breadcrumb come before any paragraph, and a
    list of facts follows a paragraph about something else), and end at a longer
    line, page debris or the end of the text.
    """
    found = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not _a_paragraph(line):
            continue
        run = _run_from(lines, index)
        if RUN[0] <= len(run) <= RUN[1]:
            for at in run:
                lines[at] = _Line("item", lines[at].text, ("bullet", 0),
                                  indent=lines[at].indent)
            found = True
            index = run[-1] + 1
    return found


def could_hold_a_run(lines: list[_Line]) -> bool:
    """Whether any line is a paragraph a run could follow: without one, there is no
    second reading to try (the shape passes never make a line a paragraph)."""
    return any(_a_paragraph(line) for line in lines)


def _a_paragraph(line: _Line) -> bool:
    """A whole paragraph that speaks of priorities ("… deliver our priorities whilst
    saving £156 million.", "These areas connect to three broad themes:")."""
    text = line.text.rstrip()
    return (line.kind == "prose" and text.endswith((".", ":"))
            and _words(text) >= PARAGRAPH_WORDS and NAMING.search(text[-300:]) is not None)


def _run_from(lines: list[_Line], start: int) -> list[int]:
    """The short title lines from ``start`` (blank lines may part them), or [] when the
    run does not end at a paragraph or the end of the text."""
    run: list[int] = []
    at = start
    while at < len(lines) and len(run) <= RUN[1]:
        line = lines[at]
        if line.kind == "blank":
            at += 1
            continue
        if line.kind == "skip":  # page debris after the run: "Back to top"
            break
        if not _an_item(line):
            if line.kind != "prose" or _words(line.text) <= ITEM_WORDS:
                return []  # a heading, a list or another short line: not this shape
            break
        run.append(at)
        at += 1
    return run


def _an_item(line: _Line) -> bool:
    text = line.text.rstrip()
    return (line.kind == "prose" and not line.settled and title_like(text, ITEM_WORDS)
            and not text.endswith(".") and not ends_mid_sentence(text))
