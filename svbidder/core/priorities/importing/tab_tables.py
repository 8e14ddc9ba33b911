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

from .lines import _FIGURE_CELL, _TABLE_HEADERS, _plain, _words

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
    return cells if sum(1 for cell in cells if cell) >= 2 else []


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
NAME_CELL_WORDS = 10


def cell_per_line_rows(raw_lines: list[str]) -> dict[int, list[list[str]]]:
    """A table copied one cell a line ("Theme" / "What we want to see" / "Local people" /
    "More local people in work" / …): two to four lines of column headings, the first
    naming the priorities, then two or more rows of as many lines, each row's first cell
    a short name; no blank line inside. For its first line, the rows to read (headings
    first); for its other lines, none."""
    found: dict[int, list[list[str]]] = {}
    index = 0
    while index < len(raw_lines):
        heads = _headings_at(raw_lines, index)
        rows = _rows_after(raw_lines, index + len(heads), len(heads)) if heads else []
        if len(rows) < TABLE_ROWS:
            index += 1
            continue
        end = index + len(heads) * (len(rows) + 1)
        found.update({at: [] for at in range(index, end)})
        found[index] = [heads, *rows]
        index = end
    return found


def _headings_at(raw_lines: list[str], index: int) -> list[str]:
    """The column headings starting at ``index`` (none unless two to four in a row, the
    first naming the priorities)."""
    if not _NAME_HEAD.match(raw_lines[index].strip()):
        return []
    heads = []
    for raw in raw_lines[index:index + MOST_COLUMNS]:
        if not raw.strip() or "\t" in raw or not _TABLE_HEADERS.fullmatch(raw.strip()):
            break
        heads.append(raw.strip())
    return heads if len(heads) >= 2 else []


def _rows_after(raw_lines: list[str], start: int, columns: int) -> list[list[str]]:
    """The rows of ``columns`` lines from ``start``, up to a blank line or a row whose
    first cell does not read as a name."""
    rows: list[list[str]] = []
    at = start
    while at + columns <= len(raw_lines):
        cells = [_plain(raw.strip()) for raw in raw_lines[at:at + columns]]
        name = cells[0]
        if not all(cells) or any("\t" in raw for raw in raw_lines[at:at + columns]) or \
                _words(name) > NAME_CELL_WORDS or name.endswith((".", ":")) or \
                _TABLE_HEADERS.fullmatch(name):
            break
        rows.append(cells)
        at += columns
    return rows
