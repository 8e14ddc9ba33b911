"""Step 1 for Word files: classify each paragraph and table using its styles.

The blocks come from :mod:`svbidder.core.documents` (which has already checked
the file is safe and within the limits); here a "Heading n" style or outline
level becomes a heading, a Word list level a list item, a paragraph whose runs
are all bold a heading, "Title" the document's name, and a table's rows items.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from ...documents import Block, Paragraph, Table
from ...text.clean import clean_text
from .lines import (
    _classify_text_line,
    _expand_tables,
    _item,
    _label,
    _Line,
    _marker,
    _plain,
    _words,
    ordinary_spaces,
    unquoted,
)
from .model import LONG_DOCUMENT, MAX_LINE_CHARS, MAX_LINES
from .named import split_pair


def lines_from_blocks(blocks: list[Block]) -> tuple[list[_Line], str, list[str]]:
    """Classified lines, the document's title (from a "Title" paragraph) and warnings."""
    lines: list[_Line] = []
    title = ""
    warnings: list[str] = []
    last_alpha: list[str] = []
    texts = [_cleaned(block) if isinstance(block, Paragraph) else ""
             for block in blocks[:MAX_LINES]]
    flats = [_plain(text.replace("\n", " ")[:MAX_LINE_CHARS]) for text in texts]
    sentences = _headings_read_as_sentences(blocks, flats)
    names = _bold_read_as_names(blocks, flats)
    for count, block in enumerate(blocks, start=1):
        if count > MAX_LINES:
            warnings.append(f"{LONG_DOCUMENT}, so only its first {MAX_LINES:,} "
                            "paragraphs were read.")
            break
        if isinstance(block, Paragraph):
            found_title = _docx_paragraph(block, texts[count - 1], flats[count - 1], lines,
                                          last_alpha,
                                          sentence=count - 1 in sentences,
                                          name=count - 1 in names)
            if found_title and not title:
                title = found_title
        elif isinstance(block, Table):
            lines.extend(_docx_table(block))
            lines.append(_Line("blank"))
    if not title:
        title = _bold_first_line_names(lines)
    return lines, title, warnings


BOLD_NAMES_AFTER_A_TITLE = 2


def _bold_first_line_names(lines: list[_Line]) -> str:
    """A document without a "Title" paragraph whose first line is bold, with two or more
    bold lines after it, is named by that first line: its title set large and bold, as
    the names of its priorities are set smaller below it."""
    first = next((line for line in lines if line.kind != "blank"), None)
    if first is None or first.sig != ("bold",) or sum(
            1 for line in lines if line.sig == ("bold",)) < 1 + BOLD_NAMES_AFTER_A_TITLE:
        return ""
    first.kind, first.sig, first.heading = "name", (), False
    return first.text


def _runs(keys: Sequence[object]) -> list[list[int]]:
    """The runs of neighbouring blocks with the same key (None is no run)."""
    return [list(run) for key, run in groupby(range(len(keys)), key=keys.__getitem__)
            if key is not None]


def _headings_read_as_sentences(blocks: list[Block], flats: list[str]) -> set[int]:
    """The headings that are paragraphs all the same (see :func:`_sentence`), and every
    heading in a row of the same level with one, when all are names with what they mean
    ("Green city - protecting and enhancing our environment" beside "Resilient city -
    working with our communities to improve health, wealth, and opportunities.") or all
    are sentences ("To provide housing advice."), so the row is read alike whatever each
    one's length."""
    found: set[int] = set()
    levels = [block.heading_level if isinstance(block, Paragraph) else None
              for block in blocks[:len(flats)]]
    for run in _runs(levels):
        texts = [flats[at] for at in run]
        long = {at for at, text in zip(run, texts, strict=True) if _sentence(text)}
        if long and (all(split_pair(text) is not None for text in texts)
                     or all(text.endswith(".") for text in texts)):
            found.update(run)
        found.update(long)
    return found


def _bold_read_as_names(blocks: list[Block], flats: list[str]) -> set[int]:
    """Paragraphs set all in bold, in a row of two or more that are short enough to be
    names, and none over an objective's length: all are names, so a longer one among
    them ("To make better use and improve the standards of existing housing stock so it
    is decent and safe.") is one of the list like the others."""
    found: set[int] = set()
    bold = [True if isinstance(block, Paragraph) and block.all_bold and flat and
            block.heading_level is None and block.list_level is None and
            "\n" not in block.text.strip() else None
            for block, flat in zip(blocks, flats, strict=False)]
    for run in _runs(bold):
        texts = [flats[at] for at in run]
        if sum(_bold_name_length(text) for text in texts) >= 2 and \
                all(_words(text) <= BOLD_OBJECTIVE_WORDS for text in texts):
            found.update(run)
    return found


def _cleaned(paragraph: Paragraph) -> str:
    """A paragraph's text as it is read: cleaned, ordinary spaces, no wrapping quotes."""
    return unquoted(ordinary_spaces(clean_text(paragraph.text or "")))


