"""From bid to contract: marking a bid won and its delivery plan.

When a bid is won the person confirms the contract's start and end dates and
how often the council wants a return. Each commitment then gets one delivery
record per reporting period, holding that period's target (see
:mod:`.profile`); what is delivered is recorded on the same rows
(:mod:`.recording`). Every change here goes through the workspace, so it is
saved at once and Edit → Undo takes it back as one step.

Changing the dates or frequency later rebuilds the periods and spreads the
targets again. That is refused while figures are recorded in periods that would
move or vanish, so nothing recorded is ever silently re-dated or dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ..dates import iso_to_date
from ..errors import SvBidderError
from ..numbers import format_number
from ..storage.records import CONTRACT_FREQUENCIES, Bid, Commitment, Contract, DeliveryRecord
from ..storage.workspace import Workspace
from .periods import FREQUENCY_LABELS, Period, add_months, make_periods
from .profile import read_timeframe, spread

DEFAULT_FREQUENCY = "quarterly"
SPREAD_CHOICES = ("timeframe", "even")


class DeliveryError(SvBidderError):
    """A delivery change cannot be made as asked; nothing was changed."""


# ------------------------------------------------------------------ reading

def contract_for_bid(ws: Workspace, bid_id: int) -> Contract | None:
    found = ws.find(Contract, bid_id=bid_id)
    return found[0] if found else None


def won_contracts(ws: Workspace) -> list[tuple[Bid, Contract]]:
    """Every won bid that has a contract, soonest start first."""
    pairs = []
    for contract in ws.find(Contract, order_by="start_date, id"):
        bid = ws.get(Bid, contract.bid_id)
        if bid.status == "won":
            pairs.append((bid, contract))
    return pairs


def contract_dates(contract: Contract) -> tuple[date, date]:
    start, end = iso_to_date(contract.start_date), iso_to_date(contract.end_date)
    if start is None or end is None:
        raise DeliveryError("This contract has no start or end date. Set both on the "
                            "Delivery screen.")
    return start, end


def contract_periods(contract: Contract) -> list[Period]:
    start, end = contract_dates(contract)
    try:
        return make_periods(start, end, contract.frequency)
    except ValueError as exc:
        raise DeliveryError(str(exc)) from exc


def plan_rows(ws: Workspace, commitment_id: int) -> list[DeliveryRecord]:
    """A commitment's delivery records, first period first."""
    return ws.find(DeliveryRecord, order_by="period_number, id", commitment_id=commitment_id)


def planned_commitments(ws: Workspace, bid_id: int) -> list[Commitment]:
    """The bid's commitments that are in its delivery plan, in the bid's order."""
    return [c for c in ws.find(Commitment, order_by="position, id", bid_id=bid_id)
            if ws.find(DeliveryRecord, commitment_id=c.id)]


def missing_from_plan(ws: Workspace, bid_id: int) -> list[Commitment]:
    """Commitments added to a won bid after its plan was made."""
    if contract_for_bid(ws, bid_id) is None:
        return []
    return [c for c in ws.find(Commitment, order_by="position, id", bid_id=bid_id)
            if not ws.find(DeliveryRecord, commitment_id=c.id)]


def suggested_dates(bid: Bid, today: date | None = None) -> tuple[date, date]:
    """A start on the first of next month and an end from the bid's length (a year
    when it has none), for the "mark as won" dialog to offer."""
    today = today or date.today()
    start = add_months(today.replace(day=1), 1)
    months = bid.duration_months if bid.duration_months and bid.duration_months > 0 else 12
    return start, add_months(start, int(months)) - timedelta(days=1)


# ------------------------------------------------------------------ checks

def _checked(start: date, end: date, frequency: str) -> list[Period]:
    if frequency not in CONTRACT_FREQUENCIES:
        raise DeliveryError(f"“{frequency}” is not a reporting frequency; choose one of "
                            + ", ".join(FREQUENCY_LABELS[f].lower() for f in
                                        CONTRACT_FREQUENCIES) + ".")
    try:
        return make_periods(start, end, frequency)
    except ValueError as exc:
        raise DeliveryError(str(exc)) from exc


