"""Turning the HTML a browser or Word puts on the clipboard into text with its lists
and headings marked, so a paste keeps the structure the page showed.

A browser's plain-text copy of a web page drops list bullets and numbers and
does not say which lines were headings: the priorities then read as a run of
loose lines. The same copy also carries the page as HTML, where the structure
is plain to see. :func:`html_to_text` writes it as text the importers already
read: headings as Markdown headings ("## Our priorities"), list items with a
bullet or their number, indented by nesting level, table rows with their cells
separated by tabs, and one line per paragraph.

The HTML comes from outside, so it is read by a small scanner written to run
in linear time (Python's ``html.parser`` takes seconds on some short inputs,
such as ``"<a" * 100_000``): each tag is matched by a bounded pattern with no
backtracking, comments and skipped elements are found with plain searches,
and anything that is not a well-formed tag is read as text. Input longer than
:data:`MAX_HTML_CHARS` is not read at all (the caller falls back to the plain
text). Pure Python, no Qt.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

MAX_HTML_CHARS = 3_000_000
MAX_TAG_CHARS = 4096

# "<name attributes>" or "</name>": the name, then up to MAX_TAG_CHARS that are not
# angle brackets. Possessive quantifiers: a failed match never backtracks.
_TAG = re.compile(rf"<(/?)([A-Za-z][A-Za-z0-9:-]*+)([^<>]{{0,{MAX_TAG_CHARS}}}+)>")
_DECLARATION = re.compile(rf"<[!?][^<>]{{0,{MAX_TAG_CHARS}}}+>")  # <!DOCTYPE>, <![if …]>
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr",
    "legend", "main", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
))
# Elements whose content is never page text a person copied to read.
_SKIPPED = frozenset(("script", "style", "head", "title", "noscript", "template", "svg",
                      "iframe", "object", "select", "nav", "math"))
_VOID_SKIPPED = frozenset(("img", "input", "meta", "link", "base", "source", "track", "wbr"))


@dataclass
class _Writer:
    """Collects text into lines, with the marks of the list or heading it is in."""

    lines: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    lists: list[list[int]] = field(default_factory=list)  # [next number or -1 for bullets]
    pending_mark: str = ""
    heading: int = 0
    in_cell: bool = False
    cells: list[str] = field(default_factory=list)

    def text(self, chunk: str) -> None:
        self.words.append(chunk)

    def end_line(self) -> None:
        """Write what was collected as one line (or one table cell)."""
        line = _SPACES.sub(" ", "".join(self.words)).strip()
        self.words = []
        if self.in_cell:
            if line:
                self.cells.append(line)
            return
        if not line:
            return
        indent = "  " * max(0, len(self.lists) - 1)
        if self.heading:
            line = "#" * self.heading + " " + line
        elif self.pending_mark:
            line = indent + self.pending_mark + line
        elif self.lists:
            line = indent + "  " + line  # a second paragraph of a list item
        self.pending_mark = ""
        self.lines.append(line)

    def start_item(self) -> None:
        self.end_line()
        if not self.lists:
            self.lists.append([-1])
        numbering = self.lists[-1]
        if numbering[0] < 0:
            self.pending_mark = "• "
        else:
            self.pending_mark = f"{numbering[0]}. "
            numbering[0] += 1

    def end_row(self) -> None:
        self.end_line()
        self.in_cell = False
        if self.cells:
            self.lines.append("\t".join(self.cells))
        self.cells = []


def _start_number(attributes: str) -> int:
    found = re.search(r"\bstart\s*=\s*[\"']?(\d{1,6})", attributes)
    return int(found.group(1)) if found else 1


def _open(writer: _Writer, name: str, attributes: str) -> None:
    if name in _HEADINGS:
        writer.end_line()
        writer.heading = _HEADINGS[name]
    elif name in ("ul", "ol", "menu"):
        writer.end_line()
        writer.lists.append([_start_number(attributes) if name == "ol" else -1])
    elif name == "li":
        writer.start_item()
    elif name == "br":
        writer.end_line()
    elif name == "tr":
        writer.end_row()
    elif name in ("td", "th"):
        writer.end_line()
        writer.in_cell = True
    elif name in _BLOCKS:
        writer.end_line()


def _close(writer: _Writer, name: str) -> None:
    if name in _HEADINGS:
        writer.end_line()
        writer.heading = 0
    elif name in ("ul", "ol", "menu"):
        writer.end_line()
        if writer.lists:
            writer.lists.pop()
    elif name in ("td", "th"):
        writer.end_line()
        writer.in_cell = False
    elif name in ("tr", "table"):
        writer.end_row()
    elif name == "li" or name in _BLOCKS:
        writer.end_line()


def _skip_to_close(source: str, name: str, position: int) -> int:
    """The position after ``</name>``, or the end of the text when it never closes."""
    closing = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE)
    found = closing.search(source, position)
    return found.end() if found else len(source)


def looks_like_html(text: str) -> bool:
    """Whether text is a web page (a browser's "Save page as"), by how it starts: past
    white space and a comment, "<!doctype html", "<html" or "<head"."""
    head = text[:4000].lstrip()
    if head.startswith("<!--"):
        end = head.find("-->")
        head = head[end + 3:].lstrip() if end >= 0 else ""
    head = head[:20].lower()
    return any(head.startswith(tag) and not head[len(tag):len(tag) + 1].isalnum()
               for tag in ("<!doctype html", "<html", "<head"))  # not "<header"


def html_to_text(source: str) -> str:
    """The HTML's text, one line per paragraph, list item, heading or table row.

    Returns "" for input longer than :data:`MAX_HTML_CHARS`, so the caller uses
    the plain text instead.
    """
    if len(source) > MAX_HTML_CHARS:
        return ""
    writer = _Writer()
    position, size = 0, len(source)
    while position < size:
        opening = source.find("<", position)
        if opening < 0:
            writer.text(html.unescape(source[position:]))
            break
        writer.text(html.unescape(source[position:opening]))
        position = _read_markup(source, opening, writer)
    writer.end_line()
    writer.end_row()
    return "\n".join(writer.lines)


def _read_markup(source: str, at: int, writer: _Writer) -> int:
    """Read the markup starting at ``at`` ("<"); return where the text goes on."""
    if source.startswith("<!--", at):
        end = source.find("-->", at + 4)
        return len(source) if end < 0 else end + 3
    tag = _TAG.match(source, at)
    if tag is None:
        declaration = _DECLARATION.match(source, at)
        if declaration is not None:
            return declaration.end()
        writer.text("<")  # a lone "<" in the text
        return at + 1
    closing, name = tag.group(1) == "/", tag.group(2).lower()
    if closing:
        _close(writer, name)
    elif name in _SKIPPED and not tag.group(3).rstrip().endswith("/"):
        return _skip_to_close(source, name, tag.end())
    elif name not in _VOID_SKIPPED:
        _open(writer, name, tag.group(3))
    return tag.end()
