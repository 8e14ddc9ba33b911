"""How each commitment stands: to date, forecast, rating, value, next report.

**The rating rule** (shown on the Delivery screen and in the report). A
period's return is due two weeks after it ends (``RETURN_DAYS``), as councils
usually ask. For a given day ("as of"), the periods *to date* are those with a
figure recorded (once they have started) and those whose return was due by
then. Then:

* **Not started** — the contract has not started yet.
* **Not yet due** — it has started, but none of the target was due yet.
* Otherwise the share ``achieved to date ÷ profiled to date`` gives the rating
  in the Procurement Act 2023's words for contract performance notices:
  **Good** from 100%, **Approaching target** from 90%, **Requires
  improvement** from 70%, **Inadequate** below that. The three thresholds can
  be changed per contract, to match what the council uses.

A period whose return is late with no figure counts as nothing delivered, so a
missing return shows. The *forecast* is what would be delivered by the end if the rest of the
plan goes at the pace so far (on plan when nothing is due yet). The *value to
date* uses the buyer's own value per unit for the commitment only: with none
it is left blank, never estimated from elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..numbers import format_money, format_number
from ..storage.records import Bid, Commitment, Contract, DeliveryRecord
from ..storage.workspace import Workspace
from .periods import Period, describe_span
from .plan import (
    DeliveryError,
    contract_dates,
    contract_for_bid,
    contract_periods,
    plan_rows,
    planned_commitments,
    won_contracts,
)

GOOD, APPROACHING, IMPROVEMENT, INADEQUATE = ("Good", "Approaching target",
                                              "Requires improvement", "Inadequate")
NOT_STARTED, NOT_YET_DUE = "Not started", "Not yet due"
RETURN_DAYS = 14  # a period's return is due this many days after it ends
RATINGS = (GOOD, APPROACHING, IMPROVEMENT, INADEQUATE)
ALL_RATINGS = (*RATINGS, NOT_YET_DUE, NOT_STARTED)
# A symbol beside each rating, so it never rests on colour alone.
RATING_SYMBOLS = {GOOD: "✓", APPROACHING: "◔", IMPROVEMENT: "▲", INADEQUATE: "✗",
                  NOT_YET_DUE: "…", NOT_STARTED: "…"}


def rating_rule(contract: Contract) -> str:
    """The rule in one paragraph, with this contract's thresholds."""
    good, near, low = (format_number(contract.good_from_percent),
                       format_number(contract.approaching_from_percent),
                       format_number(contract.improvement_from_percent))
    return (f"Ratings compare what you achieved with what the plan profiled to date: Good "
            f"from {good}%, Approaching target from {near}%, Requires improvement from "
            f"{low}%, Inadequate below {low}%. Once a period's return is due (two weeks "
            "after it ends), a missing figure counts as nothing delivered. Before anything "
            "is due a commitment is “Not yet due”, and before the contract starts “Not "
            "started”.")


def rate(achieved: float, profiled: float, contract: Contract) -> str:
    """The rating for ``achieved`` against ``profiled`` (> 0) by the contract's thresholds."""
    percent = 100.0 * achieved / profiled
    if percent >= contract.good_from_percent - 1e-9:
        return GOOD
    if percent >= contract.approaching_from_percent - 1e-9:
        return APPROACHING
    if percent >= contract.improvement_from_percent - 1e-9:
        return IMPROVEMENT
    return INADEQUATE


@dataclass
class CommitmentStatus:
    commitment: Commitment
    rows: list[DeliveryRecord]
    target: float | None  # the plan's total over the contract
    profiled_to_date: float
    achieved_to_date: float
    forecast: float | None
    rating: str
    value_to_date: float | None
    periods_to_date: int = 0
    periods_missing: list[int] = field(default_factory=list)  # due with no figure

    @property
    def percent(self) -> float | None:
        """Achieved as a share of profiled to date (None before anything is due)."""
        if self.profiled_to_date <= 0:
            return None
        return 100.0 * self.achieved_to_date / self.profiled_to_date

    def progress_text(self) -> str:
        """"45 of 50 people to date (90%) · 300 over the contract"."""
        unit = self.commitment.unit.strip()
        amount = f"{format_number(self.achieved_to_date)} of " \
                 f"{format_number(self.profiled_to_date)}"
        amount += f" {unit}" if unit else ""
        percent = self.percent
        text = f"{amount} to date" + (f" ({percent:.0f}%)" if percent is not None else "")
        if self.target is not None:
            text += f" · {format_number(self.target)} over the contract"
        return text


def return_due(period_end: date) -> date:
    return period_end + timedelta(days=RETURN_DAYS)


def _to_date(rows: list[DeliveryRecord], as_of: date,
             up_to: int | None) -> list[DeliveryRecord]:
    if up_to is not None:
        return [row for row in rows if row.period_number <= up_to]
    due = []
    for row in rows:
        start, end = date.fromisoformat(row.period_start), date.fromisoformat(row.period_end)
        if return_due(end) <= as_of or (start <= as_of and row.achieved is not None):
            due.append(row)
    return due