def _docx_paragraph(paragraph: Paragraph, text: str, flat: str, lines: list[_Line],
                    last_alpha: list[str], *, sentence: bool = False,
                    name: bool = False) -> str:
    """Add one Word paragraph's line(s) (``text`` as read, ``flat`` on one line); returns
    its text if it is the document title. ``sentence``: a heading read as a paragraph
    (see :func:`_headings_read_as_sentences`); ``name``: a bold paragraph read as a name
    (see :func:`_bold_read_as_names`)."""
    if not text.strip():
        lines.append(_Line("blank"))
        return ""
    folded_style = paragraph.style.lower()
    if folded_style == "title":
        lines.append(_Line("name", _plain(text)))
        return _plain(text)
    if folded_style == "subtitle":
        lines.append(_Line("skip", _plain(text), reason="a subtitle"))
        return ""
    if paragraph.heading_level is not None and not sentence:
        line = _item(flat, ("h", paragraph.heading_level), 0, heading=True)
        _strip_typed_marker(line, last_alpha)
        lines.append(line)
        return ""
    if paragraph.list_level is not None:
        line = _item(flat, ("wlist", min(paragraph.list_level, 8)), 0)
        _strip_typed_marker(line, last_alpha)
        lines.append(line)
        return ""
    if paragraph.all_bold and (name or _bold_name_length(flat)) and "\n" not in text.strip():
        line = _item(flat.rstrip(":"), ("bold",), 0, heading=True)
        _strip_typed_marker(line, last_alpha)
        lines.append(line)
        return ""
    first = len(lines)
    for part in text.split("\n"):
        lines.append(_classify_text_line(part, last_alpha))
    if len(lines) > first and lines[first].kind == "prose":
        lines[first].bold_name = _leading_bold(paragraph, lines[first].text)
    lines.append(_Line("blank"))  # a Word paragraph ends a paragraph
    return ""


BOLD_NAME_WORDS = 16
BOLD_LEAD_WORDS = 12  # bold words a paragraph starts with, read as its name
BOLD_PARTED_NAME_WORDS = 24  # … or more when a dash or colon follows them
BOLD_OBJECTIVE_WORDS = 40


def _bold_name_length(text: str) -> bool:
    """Whether a paragraph set all in bold is short enough to be a name: up to 16 words,
    or a longer objective that does not end as a sentence does ("With our partners in
    North London and each Borough we will ensure equity of outcome for all"), so that a
    list of bold objectives is read alike whatever each one's length."""
    words = _words(text)
    return words <= BOLD_NAME_WORDS or (words <= BOLD_OBJECTIVE_WORDS
                                         and not text.rstrip().endswith((".", "!", "?")))


def _leading_bold(paragraph: Paragraph, text: str) -> str:
    """The bold name a paragraph starts with ("Our Place" in "Our Place prosperous …")."""
    runs = paragraph.bold_runs
    name = _plain(runs[0]).strip(" :\u2013\u2014-") if runs else ""
    if not name or not text.startswith(name):
        return ""
    # a long name needs a dash or colon after it to part it from what it means
    parted = text[len(name):].lstrip().startswith(("\u2013", "\u2014", "-", ":"))
    if not 1 <= _words(name) <= (BOLD_PARTED_NAME_WORDS if parted else BOLD_LEAD_WORDS):
        return ""
    return name if _words(text[len(name):]) >= 3 else ""


def _sentence(text: str) -> bool:
    """A long sentence styled as a heading is a paragraph all the same; so is a name
    with what it means after a dash, as a sentence ("Place – a heritage-rich borough
    which is ambitious for its future."), read like its longer neighbours."""
    if not text.endswith("."):
        return _words(text) > 24
    return _words(text) >= 12 or split_pair(text) is not None


def _strip_typed_marker(line: _Line, last_alpha: list[str]) -> None:
    """A styled paragraph may also start with a typed number ("1.2 Jobs"): use it as the ref."""
    marker = _marker(line.text, last_alpha)
    if marker is not None and marker[2].strip():
        _, ref, rest = marker
        line.ref = line.ref or ref
        line.text = _plain(rest)
        label = _label(line.text)
        if label is not None:
            line.hint, label_ref, rest = label
            line.ref = line.ref or label_ref
            line.text = rest or line.text


def _docx_table(table: Table) -> list[_Line]:
    rows = [[clean_text(cell) for cell in row] for row in table.rows]
    if _one_column(rows):  # a list set in a table's rows, one entry to a row
        return [_item(_plain(cell), ("wlist", 0), 0) for row in rows for cell in row
                if cell.strip()]
    return _expand_tables([_Line("tablerow", "\u241f".join(cells)) for cells in rows])


def _one_column(rows: list[list[str]]) -> bool:
    """Whether a table of two rows or more holds one paragraph in one cell of each row and
    nothing else: a list boxed in a table, not a grid of themes and what they hold."""
    filled = [[cell for cell in row if cell.strip()] for row in rows]
    return len(rows) >= 2 and all(len(cells) == 1 and "\n" not in cells[0].strip()
                                  for cells in filled)


