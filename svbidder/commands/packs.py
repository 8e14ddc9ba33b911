"""``svbidder pack validate`` and ``svbidder pack export``: priority packs (.svpack)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import EXIT_FAILURE, EXIT_OK


def _percent(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a percentage") from exc
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("the weighting must be between 0 and 100")
    return value


def register(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser("pack", help="check or make priority packs (.svpack)")
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    validate = pack_commands.add_parser("validate", help="check a pack and list every problem")
    validate.add_argument("file", type=Path, help="the pack file (.svpack)")
    validate.set_defaults(handler=run_validate)

    export = pack_commands.add_parser("export", help="write a framework from a workspace as a "
                                                     "pack")
    export.add_argument("workspace", type=Path, help="a workspace file (.svbid)")
    export.add_argument("framework", metavar="FRAMEWORK_ID",
                        help="the framework's id (key, e.g. anytown-priorities) or number")
    export.add_argument("-o", "--output", type=Path, required=True,
                        help="where to write the pack (.svpack)")
    export.add_argument("--version", dest="pack_version", help="the pack's version, e.g. 2.0")
    export.add_argument("--date", help="the pack's date, YYYY-MM-DD (default: the framework's "
                                       "'as at' date, else today)")
    export.add_argument("--contact", help="who providers should contact")
    export.add_argument("--weighting", type=_percent,
                        help="default social value weighting in %%, e.g. 10")
    export.set_defaults(handler=run_export)


def run_validate(args: argparse.Namespace) -> int:
    from ..core.priorities.packs import PackError, load_pack

    try:
        pack = load_pack(args.file)
    except PackError as exc:
        print(f"svbidder: {exc.summary}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAILURE
    themes = len(pack.themes)
    outcomes = sum(len(theme.outcomes) for theme in pack.themes)
    measures = sum(len(o.measures) for theme in pack.themes for o in theme.outcomes)
    meta = pack.metadata
    version = f", version {meta.version}" if meta.version else ""
    print(f"valid: “{meta.title}” ({meta.id}{version}): {themes} themes, {outcomes} outcomes, "
          f"{measures} measures")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from ..core.priorities.frameworks import find_framework
    from ..core.priorities.packs import export_pack
    from ..core.storage.workspace import Workspace

    overrides = {name: value for name, value in (
        ("version", args.pack_version), ("date", args.date), ("contact", args.contact),
        ("default_weighting_percent", args.weighting)) if value is not None}
    with Workspace.open(args.workspace, read_only=True) as workspace:
        framework = find_framework(workspace, args.framework)
        export_pack(workspace, framework.saved_id, args.output, overrides)
    print(f"Wrote “{framework.name}” to {args.output}")
    return EXIT_OK
