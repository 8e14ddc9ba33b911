"""The ``svbidder`` command: the GUI by default, plus headless subcommands.

Subcommands and their JSON output are a contract used by trainers' scripts;
they are documented in docs/cli.md and must stay stable. Exit status: 0 on
success, 1 on failure, 2 on bad usage. Errors are one plain line on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .commands import EXIT_FAILURE, EXIT_USAGE, register_all
from .core.errors import SvBidderError


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

    register_all(commands)
    return parser


APP_ONLY_OPTIONS = {"--exit-after-paint", "--debug"}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if set(argv) <= APP_ONLY_OPTIONS:
        # Just starting the app: skip loading every command's parser (start-up time).
        from .gui.app import run_gui

        return run_gui(exit_after_paint="--exit-after-paint" in argv, debug="--debug" in argv)
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except SvBidderError as exc:
        print(f"svbidder: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:
        # the reader went away (``svbidder spell … | head``): stop quietly, as other
        # command-line tools do, and keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE


def _dispatch(args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None)
    if handler is not None:
        return handler(args)
    if args.command == "self-test":
        from .gui.selftest import run_self_test

        return run_self_test()
    from .gui.app import run_gui  # Qt is imported only when a window is wanted

    path = args.path if args.command == "open" else None
    return run_gui(open_path=path, exit_after_paint=args.exit_after_paint, debug=args.debug)
