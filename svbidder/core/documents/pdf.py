"""A text PDF's blocks: the same :class:`~.docx.Paragraph` blocks a Word file gives.

Which library: pypdf (BSD licence, pure Python, no dependencies, maintained).
Measured on this 2-core machine (issue 16) against pdfminer.six (MIT): on the
50-page test PDF pypdf read every page's positioned text in about 2.4 s and
pdfminer.six with its layout analysis in about 3.2 s, both while other work
loaded the machine; installed, pypdf is 4.3 MB and pdfminer.six 28 MB,
because it needs ``cryptography`` and ``cffi`` (native code) — too much for
the bundle's 130 MiB budget. pypdf without ``cryptography`` still opens the
many council PDFs that are "encrypted" with an empty password (RC4); a PDF
that needs a password (or AES) gets a plain message.

Neither met the 2-second budget for a 50-page PDF on its own, so
:mod:`.pdf_text` follows each page's text operators itself (pypdf still opens
the file, unpacks streams and reads fonts) and falls back to pypdf's
``extract_text`` for a page it cannot follow: the 50-page PDF now reads in
about 0.8 s and imports as priorities in about 1.2 s (median, fresh process).

Each piece of text comes with its position, font and size; the layout is
rebuilt here:

* pieces on one baseline become a line; a page whose lines start at two
  places, left and near the middle, on the same baselines is read column by
  column, or row by row when the left "column" is a table's narrow first column
  (its rows then come out as a :class:`~.docx.Table`, as Word's file gives them);
* lines that repeat at the same place on most pages (running headers and
  footers) and page numbers ("Page 3 of 12", "3") are left out;
* lines become paragraphs by their spacing and the lines drawn between them (a
  table's borders); paragraphs boxed by such lines, two or more in a row, are a
  one-column table's rows, given as a :class:`~.docx.Table` as Word's file gives
  them; a line ending "commu-" followed by "nity" is joined into "community";
* the body text's size is the commonest; larger text is a heading, its level
  by size (the largest first); the first paragraph, set larger than anything
  else, is the document's title as in Word; an all-bold paragraph and a bold
  lead name are shown as Word's bold runs; bullets and numbers start list items.

Time and memory are bounded: the file-size limit, a page-count cap, and a
deadline checked for every piece of text (pypdf caps each unpacked stream).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .docx import Block, Paragraph, Table
from .limits import Deadline, Limits
from .messages import DocumentError, refuse
from .text import strip_controls

_BULLETS = "•●▪■◦○∙·–—-\uf0b7\uf0a7\uf076\uf0d8"
# Bullets that are never part of a word (Word's Symbol-font bullets come out as private-use
# characters). Inside a paragraph they mark a list in a table cell, whose lines are read
# as one paragraph ("… we will: \uf0b7be a great place"): Word keeps bullets out of the
# text, so they are dropped and the words kept apart.
_INNER_BULLET = re.compile("\\s*[•●▪■\uf0b7\uf0a7\uf076\uf0d8]\\s*")
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"
                          r"|^[-–]\s*\d{1,4}\s*[-–]$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_MARKER = re.compile("^(?:[" + re.escape(_BULLETS) + r"]|\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z][.)])$")


class _Abort(Exception):
    """Raised from inside pypdf's text visitor when reading runs out of time."""


@dataclass
class _Piece:
    text: str
    x: float
    y: float
    size: float
    bold: bool


@dataclass
class _Line:
    pieces: list[_Piece] = field(default_factory=list)
    column: int = 0  # 1 for the right-hand column of a two-column page (2, 3: the right
    # part of the left or right column, a table's cells or a page's third column)
    in_table: bool = False  # a row of a table read row by row: its cells stay apart
    row: int = -1  # which row of its table (the first column's cell, then the second's)

    @property
    def x(self) -> float:
        return self.pieces[0].x

    @property
    def y(self) -> float:
        return self.pieces[0].y

    @property
    def size(self) -> float:
        return max(piece.size for piece in self.pieces)

    @property
    def text(self) -> str:
        return _join_pieces(self.pieces)

    @property
    def bold(self) -> bool:
        return all(piece.bold for piece in self.pieces if piece.text.strip())


