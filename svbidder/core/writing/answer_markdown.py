"""The Markdown answers are stored in: one reader and one writer for the whole app.

Answers are stored as a small subset of Markdown, the one the answer editor
writes: paragraphs, ``## `` sub-headings (``#`` to ``######``), ``- `` bullets
(also ``*``, ``+``, ``•``; indented two spaces for a second level), ``1. ``
numbered items (also ``1)``), ``**bold**`` and ``*italic*`` (also ``__`` and
``_``) and backslash escapes. Everything else is text.

Three things are done with it, all here so they can never disagree:

* :func:`parse_blocks` reads it into blocks (:class:`Block`: kind, level, list, and
  runs of bold/italic text), for the Word export and for comparing versions;
* :func:`blocks_to_plain` gives the text Word would show (what is counted), and
  :func:`markdown_to_plain` gives the same, line by line, fast enough to run on
  every keystroke (counting keeps one tally per line);
* :func:`blocks_to_markdown` writes blocks back, one line per block and never
  wrapped: the answer editor turns its document into blocks and stores this.

For Markdown the editor writes, ``markdown_to_plain(md) ==
blocks_to_plain(parse_blocks(md))`` and ``parse_blocks(blocks_to_markdown(b))``
gives ``b`` back (tests/core/test_answer_markdown.py).

No Qt and no python-docx here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# ------------------------------------------------------------ reading lines

_LIST_ITEM = re.compile(r"^(\s*)([-*+•]|\d{1,9}[.)])[ \t]+(.*)$", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", re.DOTALL)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# The literal comes first so the regex engine can jump between candidates.
_EM_STAR = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"_(?<![\w_]_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_ESCAPABLE = "\\`*_{}[]()#+-.!|>"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_PROTECT = {char: chr(0xE000 + index) for index, char in enumerate(_ESCAPABLE)}
_RESTORE = str.maketrans({code: char for char, code in _PROTECT.items()})


def strip_inline(text: str) -> str:
    """Remove emphasis markers and backslash escapes from one line."""
    protected = False
    if "\\" in text:
        escaped = _ESCAPE.sub(lambda m: _PROTECT[m.group(1)], text)
        protected, text = escaped != text, escaped
    if "**" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    if "*" in text:
        text = _EM_STAR.sub(r"\1", text)
    if "_" in text:
        text = _EM_UNDERSCORE.sub(r"\1", text)
    if protected:
        text = text.translate(_RESTORE)
    return text


def line_forms(line: str) -> tuple[str, str]:
    """One Markdown line as Word shows it and as a portal receives it."""
    if not line or line.isspace():
        return "", ""
    first = line.lstrip()[:1]
    if first in "-*+•" or first.isdigit():
        item = _LIST_ITEM.match(line)
        if item and item.group(3).strip():  # "- " alone is typed text, not an empty bullet
            indent, marker, content = item.groups()
            content = strip_inline(content)
            marker = "-" if marker in "-*+•" else marker
            return content, f"{indent}{marker} {content}"
    elif first == "#":
        heading = _HEADING.match(line)
        if heading:
            content = strip_inline(heading.group(1) or "")
            return content, content
    plain = strip_inline(line)
    return plain, plain


def markdown_to_plain(markdown: str) -> str:
    """The answer as Word shows it: one line per paragraph, Markdown markers removed.

    List bullets and numbers go (Word does not count them), as do ``#`` before
    sub-headings, ``**``/``*``/``_`` around emphasis and backslash escapes.
    Blank lines are dropped.
    """
    lines = (line_forms(line)[0] for line in split_lines(markdown))
    return "\n".join(line for line in lines if line and not line.isspace())


def portal_plain_text(markdown: str) -> str:
    """The answer as plain text to paste into an e-tendering portal.

    Bullets become ``- `` and numbered items keep their numbers; emphasis and
    heading markers go; blank lines between paragraphs are kept, blank lines
    at the start and end are not. This is the text the safe counts measure.
    """
    lines = [line_forms(line)[1] for line in split_lines(markdown)]
    kept = [index for index, line in enumerate(lines) if line and not line.isspace()]
    if not kept:
        return ""
    return "\n".join(lines[kept[0]:kept[-1] + 1])


def split_lines(text: str) -> list[str]:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2029" in text:
        text = text.replace("\u2029", "\n")
    return text.split("\n")




def escape_markdown_inline(text: str) -> str:
    """Escape ``\\``, ``*`` and ``_`` so typed text is not read as emphasis."""
    return _ESCAPE_TYPED.sub(r"\\\g<0>", text)


def escape_line_start(line: str) -> str:
    """Escape a start of line that would read as a list or heading ("- ", "3. ", "#")."""
    numbered = _LOOKS_NUMBERED.match(line)
    if numbered:  # "3. not a list" -> "3\. not a list"
        return line[:numbered.end(1)] + "\\" + line[numbered.end(1):]
    if _LOOKS_LIKE_BLOCK.match(line):
        return "\\" + line.lstrip()
    return line


def escape_markdown_line(text: str) -> str:
    """Escape what would otherwise read as Markdown in a line of typed text."""
    return escape_line_start(escape_markdown_inline(text))


_ESCAPE_TYPED = re.compile(r"[\\*_]")
_LOOKS_NUMBERED = re.compile(r"^\s*(\d{1,9})[.)](?:\s|$)")
_LOOKS_LIKE_BLOCK = re.compile(r"^\s*[-+#>]")




# ------------------------------------------------------------------ blocks

_BOLD_ON, _BOLD_OFF, _ITALIC_ON, _ITALIC_OFF = "\ue100", "\ue101", "\ue102", "\ue103"
_MARKS = _BOLD_ON + _BOLD_OFF + _ITALIC_ON + _ITALIC_OFF


@dataclass(frozen=True)
class Span:
    """A run of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


