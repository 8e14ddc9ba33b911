"""``svbidder count``: words and characters as evaluators count them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import EXIT_OK

if TYPE_CHECKING:
    from ..core.writing.counting import Counts


def register(commands: argparse._SubParsersAction) -> None:
    count = commands.add_parser(
        "count", help="count words and characters as Word does, plus the portal-safe count")
    count.add_argument("file", nargs="?", default="-",
                       help="an answer as text, Markdown or a Word document (.txt, .md, "
                            ".docx); - or nothing reads standard input")
    count.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    count.set_defaults(handler=run_count)


def read_answer(name: str) -> tuple[str, bool]:
    """An answer from a file or standard input, and whether it is Markdown.

    Read by the one document reader (its kinds, size limit, decoder and messages).
    Text is a stored answer (limited Markdown). A Word document gives its body as
    Word counts it: paragraphs and table cells, not list numbers, headers or
    footers. A PDF or any other file is refused in one line.
    """
    from ..core.documents import read_document, read_document_bytes, read_stream

    advice = "Use its text instead: save it as .txt or .docx, or paste it into the app."
    if name == "-":
        data = read_stream(sys.stdin.buffer, "standard input")
        document = read_document_bytes(data, "standard input", accept=("text", "docx"),
                                       advice=advice)
    else:
        document = read_document(Path(name), accept=("text", "docx"), advice=advice)
    if document.kind == "docx":
        return _body_text(document.blocks), False
    return document.text, True


def _counts(name: str) -> Counts:
    from ..core.writing.counting import count_markdown, count_text

    text, markdown = read_answer(name)
    return count_markdown(text) if markdown else count_text(text)


def _body_text(blocks: list) -> str:
    """A Word file's paragraphs, each table cell a paragraph of its own (as Word counts)."""
    from ..core.documents import Paragraph, Table

    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(cell for row in block.rows for cell in row)
    return "\n".join(lines)


def run_count(args: argparse.Namespace) -> int:
    counts = _counts(args.file)
    if args.json:
        print(json.dumps(counts.as_dict(), indent=2))
        return EXIT_OK
    rows = [
        ("Words (as Microsoft Word counts them)", counts.words),
        ("Characters (with spaces)", counts.characters),
        ("Characters (without spaces)", counts.characters_no_spaces),
        ("Paragraphs", counts.paragraphs),
        ("Portal-safe words", counts.safe_words),
        ("Portal-safe characters", counts.safe_characters),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value:>8,}")
    return EXIT_OK