def commitment_status(contract: Contract, commitment: Commitment,
                      rows: list[DeliveryRecord], as_of: date,
                      up_to: int | None = None) -> CommitmentStatus:
    """How one commitment stands on ``as_of`` (see the module's rule); with ``up_to``,
    as at the end of that period, counting every period to it (for a report)."""
    start, _ = contract_dates(contract)
    due = _to_date(rows, as_of, up_to)
    profiled = float(sum(r.planned or 0.0 for r in due))
    achieved = float(sum(r.achieved or 0.0 for r in due))
    planned = [r.planned for r in rows if r.planned is not None]
    target = float(sum(planned)) if planned else None
    remaining = float(sum(r.planned or 0.0 for r in rows if r not in due))
    pace = achieved / profiled if profiled > 0 else 1.0
    forecast = None if target is None else _tidy(achieved + pace * remaining)
    if as_of < start:
        rating = NOT_STARTED
    elif profiled <= 0:
        rating = NOT_YET_DUE
    else:
        rating = rate(achieved, profiled, contract)
    value = None if commitment.value_per_unit is None else achieved * commitment.value_per_unit
    return CommitmentStatus(
        commitment, rows, target, _tidy(profiled), _tidy(achieved), forecast, rating,
        None if value is None else round(value, 2), len(due),
        [r.period_number for r in due if r.achieved is None])


def _tidy(value: float) -> float:
    value = round(value, 2)
    return float(int(value)) if float(value).is_integer() else value


@dataclass
class ContractStatus:
    bid: Bid
    contract: Contract
    periods: list[Period]
    as_of: date
    commitments: list[CommitmentStatus]
    next_report: Period | None

    @property
    def value_to_date(self) -> float | None:
        """Value delivered by the buyer's own values per unit; None when none has one."""
        values = [c.value_to_date for c in self.commitments if c.value_to_date is not None]
        return round(sum(values), 2) if values else None

    def current_period(self) -> Period | None:
        for period in self.periods:
            if period.start <= self.as_of <= period.end:
                return period
        return None

    def next_report_text(self) -> str:
        """"Quarter 2 return due 30 Sep 2026 (in 12 days)" or a plain "All returned"."""
        return describe_next_report(self.next_report, self.as_of)


def describe_next_report(period: Period | None, today: date) -> str:
    if period is None:
        return "Every period has been reported."
    deadline = return_due(period.end)
    days = (deadline - today).days
    when = f"{deadline.day} {deadline:%b %Y}"
    if days < 0:
        late = -days
        timing = f"{late} {'day' if late == 1 else 'days'} overdue"
    elif days == 0:
        timing = "due today"
    else:
        timing = f"in {days} {'day' if days == 1 else 'days'}"
    return f"{period.name} return ({describe_span(period.start, period.end)}) due {when}, " \
           f"{timing}"


def next_report(periods: list[Period], rows_by_commitment: list[list[DeliveryRecord]]
                ) -> Period | None:
    """The first period whose return is not complete: some commitment has no figure
    or no confirmation for it. Its return is due :data:`RETURN_DAYS` after it ends."""
    for period in periods:
        rows = [r for rows in rows_by_commitment for r in rows
                if r.period_number == period.number]
        if not rows or any(r.achieved is None or not r.confirmed for r in rows):
            return period
    return None


def contract_status(ws: Workspace, bid_id: int, as_of: date | None = None, *,
                    up_to: int | None = None) -> ContractStatus:
    """Every planned commitment of a won bid, how it stands on ``as_of`` (today);
    ``up_to`` counts every period up to that one (a report's figures)."""
    as_of = as_of or date.today()
    bid = ws.get(Bid, bid_id)
    contract = contract_for_bid(ws, bid_id)
    if contract is None:
        raise DeliveryError(f"“{bid.reference or bid.contract_title or 'This bid'}” has no "
                            "contract yet: mark it won first (on the Bids screen).")
    periods = contract_periods(contract)
    statuses = []
    all_rows = []
    for commitment in planned_commitments(ws, bid_id):
        rows = plan_rows(ws, commitment.saved_id)
        all_rows.append(rows)
        statuses.append(commitment_status(contract, commitment, rows, as_of, up_to))
    return ContractStatus(bid, contract, periods, as_of, statuses,
                          next_report(periods, all_rows))


def upcoming_reports(ws: Workspace, today: date | None = None
                     ) -> list[tuple[Bid, Period]]:
    """Each won contract's next return, soonest first (for the Start screen)."""
    today = today or date.today()
    found = []
    for bid, _contract in won_contracts(ws):
        try:
            status = contract_status(ws, bid.saved_id, today)
        except DeliveryError:  # a contract without dates has no next report to show
            continue
        if status.next_report is not None:
            found.append((bid, status.next_report))
    return sorted(found, key=lambda pair: pair[1].end)


def next_report_due(period: Period | None) -> date | None:
    return return_due(period.end) if period is not None else None


def status_json(status: ContractStatus) -> dict:
    """The shape ``svbidder delivery status --json`` prints (docs/cli.md)."""
    return {
        "bid": status.bid.reference,
        "contract_start": status.contract.start_date or None,
        "contract_end": status.contract.end_date or None,
        "frequency": status.contract.frequency,
        "next_report_due": return_due(status.next_report.end).isoformat()
        if status.next_report else None,
        "commitments": [{
            "id": c.commitment.id,
            "text": c.commitment.measure_text,
            "unit": c.commitment.unit,
            "target": c.target,
            "profiled_to_date": c.profiled_to_date,
            "achieved_to_date": c.achieved_to_date,
            "forecast": c.forecast,
            "rating": c.rating,
            "value_to_date_gbp": c.value_to_date,
        } for c in status.commitments],
    }


def describe_value(value: float | None) -> str:
    return format_money(value) if value is not None else "No value per unit from the buyer"