LIST_KINDS = ("bullet", "number")


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
    (``strip_inline``).
    """
    expected = strip_inline(text)
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


def parse_blocks(markdown: str) -> list[Block]:
    """The answer's paragraphs, headings and list items, in order."""
    blocks: list[Block] = []
    lists: dict[int, tuple[str, int, int]] = {}  # depth -> (kind, list id, first number)
    next_list = 1
    previous_blank = True
    for line in split_lines(markdown or ""):
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


# ------------------------------------------------------------------ writing

def spans_to_markdown(spans: Sequence[Span]) -> str:
    """Runs of text as one line of Markdown: emphasis marked around the words (spaces
    stay outside the markers, where Markdown needs them), typed ``*``, ``_`` and
    ``\\`` escaped, and a start that would read as a list or heading escaped.

    The line always reads back as exactly the runs' text: formatting that starts or
    ends inside a word cannot be marked reliably and is left plain, and a line whose
    markers would still read differently is written without emphasis."""
    merged = _merged(spans)
    parts: list[str] = []
    for span, marker in zip(merged, _marks(merged), strict=True):
        escaped = escape_markdown_inline(span.text.replace("\u2028", " "))
        core = escaped.strip()
        if not core or not marker:
            parts.append(escaped)
            continue
        lead = escaped[: len(escaped) - len(escaped.lstrip())]
        trail = escaped[len(escaped.rstrip()):]
        parts.append(f"{lead}{marker}{core}{marker[::-1]}{trail}")
    line = "".join(parts)
    plain = "".join(span.text for span in merged).replace("\u2028", " ")
    if strip_inline(line) != plain:
        line = escape_markdown_inline(plain)
    return escape_line_start(line)


def _marks(spans: Sequence[Span]) -> list[str]:
    """The emphasis marker for each run ("" for none). A run that starts or ends
    inside a word gets none: CommonMark (how the editor reads the answer back) does
    not see ``*`` or ``**`` there as emphasis when a letter or a sign such as £
    touches them, and would show the stars as text."""
    marks: list[str] = []
    for index, span in enumerate(spans):
        joined = ((index > 0 and _joined(spans[index - 1], span))
                  or (index + 1 < len(spans) and _joined(span, spans[index + 1])))
        marks.append("" if joined else ("**" if span.bold else "") + ("*" if span.italic else ""))
    return marks


def _joined(left: Span, right: Span) -> bool:
    """Whether two neighbouring runs meet inside a word (no space between them)."""
    return bool(left.text[-1:].strip() and right.text[:1].strip())


def block_to_markdown(block: Block) -> str:
    """One block as its stored line (without the blank line that may precede it)."""
    body = spans_to_markdown(block.spans)
    if block.kind == "bullet":
        return "  " * block.level + "- " + body
    if block.kind == "number":
        return "  " * block.level + f"{block.start}. " + body
    if block.kind == "heading":
        if body.endswith("#") and not body.endswith("\\#"):
            # unescaped, a last "#" would read as the optional closing #s and go
            body = body[:-1] + "\\#"
        return "#" * max(1, min(block.level, 6)) + " " + body
    return body


def blocks_to_markdown(blocks: Sequence[Block]) -> str:
    """Blocks as stored Markdown: a blank line between blocks, except between items
    of one list (``list_id``), which follow one another."""
    lines: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if not block.text.strip():
            continue
        listed = block.kind in LIST_KINDS
        if previous is not None and not (listed and previous.kind in LIST_KINDS
                                         and block.list_id == previous.list_id):
            lines.append("")
        lines.append(block_to_markdown(block))
        previous = block
    return "\n".join(lines) + ("\n" if lines else "")


def blocks_to_plain(blocks: Sequence[Block]) -> str:
    """The text Word shows, one line per block, as :func:`markdown_to_plain`."""
    return "\n".join(text for text in (block.text for block in blocks) if text.strip())


def _merged(spans: Sequence[Span]) -> list[Span]:
    """Neighbouring runs with the same formatting as one (the editor splits runs at
    changes Markdown cannot show, such as colour)."""
    merged: list[Span] = []
    for span in spans:
        if span.text:
            _append(merged, span.text, span.bold, span.italic)
    return merged
