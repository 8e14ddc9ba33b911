"""``svbidder spell``: British English spelling mistakes in a text or Markdown file."""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: argparse._SubParsersAction) -> None:
    spell = commands.add_parser(
        "spell", help="list words not in the British English dictionary, with suggestions")
    spell.add_argument("file", nargs="?", default="-",
                       help="an answer as text, Markdown or Word (.txt, .md, .docx); - or nothing "
                            "reads standard input")
    spell.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    spell.add_argument("--words", metavar="FILE",
                       help="also accept the words in FILE (one a line), e.g. names")
    spell.add_argument("--hints", action="store_true",
                       help="also list gentle hints: Oxford -ize spellings (organize → "
                            "organise) and forms such as gray → grey")
    spell.add_argument("--limit", type=int, default=5, metavar="N",
                       help="at most N suggestions for each word (default 5)")
    spell.set_defaults(handler=run_spell)


def run_spell(args: argparse.Namespace) -> int:
    import json

    from ..core.errors import SvBidderError
    from ..core.writing.spelling import SpellChecker
    from . import EXIT_OK
    from .counting import read_answer

    text, _ = read_answer(args.file)
    checker = SpellChecker().load()
    if args.words:
        extra, _ = read_answer(args.words)
        checker.set_personal_words(line.strip() for line in extra.splitlines()
                                   if line.strip() and not line.startswith("#"))
    if args.limit < 0:
        raise SvBidderError("--limit must be 0 or more.")
    found = checker.check_text(text, hints=args.hints)
    suggestions: dict[str, list[str]] = {}
    rows: list[dict[str, Any]] = []  # the JSON shape in docs/cli.md
    for item in found:
        if item.word not in suggestions:
            suggestions[item.word] = checker.suggest(item.word, args.limit) if args.limit else []
        row: dict[str, Any] = {"word": item.word, "start": item.start,
                               "suggestions": suggestions[item.word]}
        if args.hints:
            row["kind"] = item.kind
        rows.append(row)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No spelling mistakes found (British English).")
        return EXIT_OK
    line_starts = [0]
    for index, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(index + 1)
    import bisect

    for item, row in zip(found, rows, strict=True):
        line = bisect.bisect_right(line_starts, item.start)
        column = item.start - line_starts[line - 1] + 1
        offer = ", ".join(row["suggestions"]) or "no suggestions"
        note = f" ({item.message()})" if item.kind != "unknown" else ""
        print(f"{line}:{column}  {item.word} → {offer}{note}")
    count = len(rows)
    print(f"{count} {'word' if count == 1 else 'words'} to check")
    return EXIT_OK