def _join_pieces(pieces: list[_Piece]) -> str:
    text = ""
    previous: _Piece | None = None
    for piece in pieces:
        chunk = piece.text.replace("\n", " ")
        if previous is not None and text and not text.endswith(" ") and \
                not chunk.startswith(" ") and (_MARKER.match(text.strip()) or
                                               _far_apart(previous, piece)):
            text += " "  # a list marker set apart by a tab, or the next cell of a table
        text += chunk
        previous = piece
    return " ".join(text.split())


def _far_apart(before: _Piece, after: _Piece, glyph: float = 0.75, gap: float = 2) -> bool:
    """Whether ``after`` starts beyond where ``before`` could end, by ``gap`` ems: by
    default past its widest possible end (no glyph is wider than about 0.75 of the font
    size), a table's next cell rather than the rest of a word."""
    return after.x - before.x > (len(before.text) * glyph + gap) * before.size


def _is_bold(font: Any) -> bool:
    try:
        name = str(font.get("/BaseFont", "")) if font is not None else ""
    except Exception:  # noqa: BLE001 - a damaged font dictionary is simply not bold
        return False
    return bool(re.search(r"bold|black|heavy|semibold", name, re.IGNORECASE))


Rule = tuple[float, float, float]  # a horizontal line drawn on a page: left, right, y


def _page_pieces(page: Any, deadline: Deadline,
                 name: str) -> tuple[list[_Piece], list[Rule]]:
    """The page's text pieces and the horizontal lines drawn on it: the fast reader
    first, pypdf's own for what it cannot do (without the lines)."""
    from .pdf_text import TooMuchText, Unsupported, page_pieces

    def check() -> None:
        if deadline.passed():
            raise refuse("too-slow", name, seconds=f"{deadline.seconds:g}")

    try:
        found, rules = page_pieces(page, check)
    except Unsupported:
        return _pypdf_pieces(page, deadline, name)
    except TooMuchText:
        raise refuse("too-slow", name, seconds=f"{deadline.seconds:g}") from None
    pieces: list[_Piece] = []
    for text, x, y, size, font in found:
        text = strip_controls(text)
        if text.strip():
            pieces.append(_Piece(text, x, y, size, _is_bold(font)))
    return pieces, rules


def _pypdf_pieces(page: Any, deadline: Deadline,
                  name: str) -> tuple[list[_Piece], list[Rule]]:
    from .pdf_text import PATH_OPERATORS, Rules

    pieces: list[_Piece] = []
    rules = Rules()

    def draw(op: bytes, operands: list[Any], cm: list[float], _tm: list[float]) -> None:
        operator = op.decode("latin-1") if isinstance(op, bytes) else str(op)
        if operator in PATH_OPERATORS:
            rules.follow(operator, list(operands), [float(v) for v in cm])

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if deadline.passed():
            raise _Abort
        text = strip_controls(text)
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0)
        pieces.append(_Piece(text, x, y, round(float(size) * scale, 1), _is_bold(font)))
        if len(pieces) > 50_000:
            raise _Abort

    try:
        page.extract_text(visitor_text=visit, visitor_operand_before=draw)
    except _Abort:
        raise refuse("too-slow", name, seconds=f"{deadline.seconds:g}") from None
    return pieces, rules.found


def _lines(pieces: list[_Piece]) -> list[_Line]:
    """Pieces on one baseline (within a third of their size), left to right, top to bottom."""
    lines: list[_Line] = []
    for piece in sorted(pieces, key=lambda p: (-round(p.y, 0), p.x)):
        if lines and abs(lines[-1].y - piece.y) <= max(piece.size, 1.0) / 3:
            lines[-1].pieces.append(piece)
        else:
            lines.append(_Line([piece]))
    for line in lines:
        line.pieces.sort(key=lambda p: p.x)
    return lines


COLUMN_BESIDE = 2  # pieces of text left of a right-hand block that make it a column


