"""``svbidder delivery``: a won contract's delivery, without the app.

* ``status`` — how each commitment stands (``--json``: the shape in docs/cli.md);
* ``record`` — the figure achieved for one commitment in one period;
* ``report`` — the progress report (Word) or the commitment × period CSV.

A mistake (unknown bid, commitment or period; a figure below zero or not a
number) is one plain line on stderr with exit status 1, and nothing is changed.
"""

from __future__ import annotations

import argparse
from typing import Any

from . import EXIT_OK, EXIT_USAGE


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-10-05") from exc


def register(commands: argparse._SubParsersAction) -> None:
    delivery = commands.add_parser(
        "delivery", help="a won contract's delivery: status, record a period, report "
                         "(see docs/cli.md)")
    actions = delivery.add_subparsers(dest="action", metavar="ACTION", required=True,
                                      parser_class=type(commands._parser_class()))

    status = actions.add_parser("status", help="how each commitment stands")
    status.add_argument("workspace", metavar="WORKSPACE", help="a workspace file (.svbid)")
    status.add_argument("--bid", required=True, metavar="REF", help="the bid's tender "
                        "reference")
    status.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD",
                        help="the day to work it out for (default: today)")
    status.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    status.set_defaults(handler=run_status)

    record = actions.add_parser("record", help="record the figure achieved in one period")
    record.add_argument("workspace", metavar="WORKSPACE", help="a workspace file (.svbid)")
    record.add_argument("--bid", required=True, metavar="REF")
    record.add_argument("--commitment", required=True, type=int, metavar="ID",
                        help="the commitment's id (delivery status --json lists them)")
    record.add_argument("--period", required=True, type=int, metavar="N",
                        help="the reporting period, counted from 1")
    record.add_argument("--achieved", required=True, metavar="X",
                        help="the figure achieved in the period, 0 or more")
    record.add_argument("--note", metavar="TEXT", help="a short narrative of what happened")
    record.add_argument("--confirm", action="store_true",
                        help="also confirm the figure relates to this contract and period")
    record.set_defaults(handler=run_record)

    report = actions.add_parser("report", help="write the progress report (.docx) or "
                                               "the CSV of commitment × period rows")
    report.add_argument("workspace", metavar="WORKSPACE", help="a workspace file (.svbid)")
    report.add_argument("--bid", required=True, metavar="REF")
    report.add_argument("--period", type=int, metavar="N",
                        help="report up to this period (default: the last one ended)")
    report.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="a .docx (Word) or .csv file")
    report.set_defaults(handler=run_report)


def _won_bid(ws, reference: str):
    from ..core.delivery.plan import DeliveryError, contract_for_bid
    from .export import _find_bid

    bid = _find_bid(ws, reference)
    if contract_for_bid(ws, bid.id) is None or bid.status != "won":
        raise DeliveryError(f"“{bid.reference}” is not a won contract yet: mark it won in "
                            "the app (Bids screen) to make its delivery plan.")
    return bid


def run_status(args: argparse.Namespace) -> int:
    import json
    from datetime import date
    from pathlib import Path

    from ..core.delivery.status import contract_status, status_json
    from ..core.storage.workspace import Workspace

    with Workspace.open(Path(args.workspace), read_only=True) as ws:
        bid = _won_bid(ws, args.bid)
        status = contract_status(ws, bid.id, args.as_of or date.today())
    if args.json:
        print(json.dumps(status_json(status), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{bid.reference}: {bid.contract_title} ({status.contract.start_date} to "
          f"{status.contract.end_date}, {status.contract.frequency})")
    print(f"Next: {status.next_report_text()}")
    for item in status.commitments:
        print(f"  {item.commitment.id}. {item.commitment.measure_text}: {item.rating} — "
              f"{item.progress_text()}")
    return EXIT_OK


def run_record(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.delivery.plan import DeliveryError
    from ..core.delivery.recording import find_delivery, record_delivery
    from ..core.numbers import format_number, parse_number
    from ..core.storage.records import Commitment
    from ..core.storage.workspace import Workspace

    try:
        achieved = parse_number(args.achieved)
    except ValueError as exc:
        raise DeliveryError(f"The figure achieved: {exc}") from exc
    if achieved is None:
        raise DeliveryError("Give the figure achieved, for example --achieved 12.")
    with Workspace.open(Path(args.workspace)) as ws:
        if ws.read_only:
            raise DeliveryError(f"Nothing was recorded: {ws.mode.reason}")
        bid = _won_bid(ws, args.bid)
        found = ws.find(Commitment, id=args.commitment, bid_id=bid.id)
        if not found:
            raise DeliveryError(f"Bid “{bid.reference}” has no commitment {args.commitment}. "
                                "svbidder delivery status --json lists them.")
        row = find_delivery(ws, args.commitment, args.period)
        changes: dict[str, Any] = {"achieved": achieved}  # record_delivery checks them
        if args.note is not None:
            changes["note"] = args.note
        if args.confirm:
            changes["confirmed"] = True
        saved = record_delivery(ws, row.saved_id, **changes)
        commitment = found[0]
    unit = f" {commitment.unit.strip()}" if commitment.unit.strip() else ""
    print(f"Recorded {format_number(saved.achieved)}{unit} for {saved.period_label} against "
          f"“{commitment.measure_text}” (commitment {commitment.id}).")
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from ..core.storage.workspace import Workspace
    from ..export.progress_report import export_progress_report

    output = Path(args.output)
    if output.suffix.lower() not in (".docx", ".csv"):
        print(f"svbidder: the report is a Word document (.docx) or a CSV file (.csv), not "
              f"“{output.name}” (see svbidder delivery report --help)", file=sys.stderr)
        return EXIT_USAGE
    with Workspace.open(Path(args.workspace), read_only=True) as ws:
        bid = _won_bid(ws, args.bid)
        result = export_progress_report(ws, bid.id, output, period=args.period)
    kind = "CSV of delivery by period" if output.suffix.lower() == ".csv" \
        else "progress report"
    print(f"Wrote the {kind} for {bid.reference} to {output}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK
