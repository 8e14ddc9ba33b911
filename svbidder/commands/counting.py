"""``svbidder count``: words and characters as evaluators count them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    count = commands.add_parser(
        "count", help="count words and characters as Word does, plus the portal-safe count")
    count.add_argument("file", nargs="?", default="-",
                       help="an answer as text or Markdown (.txt, .md); - or nothing reads "
                            "standard input")
    count.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    count.set_defaults(handler=run_count)


def _read(name: str) -> str:
    """The text of a file or standard input, read by the one document reader (its kinds,
    size limit, decoder and messages); a Word or other non-text file is refused."""
    from ..core.documents import read_document, read_document_bytes, read_stream

    advice = "Count its text instead: save it as .txt, or paste it into the app."
    if name == "-":
        data = read_stream(sys.stdin.buffer, "standard input")
        document = read_document_bytes(data, "standard input", accept=("text",), advice=advice)
    else:
        document = read_document(Path(name), accept=("text",), advice=advice)
    return document.text


def run_count(args: argparse.Namespace) -> int:
    from ..core.writing.counting import count_markdown

    counts = count_markdown(_read(args.file))
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