def _column_split(lines: list[_Line], width: float, start: float = 0.0) -> float | None:
    """The x where a right-hand column starts, if the page (or the part of it from
    ``start`` to ``width``) has two columns."""
    span = width - start
    starts = Counter(round(piece.x / 4) * 4 for line in lines for piece in line.pieces
                     if start + 0.35 * span < piece.x < start + 0.65 * span)
    frequent = [x for x, count in starts.items() if count >= 3]
    if not frequent or sum(starts[x] for x in frequent) < 4:
        return _short_column(lines, width, start)
    # The right column's margin is its leftmost start near the common one (its bullets
    # and list numbers sit left of its text).
    common = max(frequent, key=lambda x: starts[x])
    split = min(x for x in starts if common - 40 <= x <= common) - 3
    # Text on the left beside the right-hand block: two columns, not one indented block
    # (two lines are enough: a short second column beside a two-line title)
    beside, _ = _beside(lines, split)
    return split if len(beside) >= COLUMN_BESIDE else None


def _beside(lines: list[_Line], split: float) -> tuple[list[_Piece], float]:
    """The pieces left of ``split`` level with the block of text right of it, and the
    block's top. (Half a line's leeway: a large title's baseline sits a little off the
    text's.)"""
    right = [p for line in lines for p in line.pieces if p.x >= split]
    if not right:
        return [], 0.0
    low = min(p.y - p.size / 2 for p in right)
    high = max(p.y + p.size / 2 for p in right)
    return [p for line in lines for p in line.pieces
            if p.x < split - 20 and low <= p.y <= high], low


SHORT_COLUMN_LINES = 2


def _text_start(line: _Line, beyond: float) -> _Piece | None:
    """The piece where text starts beyond ``beyond`` on a line: the line's first piece or
    one set well apart from the piece before it, past a bullet or number of its own."""
    pieces = line.pieces
    for at, piece in enumerate(pieces):
        # (past the piece before's likely end: the widest-glyph rule misses text beside
        # a large title)
        if piece.x > beyond and (at == 0 or _far_apart(pieces[at - 1], piece,
                                                       glyph=1.2 * AVERAGE_CHAR, gap=1)):
            if _MARKER.match(piece.text.strip()) and at + 1 < len(pieces):
                return pieces[at + 1]
            return piece
    return None


def _short_column(lines: list[_Line], width: float, start: float) -> float | None:
    """The x where a right-hand column of only two or three lines starts: the end of a
    list carried over to the top of the second column, beside the first column's title,
    with the first column running on well below it. Only lines that start there count
    (not a word set in bold part way along a line of the first column)."""
    span = width - start
    starts = Counter(round(p.x / 4) * 4 for p in (_text_start(line, start + 0.35 * span)
                                                  for line in lines)
                     if p is not None and p.x < start + 0.65 * span)
    common = next((x for x, count in starts.items() if count >= SHORT_COLUMN_LINES), None)
    if common is None or sum(starts.values()) > 3:
        return None
    # (its bullets sit left of its text)
    split = min(round(p.x / 4) * 4 for line in lines for p in line.pieces
                if common - 40 <= round(p.x / 4) * 4 <= common) - 3
    beside, low = _beside(lines, split)
    # (the left column runs on five lines or more below the block)
    lowest = min((p.y for line in lines for p in line.pieces if p.x < split - 20),
                 default=low)
    runs_on = lowest < low - 5 * max(p.size for p in beside) if beside else False
    return split if runs_on else None


def _split_columns(lines: list[_Line], width: float) -> list[_Line]:
    """The page's lines in reading order: a table row by row, two columns one after
    the other, and a table inside either column row by row too."""
    split = _column_split(lines, width)
    if split is None:
        return lines
    left, right = _parted(lines, split, (0, 1))
    return _table_rows(left, right) or (
        _within(left, 0.0, split, (0, 2), third=split > THIRD_SPLIT[1] * width)
        + _within(right, split, width, (1, 3), third=split < THIRD_SPLIT[0] * width))


# Where a page's first split falls when it has three columns: about a third of the way
# across (the other two columns to its right) or two thirds (the other two to its left).
THIRD_SPLIT = (0.42, 0.58)


def _within(column: list[_Line], start: float, end: float, ids: tuple[int, int], *,
            third: bool) -> list[_Line]:
    """A column's lines, with a table set inside it read row by row; and, on a page of
    three columns (``third``), the two columns this part holds one after the other.
    Otherwise a column of text is never split again."""
    split = _column_split(column, end, start)
    if split is None:
        return column
    left, right = _parted(column, split, ids)
    return _table_rows(left, right) or (left + right if third else column)


def _parted(lines: list[_Line], split: float,
            ids: tuple[int, int]) -> tuple[list[_Line], list[_Line]]:
    """The lines' pieces left and right of ``split``, as lines of the two column ids."""
    left: list[_Line] = []
    right: list[_Line] = []
    for line in lines:
        before = [p for p in line.pieces if p.x < split]
        after = [p for p in line.pieces if p.x >= split]
        if before:
            left.append(_Line(before, ids[0]))
        if after:
            right.append(_Line(after, ids[1]))
    return left, right


def _table_rows(left: list[_Line], right: list[_Line]) -> list[_Line] | None:
    """A table's rows, when the "columns" are a table: a narrow first column whose
    lines each start level with a line on the right (a row's top), fewer of them than
    the right has ("Our Borough" beside its three bullets). Read row by row, as Word
    holds a table; None for two columns of text, which are read one after the other."""
    if not left or not right:
        return None
    top, bottom = right[0].y, right[-1].y
    beside = [line for line in left if bottom - 2 <= line.y <= top + 2]
    if len(beside) < 2 or len(beside) * 2 > len(right):
        return None
    if sum(1 for line in beside if _MARKER.fullmatch(line.text.strip())) * 2 > len(beside):
        return None  # a list's bullets set apart from their text, not a table's first column
    # (by the smallest text: a large title beside the right column is not a row's top)
    tolerance = min(line.size for line in beside) / 3
    level = [line for line in beside
             if any(abs(line.y - other.y) <= tolerance for other in right)]
    if len(level) < 2 or len(level) < 0.8 * len(beside):
        return None
    # a name wrapped in the first column ("… quality housing that" / "meets people's
    # needs") sits level with the description carrying on beside it: not a row's top
    edge = min(line.x for line in right)
    starts = [line for line in level if _starts_a_cell(line, right, tolerance)
              or _not_wrapped(line, beside, edge)]
    if len(starts) < 2:
        return None
    rows: list[_Line] = [line for line in left if line.y > top + 2]
    bounds = [line.y for line in starts] + [float("-inf")]
    for row, (upper, lower) in enumerate(zip(bounds, bounds[1:], strict=False)):
        ceiling = float("inf") if row == 0 else upper + tolerance
        cells = [line for column in (beside, right) for line in column
                 if lower + tolerance < line.y <= ceiling]
        for line in cells:
            line.row = row
        rows.extend(cells)
    rows.extend(line for line in left if line.y < bottom - 2)
    for line in [*beside, *right]:
        line.in_table = True
    return rows


def _starts_a_cell(line: _Line, right: list[_Line], tolerance: float) -> bool:
    """Whether the right-hand line level with ``line`` starts a new cell: the first, one
    set well below the line above it, or one that does not carry on a sentence in lower
    case (a bullet, a capital)."""
    at = next(index for index, other in enumerate(right) if abs(line.y - other.y) <= tolerance)
    return at == 0 or right[at - 1].y - right[at].y > CELL_GAP * right[at].size or \
        not right[at].text[:1].islower()


def _not_wrapped(line: _Line, column: list[_Line], edge: float) -> bool:
    """Whether ``line`` is a new row's name although its description carries on in lower
    case ("Culture" beside "improving the quality …"): it is set well below the first
    column's line above it, or its first word would have fitted on that line, so that
    line did not wrap into this one."""
    at = column.index(line)
    if at == 0:
        return False
    above = column[at - 1]
    if above.y - line.y > CELL_GAP * line.size:
        return True
    width = (len(above.text) + 1 + len(line.text.split()[0])) * AVERAGE_CHAR * above.size
    return above.x + width < edge - above.size  # a word's gap to the next column


AVERAGE_CHAR = 0.5  # a character's width in ems, on average, in a text font
CELL_GAP = 1.5  # line heights between two cells' text, more than between a cell's lines


def _furniture_key(line: _Line) -> tuple[int, str]:
    return round(line.y / 6), _DIGITS.sub("#", line.text.casefold())


def _drop_furniture(pages: list[list[_Line]], heights: list[float],
                    body_size: float) -> list[list[_Line]]:
    """Leave out page numbers, lines repeated at the same place on most pages, and (in a
    short document, where nothing repeats often enough) a line of body size or smaller
    alone in the page's top or bottom margin."""
    counts: Counter[tuple[int, str]] = Counter()
    for lines in pages:
        counts.update({_furniture_key(line) for line in lines})
    needed = max(2, int(0.6 * len(pages) + 0.5))
    repeated = {key for key, count in counts.items() if count >= needed} \
        if len(pages) >= 2 else set()
    kept: list[list[_Line]] = []
    for lines, height in zip(pages, heights, strict=True):
        margins = _margin_lines(lines, height, body_size) if len(pages) < 3 else set()
        kept.append([line for index, line in enumerate(lines)
                     if _furniture_key(line) not in repeated and index not in margins
                     and not _is_page_number(line, body_size)])
    return kept


def _is_page_number(line: _Line, body_size: float) -> bool:
    """"3" or "Page 3 of 12" in body size or smaller: a heading's own number line
    ("2025" wrapped from "Improvement Objectives 2024-") is larger, and kept."""
    return line.size <= body_size + 0.5 and bool(_PAGE_NUMBER.match(line.text))


def _margin_lines(lines: list[_Line], height: float, body_size: float) -> set[int]:
    """Indexes of a page's header and footer lines found by their place alone."""
    found: set[int] = set()
    by_height = sorted(range(len(lines)), key=lambda i: -lines[i].y)
    if len(by_height) < 3:
        return found
    # the header: a line, or a long one wrapped onto a second, set apart from the body
    for run in (by_height[:1], by_height[:2]):
        last, below = lines[run[-1]], lines[by_height[len(run)]]
        if all(lines[i].y > 0.9 * height and lines[i].size <= body_size + 0.5
               for i in run) and last.y - below.y > 2.2 * last.size and (
                len(run) == 1 or lines[run[0]].y - last.y < 1.5 * last.size):
            found.update(run)
            break
    bottom, above = by_height[-1], by_height[-2]
    if lines[bottom].y < 0.1 * height and lines[bottom].size <= body_size + 0.5 and \
            lines[above].y - lines[bottom].y > 2.2 * lines[bottom].size:
        found.add(bottom)
    return found


@dataclass
class _Para:
    lines: list[_Line]
    list_level: int | None = None
    numbering: str = ""  # "bullet" or "number" when the marker was set apart (a Word list)
    ruled: bool = False  # parted from the paragraph above by a line drawn between them
    boxed: bool = False  # lines drawn just above and just below it: a table's row
    table_row: bool = False  # one of a one-column table's rows

    @property
    def size(self) -> float:
        return Counter(line.size for line in self.lines).most_common(1)[0][0]


def _starts_item(line: _Line, body_size: float) -> bool:
    """A list item: a bullet or number at the start of a body-sized line. A dash counts
    only when set apart as Word sets a list's bullets, not when a wrapped line starts
    with one ("– Social Value Framework")."""
    text = line.text
    if line.size > body_size * 1.12:
        return False
    if len(line.pieces) > 1 and _MARKER.match(line.pieces[0].text.strip()):
        return True
    return (len(text) > 1 and text[0] in _BULLETS and text[0] not in "–—-" and
            text[1] == " ") or bool(_NUMBERED.match(text))


# Lines of one paragraph are set in one size: a heading half a point larger than the
# text under it (13 pt over 12.5 pt) starts a paragraph of its own.
SAME_SIZE = 0.3


def _ruled_between(above: _Line, below: _Line, rules: list[Rule]) -> bool:
    """Whether a line drawn across the text lies between two lines (a table's border
    between its rows, drawn from the cell's edge): below the upper line's baseline,
    above the lower line's letters, and not the upper line's underline (which starts
    where its words do, close under them)."""
    bottom = below.y + 0.6 * below.size
    return any(bottom < y < above.y and left - 2 <= below.x <= right and (
        left < above.x - 2 or y < above.y - 0.35 * above.size) for left, right, y in rules)


def _paragraphs(lines: list[_Line], body_size: float,
                rules: list[Rule] | None = None) -> list[_Para]:
    """Lines joined into paragraphs by spacing, size, list markers and the lines drawn
    between them."""
    paragraphs: list[_Para] = []
    lefts: dict[int, float] = {}  # each column's left margin, for list levels
    for line in lines:
        lefts[line.column] = min(lefts.get(line.column, line.x), line.x)
    previous: _Line | None = None
    above = False  # a line drawn between the paragraph's first line and the one before
    for line in lines:
        text = line.text
        if not text:
            continue
        item = _starts_item(line, body_size)
        joins = previous is not None and not item and paragraphs and \
            line.column == previous.column and \
            abs(line.size - previous.size) < SAME_SIZE and line.bold == previous.bold and \
            0 < previous.y - line.y <= (1.45 if line.size < body_size * 1.12 else 1.7) * \
            max(line.size, previous.size)
        gap_ruled = bool(previous is not None and rules and line.column == previous.column
                         and _ruled_between(previous, line, rules))
        ruled = bool(joins and gap_ruled)
        if joins and not ruled:
            paragraphs[-1].lines.append(line)
        else:
            if paragraphs:
                paragraphs[-1].boxed = above and gap_ruled
            above = gap_ruled
            level = None
            numbering = ""
            if item:
                level = max(0, min(8, int((line.x - lefts[line.column]) /
                                          max(body_size * 1.6, 8))))
                marker = line.pieces[0].text.strip()
                if len(line.pieces) > 1 and _MARKER.match(marker):
                    numbering = "bullet" if marker in _BULLETS else "number"
            paragraphs.append(_Para([line], level, numbering, ruled))
        previous = line
    if paragraphs and previous is not None and rules:  # the last row, with no text after it
        paragraphs[-1].boxed = above and _ruled_below(previous, rules)
    _table_of_one_column(paragraphs, body_size)
    return paragraphs


LAST_ROW_LINES = 6  # how far below its text a table's last border may be, in lines


def _ruled_below(line: _Line, rules: list[Rule]) -> bool:
    """Whether a line is drawn across under a paragraph's last line, near enough to be
    its table row's bottom border (a tall last row keeps empty space above it)."""
    bottom = line.y - LAST_ROW_LINES * line.size
    return any(bottom < y < line.y and left - 2 <= line.x <= right for left, right, y in rules)


BOXED_ROWS = 2  # rows of a one-column table in a row: one alone is a box round a note


def _table_of_one_column(paragraphs: list[_Para], body_size: float) -> None:
    """Paragraphs each boxed by the lines drawn above and below it, two or more in a
    row, of body size: a table of one column, given as Word gives its rows."""
    run: list[_Para] = []
    for para in [*paragraphs, None]:
        if para is not None and para.boxed and para.list_level is None and \
                not para.lines[0].in_table and para.size < body_size * 1.12:
            run.append(para)
            continue
        if len(run) >= BOXED_ROWS:
            for row in run:
                row.table_row = True
        run = []


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _vocabulary(pages: list[list[_Line]]) -> set[str]:
    """Every word of the document as written inside its lines (hyphenated ones whole)."""
    return {word.casefold() for lines in pages for line in lines
            for word in _WORD.findall(line.text)}


def _keeps_hyphen(head: str, tail: str, words: frozenset[str] | set[str]) -> bool:
    """Whether "head-" at a line's end and "tail" on the next are one hyphenated word
    ("well-being", "six-month") rather than one word broken in two ("commu-nity"):
    seen hyphenated, or not seen joined while both halves are words of their own."""
    head, tail = head.casefold(), tail.casefold()
    if f"{head}-{tail}" in words:
        return True
    if head + tail in words:
        return False
    return head in words and tail in words


def _para_text(para: _Para, words: frozenset[str] | set[str] = frozenset()) -> str:
    text = ""
    for line in para.lines:
        part = line.text
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and part[:1].islower():
            head = _WORD.findall(text[:-1])
            tail = _WORD.findall(part)
            keep = bool(head and tail) and _keeps_hyphen(head[-1].split("-")[-1],
                                                         tail[0].split("-")[0], words)
            text = text + part if keep else text[:-1] + part  # "commu-" + "nity"
        elif text.endswith(("-", "\u2013")) and text[-2:-1].isdigit() and part[:1].isdigit():
            text += part  # a range broken at its dash: "2024-" + "25"
        elif text.endswith("-") and text[-2:-1].isalpha() and part[:1].isupper():
            text += part  # a name broken at its own hyphen: "Vice-" + "President"
        elif text.endswith("...") and part.startswith("."):
            text += part  # a contents entry's dot leaders, broken at the page's edge
        else:
            text = f"{text} {part}" if text else part
    if para.numbering:  # Word keeps a list's bullets and numbers out of the text
        marker = para.lines[0].pieces[0].text.strip()
        text = text[len(marker):].lstrip() if text.startswith(marker) else text
    elif para.list_level is not None and text[:1] in _BULLETS and text[:1] not in "–—-":
        text = text[1:].lstrip()
    return (text[:1] + _INNER_BULLET.sub(" ", text[1:])).rstrip()


def _bold_lead(para: _Para) -> tuple[str, ...]:
    """The bold pieces at the start of a paragraph ("Name" in "Name – what it means")."""
    lead: list[str] = []
    for line in para.lines:
        for piece in line.pieces:
            if not piece.text.strip():
                continue
            if not piece.bold:
                return (" ".join(" ".join(lead).split()),) if lead else ()
            lead.append(piece.text)
    return (" ".join(" ".join(lead).split()),) if lead else ()


def _blocks(paragraphs: list[_Para], body_size: float, words: set[str]) -> list[Block]:
    larger = sorted({round(p.size) for p in paragraphs if p.size >= body_size * 1.12},
                    reverse=True)
    title_size = larger[0] if larger and paragraphs and round(paragraphs[0].size) == larger[0] \
        and sum(1 for p in paragraphs if round(p.size) == larger[0]) == 1 else None
    levels = [size for size in larger if size != title_size]
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []  # the one-column table being read
    for index, para in enumerate(paragraphs):
        text = _para_text(para, words)
        bold = all(line.bold for line in para.lines)
        size = round(para.size)
        if para.table_row:
            rows.append((text,))
            continue
        if para.lines[0].row >= 0:  # a cell of a table read row by row
            _add_to_row(rows, para, text, paragraphs[index - 1] if index else None)
            continue
        if rows:
            blocks.append(Table(rows=tuple(rows)))
            rows = []
        if index == 0 and size == title_size:
            blocks.append(Paragraph(text=text, style="Title", all_bold=bold,
                                    bold_runs=(text,) if bold else ()))
        elif size in levels and len(text) <= 300:
            level = min(levels.index(size) + 1, 9)
            blocks.append(Paragraph(text=text, style=f"Heading {level}", heading_level=level,
                                    all_bold=bold, bold_runs=(text,) if bold else ()))
        elif para.list_level is not None:
            blocks.append(Paragraph(text=text, style="List Paragraph",
                                    list_level=para.list_level, numbering=para.numbering,
                                    all_bold=bold,
                                    bold_runs=(text,) if bold else _bold_lead(para)))
        else:
            blocks.append(Paragraph(text=text, style="Normal", all_bold=bold,
                                    bold_runs=(text,) if bold else _bold_lead(para)))
    if rows:
        blocks.append(Table(rows=tuple(rows)))
    return blocks


