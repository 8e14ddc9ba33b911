"""``svbidder frameworks list`` and ``svbidder priorities import``: council priorities."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    frameworks = commands.add_parser("frameworks", help="the frameworks that come with svbidder")
    frameworks_commands = frameworks.add_subparsers(dest="frameworks_command", metavar="ACTION",
                                                    required=True)
    listing = frameworks_commands.add_parser("list", help="list the bundled frameworks")
    listing.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    listing.set_defaults(handler=run_list)

    priorities = commands.add_parser("priorities",
                                     help="read a council's priorities from its own document")
    priorities_commands = priorities.add_subparsers(dest="priorities_command", metavar="ACTION",
                                                    required=True)
    importing = priorities_commands.add_parser(
        "import", help="find themes, outcomes and measures in a .docx, .pdf, .txt or .md file "
                       "or a measure list (.xlsx, .csv), or - for standard input; changes "
                       "nothing")
    importing.add_argument("file", help="the document, or - to read text from standard input")
    importing.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    importing.set_defaults(handler=run_import)


def run_list(args: argparse.Namespace) -> int:
    from ..core.priorities.frameworks import bundled_frameworks

    frameworks = bundled_frameworks()
    if args.json:
        print(json.dumps([{"id": f.key, "name": f.name, "publisher": f.publisher,
                           "version": f.version, "as_at": f.as_at} for f in frameworks],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    for framework in frameworks:
        counts = framework.counts()
        print(f"{framework.key}\n    {framework.name}\n    {framework.publisher}; "
              f"as at {framework.as_at}; {counts['themes']} themes, "
              f"{counts['outcomes']} outcomes")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from ..core.priorities.importing import parse_priorities_file, parse_priorities_text

    if args.file == "-":
        import sys

        result = parse_priorities_text(sys.stdin.read())
    else:
        result = parse_priorities_file(Path(args.file))
    if args.json:
        data = result.to_dict()
        data["columns_used"] = dict(result.columns_used)  # a measure list's columns, or {}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if result.columns_used:
        print("Columns used: " + ", ".join(f"{role} = “{header}”" for role, header
                                           in result.columns_used.items()))
    print(result.format_tree())
    for warning in result.warnings:
        print(f"Note: {warning}")
    return EXIT_OK
