"""An Excel workbook's sheets as tables of cell text, read from its XML without openpyxl.

Why not openpyxl: a council's measure list or TOMs-style calculator needs only
the cell values of a sheet or two. Reading ``xl/sharedStrings.xml`` and the
sheets ourselves goes through the same checked zip as Word files
(:class:`~.package.Package`: the directory is checked before anything
inflates, parts are streamed with caps and a deadline) and the same pull
parser that never expands entities, so a hostile workbook is bounded like a
hostile Word file; and it adds nothing to the bundle (openpyxl and its
et-xmlfile would add about 4 MB and its own unbounded reading).

Formulas give their cached value (what Excel last showed); dates stay as
Excel's day numbers (measure lists have none).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any

from .docx import Table, _parser
from .limits import Deadline, Limits
from .messages import DocumentError, refuse
from .package import Package
from .text import strip_controls

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_UNSAFE = (b"<!DOCTYPE", b"<!ENTITY")
MAX_SHEETS = 50
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_STRINGS = 500_000


def _events(package: Package, part: str) -> Iterator[Any]:
    """Elements of one part as they end, fed in pieces; refuses DTDs and entities."""
    from lxml import etree

    parser = _parser(("end",))
    tail = b""
    try:
        for chunk in package.chunks(part):
            if any(marker in tail + chunk for marker in _UNSAFE):
                raise refuse("unsafe-xml", package.name)
            tail = chunk[-16:]
            parser.feed(chunk)
            for _event, element in parser.read_events():
                yield element
        parser.close()
        for _event, element in parser.read_events():
            yield element
    except etree.XMLSyntaxError as exc:
        raise refuse("damaged-xlsx", package.name) from exc


def _text_of(element: Any) -> str:
    """A string item's text: its <t> pieces, leaving out phonetic guides (<rPh>)."""
    return "".join(t.text or "" for t in element.iter(S + "t")
                   if t.getparent() is element or t.getparent().tag == S + "r")


def _shared_strings(package: Package) -> list[str]:
    strings: list[str] = []
    if "xl/sharedStrings.xml" not in package:
        return strings
    for element in _events(package, "xl/sharedStrings.xml"):
        if element.tag == S + "si":
            strings.append(_text_of(element))
            element.clear()
            if len(strings) > MAX_STRINGS:
                raise refuse("bomb", package.name, size=f"more than {MAX_STRINGS:,} strings")
    return strings


def _sheet_parts(package: Package) -> list[tuple[str, str]]:
    """(sheet name, part) in the workbook's order."""
    targets: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in package:
        for element in _events(package, "xl/_rels/workbook.xml.rels"):
            if element.tag == PR + "Relationship":
                target = element.get("Target") or ""
                part = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join("xl", target))
                targets[element.get("Id") or ""] = part
    sheets: list[tuple[str, str]] = []
    if "xl/workbook.xml" in package:
        for element in _events(package, "xl/workbook.xml"):
            if element.tag == S + "sheet":
                part = targets.get(element.get(R + "id") or "", "")
                if part in package:
                    sheets.append((element.get("name") or f"Sheet {len(sheets) + 1}", part))
    return sheets[:MAX_SHEETS]


def _column(reference: str) -> int:
    """0 for "A1", 27 for "AB3"; -1 when the reference has no letters."""
    number = 0
    for char in reference:
        if not char.isalpha():
            break
        number = number * 26 + (ord(char.upper()) - 64)
    return number - 1


def _cell_value(cell: Any, strings: list[str]) -> str:
    kind = cell.get("t") or "n"
    if kind == "inlineStr":
        inline = cell.find(S + "is")
        return _text_of(inline) if inline is not None else ""
    value = cell.find(S + "v")
    text = (value.text or "") if value is not None else ""
    if kind == "s":
        try:
            return strings[int(text)]
        except (ValueError, IndexError):
            return ""
    if kind == "b":
        return "TRUE" if text == "1" else "FALSE"
    if kind == "n" and text.endswith(".0"):
        return text[:-2]
    return text


def _rows(package: Package, part: str, strings: list[str], deadline: Deadline
          ) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    for element in _events(package, part):
        if element.tag != S + "row":
            continue
        cells: dict[int, str] = {}
        for position, cell in enumerate(element.iterchildren(S + "c")):
            column = _column(cell.get("r") or "")
            column = column if column >= 0 else position
            if column < MAX_COLUMNS:
                cells[column] = strip_controls(_cell_value(cell, strings))
        element.clear()
        if cells:
            width = max(cells) + 1
            rows.append(tuple(cells.get(i, "") for i in range(width)))
        if len(rows) >= MAX_ROWS:
            break
        if deadline.passed():
            raise refuse("too-slow", package.name, seconds=f"{deadline.seconds:g}")
    return tuple(rows)


def read_xlsx_tables(data: bytes, name: str, limits: Limits) -> list[Table]:
    """Each sheet of a workbook as a :class:`~.docx.Table` named after the sheet.

    Raises :class:`~.messages.DocumentError` for a damaged, hostile or too slow file.
    """
    deadline = Deadline(limits.seconds)
    package = Package(data, name, limits, deadline)
    try:
        sheets = _sheet_parts(package)
        if not sheets:
            raise refuse("damaged-xlsx", name)
        strings = _shared_strings(package)
        return [Table(rows=_rows(package, part, strings, deadline), name=sheet)
                for sheet, part in sheets]
    except DocumentError:
        raise
    except (ValueError, TypeError, AttributeError, IndexError, KeyError,
            RecursionError) as exc:
        raise refuse("damaged-xlsx", name) from exc
    finally:
        package.close()
