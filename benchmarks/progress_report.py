"""The delivery progress report for 20 commitments × 12 quarterly periods (issue 18).

Every period recorded with a narrative, a note of where the proof is kept and,
for one in three, a shortfall with its reason and recovery action: the largest
report a small provider would send. Budget: 1 s (DESIGN.md). Found and run by
``benchmarks/run.py`` through :func:`rows`.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

COMMITMENTS, PERIODS = 20, 12


def _workspace(folder: Path):
    from svbidder.core.delivery.plan import mark_won, plan_rows
    from svbidder.core.delivery.recording import record_delivery
    from svbidder.core.storage.records import Commitment
    from svbidder.core.storage.workspace import Workspace
    from svbidder.core.writing.bids import add_bid
    from svbidder.core.writing.commitments import add_commitment

    ws = Workspace.create(folder / "delivery.svbid", organisation_name="Millbrook")
    with ws.batch("Fill"):
        bid = add_bid(ws, reference="BENCH/1", contract_title="A large contract",
                      buyer="Anytown Borough Council")
        for number in range(COMMITMENTS):
            add_commitment(ws, bid.id, measure_text=f"Commitment number {number + 1}",
                           target=120, unit="people", timeframe="each year",
                           value_per_unit=12.5 if number % 2 else None)
        mark_won(ws, bid.id, date(2024, 1, 1), date(2026, 12, 31), "quarterly")
        for commitment_number, commitment in enumerate(ws.find(Commitment, bid_id=bid.id)):
            for row in plan_rows(ws, commitment.id):
                behind = (row.period_number + commitment_number) % 3 == 0
                record_delivery(ws, row.id, achieved=7 if behind else 10, confirmed=True,
                                note="Weekly sessions at the hub and in people's homes.",
                                evidence_note="Registers in the office filing cabinet.",
                                shortfall_reason="A coordinator was off sick." if behind
                                else "",
                                recovery_action="Extra sessions next quarter." if behind
                                else "")
    return ws, bid.id


def rows(runs: int = 5) -> list[tuple[str, str, str, bool]]:
    from svbidder.export.progress_report import export_progress_report

    folder = Path(tempfile.mkdtemp(prefix="svbidder-bench-delivery-"))
    ws, bid_id = _workspace(folder)
    times = []
    try:
        for run in range(runs):
            start = time.perf_counter()
            export_progress_report(ws, bid_id, folder / f"report-{run}.docx", period=PERIODS,
                                   today=date(2027, 1, 20))
            times.append(time.perf_counter() - start)
    finally:
        ws.close()
    seconds = statistics.median(times)
    return [(f"Progress report, {COMMITMENTS} commitments × {PERIODS} periods (.docx)",
             f"{seconds * 1000:.0f} ms", "≤ 1000 ms", seconds <= 1.0)]


if __name__ == "__main__":
    for name, value, budget, ok in rows():
        print(f"{name}: {value} (budget {budget}) {'ok' if ok else 'OVER'}")
