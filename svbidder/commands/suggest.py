"""``svbidder suggest``: which of a framework's outcomes each activity contributes to."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import EXIT_OK

MAX_BYTES = 20 * 1024 * 1024


def _top(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from exc
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError("--top must be between 1 and 100")
    return value


def register(commands: argparse._SubParsersAction) -> None:
    suggest = commands.add_parser(
        "suggest", help="suggest which priorities in a framework each activity contributes to")
    suggest.add_argument("--framework", required=True, metavar="ID_OR_PACK",
                         help="a bundled framework's id (see svbidder frameworks list) or a "
                              "priority pack file (.svpack)")
    suggest.add_argument("--activities", required=True, metavar="FILE.jsonl",
                         help="one JSON object per line with “title” and “description” "
                              "(and optionally beneficiaries, outcomes_text, tags, evidence); "
                              "- reads standard input")
    suggest.add_argument("--top", type=_top, default=3, metavar="N",
                         help="how many suggestions per activity, at most (default 3)")
    suggest.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    suggest.set_defaults(handler=run_suggest)


def _framework(text: str):
    from ..core.errors import SvBidderError
    from ..core.priorities.frameworks import FrameworkError, bundled_framework
    from ..core.priorities.packs import PackError, load_pack, pack_to_framework_data

    path = Path(text)
    if path.suffix.lower() in (".svpack", ".json") or path.is_file():
        if not path.is_file():
            raise SvBidderError(f"The pack “{text}” was not found.")
        try:
            return pack_to_framework_data(load_pack(path))
        except PackError as exc:
            raise SvBidderError(f"{exc.summary.rstrip(':')}. Run “svbidder pack validate "
                                f"{text}” to see every problem.") from exc
    try:
        return bundled_framework(text)
    except FrameworkError as exc:
        raise SvBidderError(f"{exc} Or give the path of a priority pack (.svpack).") from exc


def read_activities(name: str) -> list[dict]:
    """The activities of a JSON Lines file (``-`` is standard input), checked line by line."""
    from ..core.errors import SvBidderError

    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        label = "standard input"
    else:
        try:
            with open(name, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FileNotFoundError as exc:
            raise SvBidderError(f"“{name}” was not found.") from exc
        except IsADirectoryError as exc:
            raise SvBidderError(f"“{name}” is a folder; give a .jsonl file.") from exc
        except OSError as exc:
            raise SvBidderError(f"“{name}” could not be read ({exc.strerror or exc}).") from exc
        label = f"“{name}”"
    if len(data) > MAX_BYTES:
        raise SvBidderError(f"{label} is larger than 20 MB.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SvBidderError(f"{label} is not UTF-8 text (save it as UTF-8 JSON Lines).") from exc
    activities = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:  # a JSONDecodeError, or a number too long to read
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            raise SvBidderError(f"{label}, line {number}: not valid JSON ({reason}). Each "
                                "line must be one object such as {\"title\": \"…\", "
                                "\"description\": \"…\"}.") from exc
        if not isinstance(value, dict):
            raise SvBidderError(f"{label}, line {number}: each line must be a JSON object "
                                "with “title” and “description”.")
        title = value.get("title")
        if not isinstance(title, str) or not title.strip():
            raise SvBidderError(f"{label}, line {number}: “title” is missing or empty.")
        if not isinstance(value.get("description", ""), str):
            raise SvBidderError(f"{label}, line {number}: “description” must be text.")
        activities.append(value)
    if not activities:
        raise SvBidderError(f"{label} has no activities (one JSON object per line).")
    return activities


def run_suggest(args: argparse.Namespace) -> int:
    from ..core.mapping.matching import ActivityText, build_index, outcome_texts

    framework = _framework(args.framework)
    activities = read_activities(args.activities)
    index = build_index(outcome_texts(framework))
    results = []
    for values in activities:
        suggestions = index.suggest(ActivityText.from_dict(values), top=args.top)
        results.append({"activity": values["title"],
                        "suggestions": [s.to_dict() for s in suggestions]})
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Suggestions from “{framework.name}”")
    for result in results:
        print(f"\n{result['activity']}")
        if not result["suggestions"]:
            print("  (nothing suggested: add more detail about what you do and for whom)")
        for number, s in enumerate(result["suggestions"], start=1):
            print(f"  {number}. {s['outcome']}  [{s['theme']}]  score {s['score']:.2f}")
            print(f"     {s['reason']}")
    return EXIT_OK