def _has_entries(row: DeliveryRecord) -> bool:
    return row.achieved is not None or any(
        text.strip() for text in (row.note, row.evidence_note, row.shortfall_reason,
                                  row.recovery_action)) or row.confirmed


# ------------------------------------------------------------------ writing

def _add_rows(ws: Workspace, commitment: Commitment, periods: list[Period], start: date,
              label: str) -> None:
    amounts = spread(commitment.target, commitment.timeframe, periods, start)
    for period, amount in zip(periods, amounts, strict=True):
        ws.add(DeliveryRecord(commitment_id=commitment.saved_id, period_number=period.number,
                              period_label=period.label, period_start=period.start.isoformat(),
                              period_end=period.end.isoformat(), planned=amount), label=label)


def mark_won(ws: Workspace, bid_id: int, start: date, end: date,
             frequency: str = DEFAULT_FREQUENCY) -> Contract:
    """Mark a bid won, with its contract dates and reporting frequency, and make the
    delivery plan: every commitment's target spread over the periods. One undo step.

    Marking a bid won again (say after undoing "lost") keeps its plan and anything
    recorded, changing the dates only as :func:`change_contract` allows.
    """
    bid = ws.get(Bid, bid_id)
    periods = _checked(start, end, frequency)
    label = "Mark bid as won"
    with ws.batch(label):
        if bid.status != "won":
            ws.update(Bid, bid_id, label=label, status="won")
        contract = contract_for_bid(ws, bid_id)
        if contract is None:
            contract = ws.add(Contract(bid_id=bid_id, start_date=start.isoformat(),
                                       end_date=end.isoformat(), frequency=frequency),
                              label=label)
            for commitment in ws.find(Commitment, order_by="position, id", bid_id=bid_id):
                _add_rows(ws, commitment, periods, start, label)
        else:
            contract = change_contract(ws, contract.saved_id, start=start, end=end,
                                       frequency=frequency)
            add_to_plan(ws, bid_id)
    return ws.get(Contract, contract.id)


def change_contract(ws: Workspace, contract_id: int, *, start: date | None = None,
                    end: date | None = None, frequency: str | None = None) -> Contract:
    """Change a contract's dates or frequency, rebuilding its periods and spreading
    the targets again (one undo step). Refused, with nothing changed, when figures
    are recorded in a period that would move or disappear."""
    contract = ws.get(Contract, contract_id)
    old_start, old_end = contract_dates(contract)
    start, end = start or old_start, end or old_end
    frequency = frequency or contract.frequency
    if (start, end, frequency) == (old_start, old_end, contract.frequency):
        return contract
    periods = _checked(start, end, frequency)
    new_by_number = {p.number: p for p in periods}
    commitments = ws.find(Commitment, order_by="position, id", bid_id=contract.bid_id)
    for commitment in commitments:
        for row in plan_rows(ws, commitment.saved_id):
            if not _has_entries(row):
                continue
            period = new_by_number.get(row.period_number)
            if period is None or period.start.isoformat() != row.period_start \
                    or period.end.isoformat() != row.period_end:
                raise DeliveryError(
                    f"Delivery is already recorded for {row.period_label or 'a period'}, "
                    "which these dates would move or remove. Nothing was changed. Keep the "
                    "dates, or clear what was recorded for that period first.")
    label = "Change the contract dates"
    with ws.batch(label):
        ws.update(Contract, contract_id, label=label, start_date=start.isoformat(),
                  end_date=end.isoformat(), frequency=frequency)
        for commitment in commitments:
            rows = {r.period_number: r for r in plan_rows(ws, commitment.saved_id)}
            amounts = spread(commitment.target, commitment.timeframe, periods, start)
            for period, amount in zip(periods, amounts, strict=True):
                if period.number in rows:
                    ws.update(DeliveryRecord, rows.pop(period.number).id, label=label,
                              period_label=period.label,
                              period_start=period.start.isoformat(),
                              period_end=period.end.isoformat(), planned=amount)
                else:
                    ws.add(DeliveryRecord(commitment_id=commitment.saved_id,
                                          period_number=period.number,
                                          period_label=period.label,
                                          period_start=period.start.isoformat(),
                                          period_end=period.end.isoformat(), planned=amount),
                           label=label)
            for leftover in rows.values():
                ws.delete(DeliveryRecord, leftover.id, label=label)
    return ws.get(Contract, contract_id)


def add_to_plan(ws: Workspace, bid_id: int) -> list[Commitment]:
    """Put commitments added since the plan was made into it; returns them."""
    contract = contract_for_bid(ws, bid_id)
    missing = missing_from_plan(ws, bid_id)
    if contract is None or not missing:
        return []
    periods = contract_periods(contract)
    start, _ = contract_dates(contract)
    label = "Add commitments to the delivery plan"
    with ws.batch(label):
        for commitment in missing:
            _add_rows(ws, commitment, periods, start, label)
    return missing


def set_thresholds(ws: Workspace, contract_id: int, *, good: float | None = None,
                   approaching: float | None = None,
                   improvement: float | None = None) -> Contract:
    """Change from what share of the profiled target each rating applies (per contract).
    They must go down in order: Good ≥ Approaching target ≥ Requires improvement ≥ 0."""
    contract = ws.get(Contract, contract_id)
    values = {"good_from_percent": contract.good_from_percent if good is None else good,
              "approaching_from_percent": contract.approaching_from_percent
              if approaching is None else approaching,
              "improvement_from_percent": contract.improvement_from_percent
              if improvement is None else improvement}
    numbers = list(values.values())
    if any(not isinstance(v, int | float) or v != v or v < 0 or v > 1000 for v in numbers):
        raise DeliveryError("Each rating threshold must be a percentage from 0 to 1,000.")
    if not numbers[0] >= numbers[1] >= numbers[2]:
        raise DeliveryError("The thresholds must go down in order: Good from "
                            f"{format_number(numbers[0])}%, Approaching target from "
                            f"{format_number(numbers[1])}%, Requires improvement from "
                            f"{format_number(numbers[2])}%. Nothing was changed.")
    return ws.update(Contract, contract_id, label="Change the rating thresholds", values=values)


def set_period_target(ws: Workspace, delivery_id: int, planned: float | None, *,
                      typing: bool = False) -> DeliveryRecord:
    """Change one period's target (the plan is the person's to adjust)."""
    if planned is not None and (not isinstance(planned, int | float) or planned != planned
                                or planned < 0):
        raise DeliveryError("A period's target must be a number of 0 or more.")
    return ws.update(DeliveryRecord, delivery_id, typing=typing,
                     label="Change a period's target", planned=planned)


def respread(ws: Workspace, commitment_id: int, how: str = "timeframe") -> list[DeliveryRecord]:
    """Spread a commitment's target again, ``"even"``-ly or as its ``"timeframe"``
    says, replacing every period's target (figures recorded are kept)."""
    if how not in SPREAD_CHOICES:
        raise ValueError(f"Unknown way to spread a target: {how!r}")
    commitment = ws.get(Commitment, commitment_id)
    contract = contract_for_bid(ws, commitment.bid_id)
    if contract is None:
        raise DeliveryError("This commitment's bid has no contract yet: mark it won first.")
    periods = contract_periods(contract)
    start, _ = contract_dates(contract)
    timeframe = commitment.timeframe if how == "timeframe" else ""
    amounts = spread(commitment.target, timeframe, periods, start)
    rows = {r.period_number: r for r in plan_rows(ws, commitment_id)}
    label = "Spread the target evenly" if how == "even" else "Spread the target by its timeframe"
    with ws.batch(label):
        for period, amount in zip(periods, amounts, strict=True):
            if period.number in rows:
                ws.update(DeliveryRecord, rows[period.number].id, label=label, planned=amount)
    return plan_rows(ws, commitment_id)


def describe_spread(commitment: Commitment, contract: Contract) -> str:
    """How the plan read the commitment's timeframe, for the screen to say."""
    start = iso_to_date(contract.start_date)
    return read_timeframe(commitment.timeframe, start).explanation


def plan_total(rows: Iterable[DeliveryRecord]) -> float | None:
    amounts = [r.planned for r in rows if r.planned is not None]
    return float(sum(amounts)) if amounts else None


def contract_summary(contract: Contract) -> dict[str, Any]:
    return {"contract_start": contract.start_date or None,
            "contract_end": contract.end_date or None, "frequency": contract.frequency}
