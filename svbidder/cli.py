"""The ``svbidder`` command: the GUI by default, plus headless subcommands.

Subcommands and their JSON output are a contract used by trainers' scripts;
they are documented in docs/cli.md and must stay stable. Exit status: 0 on
success, 1 on failure, 2 on bad usage. Errors are one plain line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.errors import SvBidderError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"svbidder: {message} (see svbidder --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="svbidder",
        description="Write the social value parts of public-sector bids. "
                    "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"svbidder {__version__}")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="start the app and quit as soon as its window has first painted "
                             "(for timing start-up)")
    parser.add_argument("--debug", action="store_true", help="also log to the console")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    open_cmd = commands.add_parser("open", help="open the app with a workspace")
    open_cmd.add_argument("path", type=Path, help="a workspace file (.svbid)")

    commands.add_parser("self-test", help="start the app offscreen, open a copy of the example, "
                                          "close; exit 0 when all is well")

    example = commands.add_parser("example", help="write a fresh copy of the example workspace")
    example.add_argument("path", type=Path, help="where to write it (must not exist yet)")

    info = commands.add_parser("info", help="summarise a workspace (and check it opens)")
    info.add_argument("path", type=Path, help="a workspace file (.svbid)")
    info.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except SvBidderError as exc:
        print(f"svbidder: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "example":
        return _cmd_example(args.path)
    if args.command == "info":
        return _cmd_info(args.path, args.json)
    if args.command == "self-test":
        from .gui.selftest import run_self_test

        return run_self_test()
    from .gui.app import run_gui  # Qt is imported only when a window is wanted

    path = args.path if args.command == "open" else None
    return run_gui(open_path=path, exit_after_paint=args.exit_after_paint, debug=args.debug)


def _cmd_example(path: Path) -> int:
    from .core.example import write_example

    write_example(path).close()
    print(f"Wrote the example workspace to {path}")
    return EXIT_OK


def _cmd_info(path: Path, as_json: bool) -> int:
    from .core.summary import format_summary, summarise_file

    summary = summarise_file(path)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(format_summary(summary))
    return EXIT_OK
