"""Step 0 of splitting a tender: its text from a .docx, .txt or .md file.

The file is read by :mod:`svbidder.core.documents` (kind from the bytes, one
decoder, one set of limits and messages); here a Word file's paragraphs and
tables become lines the splitter reads: a question table, a scoring table or
a two-column "label | value" table each in the shape a pasted one would have.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ...documents import Block, DocumentError, Paragraph, Table, read_document
from ...errors import SvBidderError
from .blocks import MAX_TEXT_CHARS, split_questions
from .limits import _SCORE_CELL, SplitQuestion


class TenderFileError(SvBidderError):
    """A tender file could not be read (wrong kind, protected, damaged, too big)."""


def read_tender_text(path: Path) -> str:
    """The text of a .txt, .md, .docx or text PDF file, with a plain error for anything else."""
    try:
        document = read_document(Path(path))
    except DocumentError as exc:
        raise TenderFileError(str(exc)) from exc
    if document.kind in ("docx", "pdf"):  # a PDF's paragraphs come as Word's do
        return "\n".join(_up_to(docx_lines(document.blocks), MAX_TEXT_CHARS))
    return document.text


def _up_to(lines: Iterable[str], limit: int) -> Iterator[str]:
    """Lines until ``limit`` characters: the splitter reads no more than that anyway."""
    total = 0
    for line in lines:
        yield line
        total += len(line) + 1
        if total > limit:
            return


def split_questions_file(path: Path) -> list[SplitQuestion]:
    """The questions in a .txt, .md, .docx or .pdf file (see :func:`split_questions`)."""
    return split_questions(read_tender_text(Path(path)))


_HEADER_LABELS = {"weighting", "weight", "word limit", "limit", "character limit", "page limit",
                  "marks", "max marks", "maximum marks", "word count", "length",
                  "response length", "weighting (%)", "weighting %", "marks available"}


def docx_lines(blocks: Iterable[Block]) -> Iterable[str]:
    """Paragraphs and table rows of a Word document, in order."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            yield from table_rows_as_lines(_unmerged(block.rows))
            yield ""


def _unmerged(rows: Iterable[Iterable[str]]) -> list[list[str]]:
    """Rows with merged cells (which repeat their text) shown once."""
    result = []
    for row in rows:
        cells: list[str] = []
        for cell in row:
            text = cell.strip()
            if not cells or text != cells[-1]:
                cells.append(text)
        result.append(cells)
    return result


def table_rows_as_lines(rows: list[list[str]]) -> Iterable[str]:
    """Table rows as lines the splitter reads: a question table, a scoring table,
    or a two-column "label | value" table."""
    if not rows:
        return
    header = [cell.lower().strip(" :") for cell in rows[0]]
    labelled = any(cell in _HEADER_LABELS for cell in header)
    for row_index, cells in enumerate(rows):
        filled = [cell for cell in cells if cell]
        if not filled or (labelled and row_index == 0):
            continue
        if len(filled) >= 2 and _SCORE_CELL.match(filled[0]):  # a scoring descriptor row
            yield f"{filled[0].strip(' .:')} – {' – '.join(filled[1:])}"
            continue
        if len(cells) == 2 and cells[0] and not labelled and len(cells[0].split()) <= 4 \
                and not re.search(r"\d", cells[0]):  # "Word limit | 500"
            yield f"{cells[0].rstrip(' :')}: {cells[1]}"
            continue
        for column, cell in enumerate(cells):
            if not cell:
                continue
            label = rows[0][column].strip(" :") if labelled and column < len(rows[0]) else ""
            if label and label.lower() in _HEADER_LABELS and not re.search(
                    r"[a-z]{3}", re.sub(r"(?i)words?|characters?|pages?|sides?|marks?|of|a4",
                                        "", cell)):
                yield f"{label}: {cell}"
            else:
                yield from cell.split("\n")
        yield ""
