"""``svbidder questions split``: find the questions and limits in a tender."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    questions = commands.add_parser("questions", help="work with a tender's questions")
    actions = questions.add_subparsers(dest="questions_command", metavar="ACTION")
    actions.required = True
    split = actions.add_parser(
        "split", help="split a tender's social value section (.docx, .pdf, .txt, .md) into "
                      "questions with their limits")
    split.add_argument("file", type=Path, help="the tender text: .docx, .pdf, .txt or .md")
    split.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    split.set_defaults(handler=run_split)


def run_split(args: argparse.Namespace) -> int:
    from ..core.errors import SvBidderError
    from ..core.writing.tender import split_questions_file

    found = split_questions_file(args.file)
    if args.json:
        print(json.dumps([q.as_json() for q in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        raise SvBidderError(f"No questions were found in “{args.file.name}”: it has no text.")
    for number, question in enumerate(found, start=1):
        ref = question.ref or f"(question {number}, no reference)"
        details = [question.limit.describe() if question.limit else "no limit found"]
        if question.weighting_percent is not None:
            details.append(f"weighting {question.weighting_percent:g}%")
        if question.marks is not None:
            details.append(f"{question.marks:g} marks")
        if question.descriptors:
            details.append(f"{len(question.descriptors)} scoring descriptors")
        print(f"{ref} — {'; '.join(details)}")
        for line in (question.text or "(no question text found)").splitlines():
            print(f"    {line}")
        print()
    print(f"{len(found)} question{'s' if len(found) != 1 else ''} found. Check them in the app "
          "before you rely on them.")
    return EXIT_OK
