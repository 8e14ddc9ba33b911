"""``svbidder count``: words and characters as evaluators count them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import EXIT_OK

MAX_BYTES = 20 * 1024 * 1024


def register(commands: argparse._SubParsersAction) -> None:
    count = commands.add_parser(
        "count", help="count words and characters as Word does, plus the portal-safe count")
    count.add_argument("file", nargs="?", default="-",
                       help="an answer as text or Markdown (.txt, .md); - or nothing reads "
                            "standard input")
    count.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    count.set_defaults(handler=run_count)


def _read(name: str) -> str:
    from ..core.errors import SvBidderError

    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        label = "standard input"
    else:
        path = Path(name)
        try:
            if path.is_dir():
                raise SvBidderError(f"“{name}” is a folder; give a text or Markdown file.")
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FileNotFoundError as exc:
            raise SvBidderError(f"“{name}” was not found.") from exc
        except OSError as exc:
            raise SvBidderError(f"“{name}” could not be read ({exc.strerror or exc}).") from exc
        label = f"“{name}”"
    if len(data) > MAX_BYTES:
        raise SvBidderError(f"{label} is larger than 20 MB; count one answer at a time.")
    if data.startswith((b"PK", b"\xd0\xcf\x11\xe0")):
        raise SvBidderError(f"{label} is a Word or other binary file; count its text instead "
                            "(save it as .txt, or paste it into the app).")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    if b"\x00" in data[:4096]:
        raise SvBidderError(f"{label} does not look like text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


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
