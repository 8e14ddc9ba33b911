"""Recording what was delivered in a reporting period.

Per commitment and period councils ask for: the figure achieved (in the
commitment's unit), the evidence (items from the evidence library, or a note
of where the proof is kept — timesheets, registers, invoices), a short
narrative, and where delivery is behind, the reason and the recovery action.
Many also want a tick that the figure relates to this contract and this
period. Every save is an undoable change; saves made while typing undo as one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from ..numbers import format_number
from ..storage.records import Commitment, DeliveryRecord, EvidenceItem
from ..storage.workspace import Workspace, now_iso
from .plan import DeliveryError, plan_rows

RECORD_FIELDS = ("achieved", "note", "evidence_note", "shortfall_reason", "recovery_action",
                 "confirmed")
FIELD_LABELS = {
    "achieved": "Achieved in this period",
    "note": "What happened (a short narrative)",
    "evidence_note": "Where the proof is kept",
    "shortfall_reason": "Why it is behind",
    "recovery_action": "What you will do to catch up",
    "confirmed": "This figure relates to this contract and this period",
    "planned": "Target for this period",
}


def check_achieved(value: Any) -> float | None:
    """The figure as a number of 0 or more (None clears it); plain words otherwise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DeliveryError(f"“{value}” is not a number. Give the figure achieved, for "
                            "example 12.")
    if not math.isfinite(value):
        raise DeliveryError("The figure achieved must be an ordinary number, for example 12.")
    if value < 0:
        raise DeliveryError(f"{format_number(value)} is below zero: give what was achieved "
                            "in the period, 0 or more.")
    return float(value)


def record_delivery(ws: Workspace, delivery_id: int, *, typing: bool = False,
                    **changes: Any) -> DeliveryRecord:
    """Save some of a period's delivery fields (``RECORD_FIELDS``), checked.

    The first time a figure is given, ``recorded_at`` is stamped.
    """
    unknown = set(changes) - set(RECORD_FIELDS)
    if unknown:
        raise ValueError(f"Delivery records have no field(s) {', '.join(sorted(unknown))}.")
    if "achieved" in changes:
        changes["achieved"] = check_achieved(changes["achieved"])
    if "confirmed" in changes:
        changes["confirmed"] = bool(changes["confirmed"])
    row = ws.get(DeliveryRecord, delivery_id)
    if changes.get("achieved") is not None and not row.recorded_at:
        changes["recorded_at"] = now_iso()
    return ws.update(DeliveryRecord, delivery_id, typing=typing, label="Record delivery",
                     **changes)


def find_delivery(ws: Workspace, commitment_id: int, period_number: int) -> DeliveryRecord:
    """The record of one commitment in one period (numbered from 1), or a plain error."""
    ws.get(Commitment, commitment_id)
    rows = plan_rows(ws, commitment_id)
    if not rows:
        raise DeliveryError(f"Commitment {commitment_id} is not in a delivery plan: mark its "
                            "bid won first.")
    for row in rows:
        if row.period_number == period_number:
            return row
    raise DeliveryError(f"There is no period {period_number}: this contract has periods 1 "
                        f"to {rows[-1].period_number}.")


def evidence_for(ws: Workspace, delivery_id: int) -> list[EvidenceItem]:
    """Evidence library items linked to one period's delivery."""
    return [ws.get(EvidenceItem, evidence_id)
            for _, evidence_id in ws.linked("delivery_evidence", delivery_id=delivery_id)]


def set_evidence(ws: Workspace, delivery_id: int, evidence_ids: Iterable[int]) -> None:
    """Make one period's delivery link exactly these evidence items (one undo step)."""
    wanted = list(dict.fromkeys(int(i) for i in evidence_ids))
    ws.get(DeliveryRecord, delivery_id)
    current = {e for _, e in ws.linked("delivery_evidence", delivery_id=delivery_id)}
    with ws.batch("Change the evidence for a period"):
        for evidence_id in current - set(wanted):
            ws.unlink("delivery_evidence", delivery_id, evidence_id)
        for evidence_id in wanted:
            if evidence_id not in current:
                ws.get(EvidenceItem, evidence_id)
                ws.link("delivery_evidence", delivery_id, evidence_id)


def shortfall(row: DeliveryRecord) -> float:
    """How far below the period's target the figure is (0 when on or above it, or
    when nothing is recorded yet)."""
    if row.achieved is None or row.planned is None:
        return 0.0
    return max(0.0, row.planned - row.achieved)


def return_gaps(ws: Workspace, row: DeliveryRecord) -> list[str]:
    """What a council's return would still ask for, in plain words (empty when complete)."""
    gaps: list[str] = []
    if row.achieved is None:
        gaps.append("Give the figure achieved (0 if nothing was delivered).")
        return gaps
    if not row.evidence_note.strip() and not ws.linked("delivery_evidence",
                                                       delivery_id=row.saved_id):
        gaps.append("Say where the proof is kept, or link evidence from your library.")
    if shortfall(row) > 0:
        if not row.shortfall_reason.strip():
            gaps.append("It is behind target: say why.")
        if not row.recovery_action.strip():
            gaps.append("It is behind target: say what you will do to catch up.")
    if not row.confirmed:
        gaps.append("Tick that the figure relates to this contract and this period.")
    return gaps
