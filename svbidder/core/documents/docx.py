"""A Word file's blocks (paragraphs and tables), read from its XML without python-docx.

Why not python-docx here: it unpacks and keeps every part of the file
(including media) before giving anything back, and builds the whole XML tree.
Reading ``word/document.xml`` ourselves, streamed through :class:`~.package.Package`
into a pull parser that never expands entities or loads a DTD, bounds memory
and time for every importer, and keeps python-docx's import cost off the
command line. Only ``document.xml`` and ``styles.xml`` are unpacked.

Each :class:`Paragraph` carries what importers use to see structure: its text,
style name, heading level, list level, and which runs are bold; a
:class:`Table` is its rows of cell text, with merged cells repeated as Word
shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .limits import Deadline, Limits
from .messages import DocumentError, refuse
from .package import Package
from .text import strip_controls

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_UNSAFE = (b"<!DOCTYPE", b"<!ENTITY")
_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list (?:number|bullet|continue|paragraph)\s*(\d)?", re.IGNORECASE)
_FALSE = ("0", "false", "off")


@dataclass(frozen=True)
class Paragraph:
    """One Word paragraph. ``heading_level`` 1–9 or None; ``list_level`` 0 = top, or None."""

    text: str
    style: str = ""
    heading_level: int | None = None
    list_level: int | None = None
    numbering: str = ""  # the Word list it belongs to (numId), "" when none
    bold_runs: tuple[str, ...] = ()
    all_bold: bool = False  # every run with text is bold


@dataclass(frozen=True)
class Table:
    """A table's rows of cell text (a cell's paragraphs joined by line breaks).
    ``name`` is a workbook sheet's name ("" for a Word table)."""

    rows: tuple[tuple[str, ...], ...] = ()
    name: str = ""


Block = Paragraph | Table


@dataclass
class _Style:
    name: str
    based_on: str = ""
    outline: int | None = None
    list_level: int | None = None


@dataclass
class _Styles:
    by_id: dict[str, _Style] = field(default_factory=dict)
    default: str = ""

    def chain(self, style_id: str) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen and len(seen) < 12:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = style.based_on


def _parser(events: tuple[str, ...]) -> Any:
    from lxml import etree  # lxml comes with python-docx

    return etree.XMLPullParser(events=events, resolve_entities=False, no_network=True,
                               load_dtd=False, huge_tree=False, remove_comments=True,
                               remove_pis=True)


def _events(package: Package, part: str, events: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    """Parse events for one part, fed in pieces; refuses a DTD or entity declaration."""
    from lxml import etree

    parser = _parser(events)
    tail = b""
    try:
        for chunk in package.chunks(part):
            window = tail + chunk
            if any(marker in window for marker in _UNSAFE):
                raise refuse("unsafe-xml", package.name)
            tail = chunk[-16:]
            parser.feed(chunk)
            yield from parser.read_events()
        parser.close()
        yield from parser.read_events()
    except etree.XMLSyntaxError as exc:
        raise refuse("damaged-docx", package.name) from exc


def _val(element: Any) -> str | None:
    return element.get(W + "val") if element is not None else None


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _list_level_of(p_pr: Any) -> int | None:
    num_pr = p_pr.find(W + "numPr") if p_pr is not None else None
    if num_pr is None or _val(num_pr.find(W + "numId")) == "0":
        return None
    level = _int(_val(num_pr.find(W + "ilvl")), 0)
    return level if level is not None and 0 <= level < 9 else 0


def _outline_of(p_pr: Any) -> int | None:
    level = _int(_val(p_pr.find(W + "outlineLvl"))) if p_pr is not None else None
    return level + 1 if level is not None and 0 <= level < 9 else None


def _read_styles(package: Package) -> _Styles:
    styles = _Styles()
    if "word/styles.xml" not in package:
        return styles
    for _event, element in _events(package, "word/styles.xml", ("end",)):
        if element.tag != W + "style" or element.get(W + "type") not in (None, "paragraph"):
            continue
        style_id = element.get(W + "styleId") or ""
        p_pr = element.find(W + "pPr")
        styles.by_id[style_id] = _Style(
            name=_display_name(_val(element.find(W + "name")) or style_id),
            based_on=_val(element.find(W + "basedOn")) or "",
            outline=_outline_of(p_pr), list_level=_list_level_of(p_pr))
        if element.get(W + "default") in ("1", "true", "on"):
            styles.default = style_id
        element.clear()
    return styles


def _display_name(name: str) -> str:
    """Word stores built-in names in lower case ("heading 1"); show them as Word does."""
    return name[:1].upper() + name[1:] if name.islower() else name


def _run_text(run: Any) -> str:
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append("\t")
        elif tag == W + "cr" or (tag == W + "br" and child.get(W + "type") in (None,
                                                                                "textWrapping")):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
    return strip_controls("".join(parts))  # XML allows C1 controls; nothing needs them


_RUN_HOLDERS = {W + name for name in ("hyperlink", "ins", "smartTag", "fldSimple", "customXml",
                                      "sdt", "sdtContent", "moveTo")}


def _runs(element: Any) -> Iterator[Any]:
    for child in element:
        if child.tag == W + "r":
            yield child
        elif child.tag in _RUN_HOLDERS:
            yield from _runs(child)


def _is_bold(run: Any) -> bool:
    r_pr = run.find(W + "rPr")
    bold = r_pr.find(W + "b") if r_pr is not None else None
    return bold is not None and (_val(bold) or "true").lower() not in _FALSE


def _paragraph(element: Any, styles: _Styles) -> Paragraph:
    texts: list[str] = []
    bold_runs: list[str] = []
    every_run_bold = True
    any_text = False
    for run in _runs(element):
        text = _run_text(run)
        texts.append(text)
        if text.strip():
            any_text = True
            if _is_bold(run):
                bold_runs.append(text)
            else:
                every_run_bold = False
    p_pr = element.find(W + "pPr")
    style_id = _val(p_pr.find(W + "pStyle")) if p_pr is not None else None
    style_id = style_id or styles.default
    chain = list(styles.chain(style_id))
    style = chain[0].name if chain else (style_id or "Normal")
    heading = _HEADING_STYLE.match(style)
    level = int(heading.group(1)) if heading else _outline_of(p_pr)
    if level is None:
        level = next((s.outline for s in chain if s.outline is not None), None)
    list_level = _list_level_of(p_pr)
    if list_level is None and (p_pr is None or p_pr.find(W + "numPr") is None):
        named = _LIST_STYLE.match(style)  # "List Bullet 2" says its level in its name
        if named:
            list_level = int(named.group(1)) - 1 if named.group(1) else 0
        else:
            list_level = next((s.list_level for s in chain if s.list_level is not None), None)
    num_pr = p_pr.find(W + "numPr") if p_pr is not None else None
    numbering = (_val(num_pr.find(W + "numId")) or "") if num_pr is not None else ""
    return Paragraph(text="".join(texts), style=style, heading_level=level,
                     list_level=list_level, numbering="" if numbering == "0" else numbering,
                     bold_runs=tuple(bold_runs), all_bold=any_text and every_run_bold)


def _cell_text(cell: Any) -> str:
    return "\n".join("".join(_run_text(r) for r in _runs(p)) for p in cell.iter(W + "p")
                     if p.getparent() is cell)


def _table(element: Any) -> Table:
    rows: list[tuple[str, ...]] = []
    above: dict[int, str] = {}  # grid column -> text of the cell that started a vertical merge
    for row in element.iterchildren(W + "tr"):
        cells: list[str] = []
        for cell in row.iterchildren(W + "tc"):
            tc_pr = cell.find(W + "tcPr")
            span = _int(_val(tc_pr.find(W + "gridSpan")), 1) if tc_pr is not None else 1
            span = min(max(span or 1, 1), 64)
            merge = tc_pr.find(W + "vMerge") if tc_pr is not None else None
            column = len(cells)
            if merge is not None and _val(merge) in (None, "continue"):
                text = above.get(column, "")
            else:
                text = _cell_text(cell)
            for offset in range(span):
                above[column + offset] = text
            cells.extend([text] * span)
            if len(cells) > 200:
                break
        rows.append(tuple(cells))
    return Table(rows=tuple(rows))


def _body_blocks(element: Any, styles: _Styles) -> Iterable[Block]:
    tag = element.tag
    if tag == W + "p":
        yield _paragraph(element, styles)
    elif tag == W + "tbl":
        yield _table(element)
    elif tag in (W + "sdt", W + "sdtContent", W + "customXml"):
        for child in element:
            yield from _body_blocks(child, styles)


def read_docx_blocks(data: bytes, name: str, limits: Limits, *,
                     max_blocks: int = 100_000) -> list[Block]:
    """The blocks of a Word file's main text, in order (at most ``max_blocks``).

    Raises :class:`~.messages.DocumentError` for a damaged, hostile or too slow file.
    """
    deadline = Deadline(limits.seconds)
    package = Package(data, name, limits, deadline)
    try:
        if "word/document.xml" not in package:
            raise refuse("damaged-docx", name)
        styles = _read_styles(package)
        blocks: list[Block] = []
        depth = 0
        for event, element in _events(package, "word/document.xml", ("start", "end")):
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth != 2:  # document (0) > body (1) > a block (2)
                continue
            blocks.extend(_body_blocks(element, styles))
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
            if len(blocks) >= max_blocks:
                return blocks[:max_blocks]
            if deadline.passed():
                raise refuse("too-slow", name, seconds=f"{deadline.seconds:g}")
        return blocks
    except DocumentError:
        raise
    except (ValueError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise refuse("damaged-docx", name) from exc
    finally:
        package.close()
