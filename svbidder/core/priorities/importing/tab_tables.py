"""Tables pasted as text: lines of cells parted by tabs, or one cell a line.

Copying a table from a web page, a Word file or a spreadsheet as plain text gives one
line a row, its cells parted by tabs; copying one from a PDF viewer often gives each
cell a line of its own, row after row under the column headings. Two shapes are common
in councils' documents:

* a table of rows: each priority's name in the first column, what it means or its
  outcomes beside it ("Economy⇥More people in good jobs"), perhaps under a heading
  row ("Theme⇥What we want to achieve");
* a plan on a page set out in columns: the themes across the top, their outcomes in
  the cells below ("Fairer⇥Greener⇥Safer" / "Reduce poverty⇥Cut carbon⇥Reduce crime").

Both become the rows :func:`.lines._expand_tables` reads (a name, then the cells of
the level below), so a pasted table is read as a Markdown or Word table is. A contents
page, whose last cell is a page number, is not a table of priorities, and a numbered
list whose numbers sit in a column of their own is read as the numbered list it is.
"""

from __future__ import annotations

import re

from .lines import (
    _FIGURE_CELL,
    _TABLE_HEADERS,
    BULLET_MARKS,
    _expand_tables,
    _Line,
    _plain,
    _words,
)

# A reference number in a table's first column: "1.1", "A3", "2."
_REF = re.compile(r"^[A-Z]?\d{1,2}(?:\.\d{1,2}){0,3}\.?$")

TABLE_ROWS = 2  # a table is two or more rows in a row
COLUMN_TABLE_COLUMNS = 3
SHORT_CELL_WORDS = 8


def tab_table_rows(raw_lines: list[str]) -> dict[int, list[list[str]]]:
    """For each line that is part of a pasted table, the rows to read in its place
    (none for lines a column table gathers into its first line's rows)."""
    found: dict[int, list[list[str]]] = {}
    run: list[tuple[int, list[str]]] = []
    for index, raw in enumerate([*raw_lines, ""]):
        cells = _cells(raw)
        if len(cells) >= 2 and (not run or len(cells) == len(run[0][1])):
            run.append((index, cells))
            continue
        found.update(_read_run(run))
        run = [(index, cells)] if len(cells) >= 2 else []
    return found


def _cells(raw: str) -> list[str]:
    """A line's cells when tabs part two or more of them; else none."""
    if "\t" not in raw or len(raw) > 2000:
        return []
    cells = [_plain(cell) for cell in raw.strip().split("\t")]
    filled = [cell for cell in cells if cell]
    if filled and len(filled[0]) == 1 and filled[0] in BULLET_MARKS:
        return []  # "•⇥Growing our economy": a Word list's bullet and tab, not a cell
    return cells if len(filled) >= 2 else []


def _read_run(run: list[tuple[int, list[str]]]) -> dict[int, list[list[str]]]:
    """The rows to read for one run of lines with the same number of cells."""
    if len(run) < TABLE_ROWS or all(_FIGURE_CELL.match(cells[-1].strip() or "x")
                                    for _, cells in run):
        return {}  # a contents page ("Foreword⇥4") or a table of figures
    rows = [cells for _, cells in run]
    if sum(1 for cells in rows if _REF.match(cells[0].strip())) >= len(rows) - 1:
        return {}  # "1.1⇥Demonstrate climate leadership …": a numbered list, read as one
    if _set_out_in_columns(rows):
        columns = [[row[at] for row in rows] for at in range(len(rows[0]))]
        gathered = [[column[0], "\n".join(cell for cell in column[1:] if cell)]
                    for column in columns if column[0]]
        return {index: (gathered if at == 0 else []) for at, (index, _) in enumerate(run)}
    return {index: [cells] for index, cells in run}


def _set_out_in_columns(rows: list[list[str]]) -> bool:
    """Whether the themes run across the top: three or more columns, every cell short,
    the top row all filled with names, none of them a table's heading ("Theme",
    "Outcome")."""
    return (len(rows[0]) >= COLUMN_TABLE_COLUMNS and all(rows[0])
            and not any(_TABLE_HEADERS.fullmatch(cell.strip()) for cell in rows[0])
            and all(_words(cell) <= SHORT_CELL_WORDS for row in rows for cell in row)
            and not any(cell.rstrip().endswith(".") for cell in rows[0]))



