"""Our limited answer Markdown as Word paragraphs, with built-in styles.

The subset is what the answer editor stores (see ``core/counting.py``):
paragraphs, ``- `` bullets (also ``*``, ``+``, ``•``), ``1. `` numbered items
(also ``1)``), ``## `` sub-headings, ``**bold**``, ``*italic*`` (also ``__``
and ``_``) and backslash escapes. It is parsed here directly, line by line,
with counting's own line rules, so the words in Word are exactly the words
counted in the app:

* every line that counting treats as a paragraph becomes one Word paragraph,
  except that a line directly under a paragraph or list item (no blank line
  between) continues it after a space, as the app's editor shows it;
* bullets use *List Bullet* (*List Bullet 2* when indented), numbers use
  *List Number* (*2*), each numbered list restarting at its first number;
* sub-headings use *Heading 2* (``#`` and ``##``) or *Heading 3* (``###`` and
  deeper), one level below the question's own heading;
* the text of each paragraph is ``counting.markdown_to_plain`` of its line:
  :func:`inline_spans` checks that, and falls back to unformatted text in the
  rare case where formatting would change a character.

Parsing (:func:`parse_markdown`) needs no python-docx; :func:`render_markdown`
takes a :class:`~svbidder.export.docx_base.DocumentBuilder`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

# Counting's own patterns, so a line is read here exactly as it is counted.
from ..core.writing.counting import (
    _EM_STAR,
    _EM_UNDERSCORE,
    _ESCAPE,
    _HEADING,
    _LIST_ITEM,
    _PROTECT,
    _RESTORE,
    _STRONG,
    _lines,
    _strip_inline,
)

if TYPE_CHECKING:
    from .docx_base import DocumentBuilder

_BOLD_ON, _BOLD_OFF, _ITALIC_ON, _ITALIC_OFF = "\ue100", "\ue101", "\ue102", "\ue103"
_MARKS = _BOLD_ON + _BOLD_OFF + _ITALIC_ON + _ITALIC_OFF


@dataclass(frozen=True)
class Span:
    """A run of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    """One Word paragraph: ``kind`` is ``paragraph``, ``heading``, ``bullet`` or ``number``.

    ``level`` is the heading level (1–6) or the list depth (0 or 1); ``list_id``
    groups the items of one list, and ``start`` is its first number.
    """

    kind: str
    spans: list[Span] = field(default_factory=list)
    level: int = 0
    list_id: int = 0
    start: int = 1

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


def inline_spans(text: str) -> list[Span]:
    """One line's text as spans of bold/italic/plain, markers and escapes removed.

    The joined text always equals what counting counts for the line
    (``counting._strip_inline``).
    """
    expected = _strip_inline(text)
    if not any(char in text for char in "*_\\"):
        return [Span(expected)] if expected else []
    marked = text
    if "\\" in marked:
        marked = _ESCAPE.sub(lambda m: _PROTECT[m.group(1)], marked)
    if "**" in marked or "__" in marked:
        marked = _STRONG.sub(lambda m: _BOLD_ON + m.group(2) + _BOLD_OFF, marked)
    if "*" in marked:
        marked = _EM_STAR.sub(lambda m: _ITALIC_ON + m.group(1) + _ITALIC_OFF, marked)
    if "_" in marked:
        marked = _EM_UNDERSCORE.sub(lambda m: _ITALIC_ON + m.group(1) + _ITALIC_OFF, marked)
    spans: list[Span] = []
    bold = italic = 0
    start = 0
    for index, char in enumerate(marked):
        if char not in _MARKS:
            continue
        if index > start:
            _append(spans, marked[start:index], bold > 0, italic > 0)
        start = index + 1
        if char == _BOLD_ON:
            bold += 1
        elif char == _BOLD_OFF:
            bold -= 1
        elif char == _ITALIC_ON:
            italic += 1
        else:
            italic -= 1
    if start < len(marked):
        _append(spans, marked[start:], bold > 0, italic > 0)
    spans = [Span(s.text.translate(_RESTORE), s.bold, s.italic) for s in spans]
    if "".join(s.text for s in spans) != expected:
        return [Span(expected)] if expected else []
    return spans


