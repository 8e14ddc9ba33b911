"""``svbidder export``: a bid's Word documents and portal text, without the app."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from . import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:  # the command imports core only when it runs (start-up time)
    from ..core.storage.workspace import Workspace

KINDS = ("answers", "offer", "map", "text")
KIND_NAMES = {
    "answers": "the bid response",
    "offer": "the social value offer",
    "map": "the activity–priority map",
    "text": "the answers as plain text",
}


def _size(text: str) -> float:
    try:
        return float(text.strip().lower().removesuffix("pt").strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a font size") from exc


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="write a bid's Word documents or portal text (see docs/cli.md)")
    export.add_argument("workspace", metavar="WORKSPACE", help="a workspace file (.svbid)")
    export.add_argument("--bid", required=True, metavar="REF",
                        help="the bid's tender reference (svbidder info WORKSPACE --json "
                             "lists them)")
    export.add_argument("--kind", choices=KINDS,
                        help="answers (default; or text when OUT ends in .txt), offer, map "
                             "or text")
    export.add_argument("--font", help="Arial, Calibri, Times New Roman or Verdana")
    export.add_argument("--size", type=_size, metavar="N", help="font size, 10 to 14 points")
    export.add_argument("--paper", help="A4 or Letter")
    export.add_argument("--question", action="append", metavar="QREF",
                        help="export only this question (its reference, e.g. SV2); repeat for "
                             "more")
    export.add_argument("--plain-punctuation", action="store_true",
                        help="text: straight quotes, hyphens and ... instead of smart "
                             "characters")
    export.add_argument("--new-page-per-question", action=argparse.BooleanOptionalAction,
                        default=None,
                        help="answers: start every question on a new page (or, with --no-…, "
                             "let short answers follow one another); by default only when "
                             "an answer fills a page")
    export.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the file to write (.docx, or .txt for text)")
    export.set_defaults(handler=run_export)


def _usage(message: str) -> int:
    import sys

    print(f"svbidder: {message} (see svbidder export --help)", file=sys.stderr)
    return EXIT_USAGE


def _find_bid(ws, reference: str):
    from ..core.errors import SvBidderError
    from ..core.storage.records import Bid

    bids = ws.find(Bid, order_by="id")
    wanted = reference.strip().casefold()
    found = [bid for bid in bids if bid.reference.strip().casefold() == wanted]
    listed = ", ".join(f"“{b.reference}”" for b in bids if b.reference.strip()) or "none"
    if not found:
        raise SvBidderError(f"No bid in this workspace has the reference “{reference}”. The "
                            f"references are: {listed}.")
    if len(found) > 1:
        raise SvBidderError(f"{len(found)} bids have the reference “{reference}”, so svbidder "
                            "cannot tell which to export. Give each a different reference in "
                            f"the app. The references are: {listed}.")
    return found[0]


def _question_ids(ws: Workspace, bid_id: int, refs: list[str]) -> tuple[int, ...]:
    from ..core.errors import SvBidderError
    from ..core.storage.records import Question

    questions = ws.find(Question, order_by="position, id", bid_id=bid_id)
    ids: list[int] = []
    for ref in refs:
        match = [q for q in questions if q.ref.strip().casefold() == ref.strip().casefold()]
        if not match:
            known = ", ".join(q.ref for q in questions if q.ref.strip()) or "none"
            raise SvBidderError(f"This bid has no question “{ref}”. Its questions are: "
                                f"{known}.")
        ids.extend(q.saved_id for q in match)
    return tuple(dict.fromkeys(ids))


def run_export(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    output = Path(args.output)
    suffix = output.suffix.lower()
    kind = args.kind or ("text" if suffix == ".txt" else "answers")
    if kind == "text" and suffix not in (".txt", ".text"):
        return _usage(f"text is written to a .txt file, not “{output.name}”")
    if kind != "text" and suffix != ".docx":
        return _usage(f"{KIND_NAMES[kind]} is a Word document: give a name ending in .docx, "
                      f"not “{output.name}”")
    if args.plain_punctuation and kind != "text":
        return _usage("--plain-punctuation is for --kind text")
    if args.new_page_per_question is not None and kind != "answers":
        return _usage("--new-page-per-question is for --kind answers")

    from ..core.storage.workspace import Workspace
    from ..export import export, load_options
    from ..export.options import OptionsError

    with Workspace.open(Path(args.workspace), read_only=True) as ws:
        bid = _find_bid(ws, args.bid)
        options = load_options(ws, bid.id).with_changes(
            font=args.font, size_pt=args.size, paper=args.paper,
            plain_ascii=True if args.plain_punctuation else None,
            new_page_per_question=args.new_page_per_question)
        if args.question:
            options = options.with_changes(question_ids=_question_ids(ws, bid.id,
                                                                      args.question))
        try:
            options = options.checked()
        except OptionsError as exc:
            return _usage(str(exc).rstrip("."))
        result = export(ws, bid.id, kind, output, options)
    pages = ""
    if result.pages_estimate is not None:
        amount = f"{result.pages_estimate:g}"
        pages = f" (about {amount} {'page' if result.pages_estimate == 1 else 'pages'})"
    print(f"Wrote {KIND_NAMES[kind]} for {bid.reference or 'the bid'} to {output}{pages}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK
