"""``svbidder example`` and ``svbidder info``: make and inspect workspaces."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    example = commands.add_parser("example", help="write a fresh copy of the example workspace")
    example.add_argument("path", type=Path, help="where to write it (must not exist yet)")
    example.set_defaults(handler=run_example)

    info = commands.add_parser("info", help="summarise a workspace (and check it opens)")
    info.add_argument("path", type=Path, help="a workspace file (.svbid)")
    info.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    info.set_defaults(handler=run_info)


def run_example(args: argparse.Namespace) -> int:
    from ..core.content.example import write_example

    write_example(args.path).close()
    print(f"Wrote the example workspace to {args.path}")
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    from ..core.storage.summary import format_summary, summarise_file

    summary = summarise_file(args.path)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(format_summary(summary))
    return EXIT_OK