def _add_to_row(rows: list[tuple[str, ...]], para: _Para, text: str,
                before: _Para | None) -> None:
    """Add a paragraph of a table read row by row to its row: a new row when the one
    before is of another row or another table, a new cell for the next column, and a
    cell's later paragraphs on lines of their own (as Word joins a cell's paragraphs)."""
    line = para.lines[0]
    previous = before.lines[0] if before is not None else None
    same_row = previous is not None and previous.row == line.row and previous.in_table \
        and rows and previous.column <= line.column
    if not same_row:
        rows.append((text,))
    elif previous is not None and previous.column == line.column:
        rows[-1] = (*rows[-1][:-1], f"{rows[-1][-1]}\n{text}")
    else:
        rows[-1] = (*rows[-1], text)


def _open(data: bytes, name: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (PyPdfError, NotImplementedError, ValueError) as exc:
                raise refuse("pdf-encrypted", name) from exc
            if not opened:
                raise refuse("pdf-encrypted", name)
        return reader
    except DocumentError:
        raise
    except (PdfReadError, PyPdfError, ValueError, TypeError, KeyError, AttributeError,
            IndexError, RecursionError, OSError) as exc:
        raise refuse("damaged-pdf", name) from exc


def read_pdf_blocks(data: bytes, name: str, limits: Limits) -> list[Block]:
    """The paragraphs (and one-column tables) of a text PDF, in reading order.

    Raises :class:`~.messages.DocumentError` for an encrypted, damaged, scanned
    (no text), too long or too slow PDF.
    """
    deadline = Deadline(limits.pdf_seconds)
    reader = _open(data, name)
    try:
        count = len(reader.pages)
        if count > limits.max_pdf_pages:
            raise refuse("pdf-too-many-pages", name, pages=f"{count:,}",
                         limit=f"{limits.max_pdf_pages:,}")
        pages: list[list[_Line]] = []
        heights: list[float] = []
        page_rules: list[list[Rule]] = []
        for page in reader.pages:
            pieces, rules = _page_pieces(page, deadline, name)
            page_rules.append(rules)
            try:
                width, height = float(page.mediabox.width), float(page.mediabox.height)
            except (ValueError, TypeError, KeyError, AttributeError):
                width, height = 595.0, 842.0
            pages.append(_split_columns(_lines(pieces), width))
            heights.append(height)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise refuse("damaged-pdf", name) from exc
    if not any(pages):
        raise refuse("pdf-no-text", name)
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[round(line.size)] += len(line.text)
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 11.0
    pages = _drop_furniture(pages, heights, body_size)
    paragraphs = [para for lines, rules in zip(pages, page_rules, strict=True)
                  for para in _paragraphs(lines, body_size, rules)]
    return _blocks(_merge_across_pages(paragraphs), body_size, _vocabulary(pages))


def _carries_on(text: str) -> bool:
    """Whether a line starts in lower case, after any opening bracket or quote ("(such
    as the speed …"): the rest of a sentence, not a new one."""
    return text.lstrip("([{\"'\u2018\u201c")[:1].islower()


def _merge_across_pages(paragraphs: list[_Para]) -> list[_Para]:
    """A paragraph cut by a page or column break carries on in lower case: join it (not
    a table's cell, whose description may start in lower case beside its name)."""
    merged: list[_Para] = []
    for para in paragraphs:
        first = para.lines[0].text
        if merged and para.list_level is None and _carries_on(first) and \
                not para.lines[0].in_table and not para.ruled and \
                abs(merged[-1].size - para.size) < 0.6 and \
                not _para_text(merged[-1]).endswith((".", ":", "!", "?")):
            merged[-1].lines.extend(para.lines)
        else:
            merged.append(para)
    return merged