# The heading of a table's first column, the one that names each row's priority
_NAME_HEAD = re.compile(r"^(?:themes?|priorit(?:y|ies)|outcomes?|objectives?|aims?|"
                        r"(?:focus )?areas?)$", re.IGNORECASE)
MOST_COLUMNS = 4
MOST_ROWS = 30
NAME_CELL_WORDS = 10


def tables_one_cell_a_line(lines: list[_Line]) -> list[_Line]:
    """Tables whose cells came one a line, as a PDF viewer's copy or a PDF's text gives
    them, read as the tables they are. Row by row: two to four column headings, the
    first naming the priorities ("Theme" / "What we want to see"), then rows of as many
    cells. Column by column: "Priority" and its names, then "What this means" and as
    many cells. Each row's first cell must be a short name."""
    filled = [at for at, line in enumerate(lines) if line.kind != "blank"]
    cells = [lines[at].text.strip() if lines[at].kind == "prose" else "" for at in filled]
    result: list[_Line] = []
    done = 0  # lines before this are in ``result``
    position = 0
    while position < len(filled):
        table = _table_at(cells, position) if _NAME_HEAD.match(cells[position]) else []
        if len(table) - 1 < TABLE_ROWS:
            position += 1
            continue
        start, used = filled[position], len(table) * len(table[0])
        result.extend(lines[done:start])
        result.extend(_expand_tables([_Line("tablerow", "\u241f".join(row)) for row in table]))
        done = filled[position + used - 1] + 1
        position += used
    result.extend(lines[done:])
    return result


def _table_at(cells: list[str], start: int) -> list[list[str]]:
    """The rows (headings first) of a table whose first heading is ``cells[start]``."""
    heads = 1
    while heads < MOST_COLUMNS and start + heads < len(cells) and \
            _TABLE_HEADERS.fullmatch(cells[start + heads]):
        heads += 1
    if heads >= 2:
        return [cells[start:start + heads], *_rows(cells, start + heads, heads)]
    return _columns(cells, start)


def _a_name(cell: str) -> bool:
    return (bool(cell) and _words(cell) <= NAME_CELL_WORDS and not cell.endswith((".", ":"))
            and not _TABLE_HEADERS.fullmatch(cell))


def _rows(cells: list[str], start: int, columns: int) -> list[list[str]]:
    """Rows of ``columns`` cells from ``start``, up to one whose first cell is not a name."""
    rows: list[list[str]] = []
    at = start
    while at + columns <= len(cells) and len(rows) < MOST_ROWS:
        row = cells[at:at + columns]
        if not _a_name(row[0]) or not all(row) or any(_TABLE_HEADERS.fullmatch(c) for c in row):
            break
        rows.append(row)
        at += columns
    return rows


def _columns(cells: list[str], start: int) -> list[list[str]]:
    """A table given column by column: "Priority", its N names, then "What this means"
    and N cells (and perhaps a third heading and N more); as rows, headings first."""
    names = 0
    while names < MOST_ROWS and start + 1 + names < len(cells) and \
            _a_name(cells[start + 1 + names]):
        names += 1
    columns = [cells[start:start + 1 + names]]
    at = start + 1 + names
    while len(columns) < MOST_COLUMNS and _column_at(cells, at, names):
        columns.append(cells[at:at + 1 + names])
        at += 1 + names
    if names < TABLE_ROWS or len(columns) < 2:
        return []
    return [list(row) for row in zip(*columns, strict=True)]


def _column_at(cells: list[str], at: int, rows: int) -> bool:
    """Whether a column heading stands at ``at`` with ``rows`` filled cells under it."""
    under = cells[at + 1:at + 1 + rows]
    return (at < len(cells) and bool(_TABLE_HEADERS.fullmatch(cells[at])) and len(under) == rows
            and all(cell and not _TABLE_HEADERS.fullmatch(cell) for cell in under))