def _append(spans: list[Span], text: str, bold: bool, italic: bool) -> None:
    if spans and spans[-1].bold == bold and spans[-1].italic == italic:
        spans[-1] = Span(spans[-1].text + text, bold, italic)
    else:
        spans.append(Span(text, bold, italic))


def _strip_spans(spans: list[Span]) -> list[Span]:
    """Leading and trailing spaces removed, as the app shows a paragraph."""
    while spans and not spans[0].text.strip():
        spans = spans[1:]
    while spans and not spans[-1].text.strip():
        spans = spans[:-1]
    if not spans:
        return []
    first, last = spans[0], spans[-1]
    spans = [Span(first.text.lstrip(), first.bold, first.italic), *spans[1:]]
    last = spans[-1]
    spans[-1] = Span(last.text.rstrip(), last.bold, last.italic)
    return spans


def parse_markdown(markdown: str) -> list[Block]:
    """The answer's paragraphs, headings and list items, in order."""
    blocks: list[Block] = []
    lists: dict[int, tuple[str, int, int]] = {}  # depth -> (kind, list id, first number)
    next_list = 1
    previous_blank = True
    for line in _lines(markdown or ""):
        if not line or line.isspace():
            previous_blank = True
            continue
        first = line.lstrip()[:1]
        item = _LIST_ITEM.match(line) if (first in "-*+•" or first.isdigit()) else None
        if item and not item.group(3).strip():
            item = None  # "- " alone is typed text, not an empty bullet (as counting reads it)
        heading = _HEADING.match(line) if first == "#" else None
        if item:
            indent, marker, content = item.groups()
            kind = "bullet" if marker in "-*+•" else "number"
            depth = 1 if len(indent.expandtabs(4)) >= 2 else 0
            if depth == 0:
                lists.pop(1, None)
            current = lists.get(depth)
            if current is None or current[0] != kind:
                start = int(marker[:-1]) if kind == "number" else 1
                current = (kind, next_list, start)
                next_list += 1
                lists[depth] = current
            spans = _strip_spans(inline_spans(content))
            if spans:  # "- **" has no text once its markers go: nothing to show
                blocks.append(Block(kind, spans, depth, current[1], current[2]))
        elif heading:
            lists.clear()
            content = heading.group(1) or ""
            level = len(line.lstrip()) - len(line.lstrip().lstrip("#"))
            spans = _strip_spans(inline_spans(content))
            if spans:
                blocks.append(Block("heading", spans, level))
        else:
            spans = _strip_spans(inline_spans(line))
            if not spans:
                previous_blank = True
                continue
            last = blocks[-1] if blocks else None
            if not previous_blank and last is not None and last.kind != "heading":
                last.spans = [*last.spans, Span(" ")] if last.spans else []
                for span in spans:
                    _append(last.spans, span.text, span.bold, span.italic)
            else:
                lists.clear()
                blocks.append(Block("paragraph", spans))
        previous_blank = False
    return blocks


def render_markdown(builder: DocumentBuilder, markdown: str, *, heading_level: int = 2,
                    container: Any = None) -> list[Any]:
    """Add the answer to the document (or ``container``, e.g. a table cell) and
    return the paragraphs added."""
    from .docx_base import new_paragraph

    target = container if container is not None else builder.document._body
    normal_id = builder.normal.style_id
    number_ids: dict[int, int] = {}
    added = []
    for block in parse_markdown(markdown):
        if block.kind == "heading":
            level = heading_level if block.level <= 2 else heading_level + 1
            style = builder.heading2 if level <= 2 else builder.heading3
        elif block.kind == "bullet":
            style = builder.bullet2 if block.level else builder.bullet
        elif block.kind == "number":
            style = builder.number2 if block.level else builder.number
        else:
            style = builder.normal
        style_id = style.style_id
        paragraph = new_paragraph(target, None if style_id == normal_id else style_id,
                                  [(span.text, span.bold, span.italic) for span in block.spans])
        if block.kind == "number":
            num_id = number_ids.get(block.list_id)
            if num_id is None:
                num_id = builder.new_list_number_id(style, block.start)
                number_ids[block.list_id] = num_id
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
        added.append(paragraph)
    return added
