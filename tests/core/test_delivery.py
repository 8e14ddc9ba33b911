"""Delivery after a win: periods, spreading targets, recording, ratings, value, forecast."""

from __future__ import annotations

from datetime import date

import pytest

from svbidder.core.delivery import plan, recording, status
from svbidder.core.delivery.periods import make_periods
from svbidder.core.delivery.profile import read_timeframe, spread
from svbidder.core.errors import RecordNotFoundError
from svbidder.core.storage.records import Bid, Commitment, Contract, DeliveryRecord, EvidenceItem
from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing import bids
from svbidder.core.writing.commitments import add_commitment

START, END = date(2026, 4, 1), date(2029, 3, 31)


# ------------------------------------------------------------------ periods

def test_quarters_count_from_the_start_date_and_the_last_is_cut_at_the_end() -> None:
    periods = make_periods(date(2026, 4, 15), date(2027, 3, 31), "quarterly")
    assert [(p.start, p.end) for p in periods] == [
        (date(2026, 4, 15), date(2026, 7, 14)), (date(2026, 7, 15), date(2026, 10, 14)),
        (date(2026, 10, 15), date(2027, 1, 14)), (date(2027, 1, 15), date(2027, 3, 31))]
    assert periods[0].label == "Quarter 1 (15 Apr to 14 Jul 2026)"
    assert periods[3].label == "Quarter 4 (15 Jan to 31 Mar 2027)"


@pytest.mark.parametrize(("frequency", "count", "name"), [
    ("monthly", 36, "Month 36"), ("quarterly", 12, "Quarter 12"),
    ("six-monthly", 6, "Half-year 6"), ("yearly", 3, "Year 3")])
def test_every_frequency(frequency: str, count: int, name: str) -> None:
    periods = make_periods(START, END, frequency)
    assert len(periods) == count and periods[-1].name == name
    assert periods[-1].end == END
    assert all(a.end.toordinal() + 1 == b.start.toordinal()
               for a, b in zip(periods, periods[1:], strict=False))


def test_month_ends_are_kept_within_the_month() -> None:
    periods = make_periods(date(2027, 1, 31), date(2027, 4, 30), "monthly")
    assert [p.start for p in periods] == [date(2027, 1, 31), date(2027, 2, 28),
                                          date(2027, 3, 31), date(2027, 4, 30)]


@pytest.mark.parametrize(("start", "end", "frequency", "message"), [
    (date(2027, 1, 1), date(2026, 1, 1), "quarterly", "ends before it starts"),
    (START, END, "fortnightly", "not a reporting frequency"),
    (date(2000, 1, 1), date(2099, 1, 1), "monthly", "more than 240")])
def test_impossible_periods_are_refused(start, end, frequency, message) -> None:
    with pytest.raises(ValueError, match=message):
        make_periods(start, end, frequency)


# ---------------------------------------------------------------- profiling

QUARTERS = make_periods(START, END, "quarterly")


def test_even_spread_keeps_whole_numbers_and_adds_up() -> None:
    amounts = spread(100, "", QUARTERS, START)
    assert sum(amounts) == 100
    assert set(amounts) == {8, 9}


def test_even_spread_of_a_fraction_keeps_two_places() -> None:
    amounts = spread(10.5, "", QUARTERS, START)
    assert sum(amounts) == pytest.approx(10.5)
    assert all(round(a, 2) == a for a in amounts)


def test_a_rate_starting_by_month_three() -> None:
    """"2 a year starting by month 3", 6 in all: one in quarter 1 (months 1–3), then
    every other quarter, two in each contract year."""
    amounts = spread(6, "2 a year, starting by month 3", QUARTERS, START)
    assert amounts == [1, 0, 1, 0] * 3
    assert read_timeframe("2 a year starting by month 3").kind == "rate"


def test_a_rate_starting_later_leaves_the_first_periods_empty() -> None:
    amounts = spread(4, "2 a year starting from month 7", QUARTERS, START)
    assert amounts[:2] == [0, 0] and sum(amounts) == 4


def test_each_year_means_the_target_is_per_year() -> None:
    amounts = spread(100, "each year of the contract", QUARTERS, START)
    assert amounts == [25] * 12
    assert sum(spread(100, "a month", QUARTERS, START)) == 3600


@pytest.mark.parametrize("timeframe", ["by month 12", "within 12 months", "by March 2027",
                                       "by the end of year 1", "by 31/03/2027"])
def test_a_deadline_puts_everything_before_it(timeframe: str) -> None:
    amounts = spread(8, timeframe, QUARTERS, START)
    assert amounts == [2, 2, 2, 2] + [0] * 8, timeframe


def test_unreadable_timeframes_spread_evenly_and_no_target_gives_none() -> None:
    assert read_timeframe("as agreed with the council").kind == "even"
    assert spread(12, "as agreed with the council", QUARTERS, START) == [1] * 12
    assert spread(None, "each year", QUARTERS, START) == [None] * 12


# -------------------------------------------------------------- the workspace

@pytest.fixture
def won(workspace: Workspace) -> tuple[Workspace, Bid, list[Commitment]]:
    bid = bids.add_bid(workspace, buyer="Anytown Borough Council", reference="ABC/1",
                       duration_months=36)
    made = [
        add_commitment(workspace, bid.id, measure_text="Support older people", target=100,
                       unit="people", timeframe="each year of the contract",
                       value_per_unit=50.0),
        add_commitment(workspace, bid.id, measure_text="Create trainee posts", target=6,
                       unit="posts", timeframe="2 a year starting by month 3"),
        add_commitment(workspace, bid.id, measure_text="Volunteer hours", target=1200,
                       unit="hours", timeframe=""),
    ]
    plan.mark_won(workspace, bid.id, START, END, "quarterly")
    return workspace, workspace.get(Bid, bid.id), made


def test_marking_won_makes_the_plan_in_one_undo_step(won) -> None:
    ws, bid, made = won
    assert bid.status == "won"
    contract = plan.contract_for_bid(ws, bid.id)
    assert (contract.start_date, contract.end_date, contract.frequency) == (
        "2026-04-01", "2029-03-31", "quarterly")
    rows = plan.plan_rows(ws, made[1].id)
    assert [r.period_number for r in rows] == list(range(1, 13))
    assert [r.planned for r in rows] == [1, 0, 1, 0] * 3
    assert rows[0].period_label == "Quarter 1 (1 Apr to 30 Jun 2026)"
    assert plan.plan_total(plan.plan_rows(ws, made[0].id)) == 300
    assert ws.history.undo_label() == "Mark bid as won"
    ws.undo()
    assert ws.get(Bid, bid.id).status == "drafting"
    assert ws.count("contract") == 0 and ws.count("delivery_record") == 0
    ws.redo()
    assert ws.count("delivery_record") == 36


def test_a_period_target_can_be_changed_and_respread(won) -> None:
    ws, _bid, made = won
    first = plan.plan_rows(ws, made[2].id)[0]
    plan.set_period_target(ws, first.id, 0)
    assert ws.get(DeliveryRecord, first.id).planned == 0
    with pytest.raises(plan.DeliveryError):
        plan.set_period_target(ws, first.id, -1)
    plan.respread(ws, made[2].id, "even")
    assert [r.planned for r in plan.plan_rows(ws, made[2].id)] == [100] * 12


def test_commitments_added_later_join_the_plan(won) -> None:
    ws, bid, _made = won
    late = add_commitment(ws, bid.id, measure_text="Sessions", target=24, unit="sessions")
    assert plan.missing_from_plan(ws, bid.id) == [ws.get(Commitment, late.id)]
    plan.add_to_plan(ws, bid.id)
    assert [r.planned for r in plan.plan_rows(ws, late.id)] == [2] * 12
    assert plan.missing_from_plan(ws, bid.id) == []


def test_changing_dates_rebuilds_the_plan_until_something_is_recorded(won) -> None:
    ws, bid, made = won
    contract = plan.contract_for_bid(ws, bid.id)
    plan.change_contract(ws, contract.id, frequency="six-monthly")
    assert len(plan.plan_rows(ws, made[0].id)) == 6
    plan.change_contract(ws, contract.id, frequency="quarterly")
    row = plan.plan_rows(ws, made[0].id)[11]
    recording.record_delivery(ws, row.id, achieved=20)
    before = ws.count("delivery_record")
    with pytest.raises(plan.DeliveryError, match="already recorded for Quarter 12"):
        plan.change_contract(ws, contract.id, end=date(2028, 3, 31))
    assert ws.count("delivery_record") == before
    plan.change_contract(ws, contract.id, end=date(2029, 12, 31))  # adds periods only
    assert len(plan.plan_rows(ws, made[0].id)) == 15
    assert plan.plan_rows(ws, made[0].id)[11].achieved == 20


def test_recording_checks_figures_and_stamps_the_time(won) -> None:
    ws, _bid, made = won
    row = plan.plan_rows(ws, made[0].id)[0]
    for bad in (-1, float("nan"), "12", True):
        with pytest.raises(plan.DeliveryError):
            recording.record_delivery(ws, row.id, achieved=bad)
    assert ws.get(DeliveryRecord, row.id).achieved is None
    saved = recording.record_delivery(ws, row.id, achieved=20, note="Weekly visits",
                                      evidence_note="Visit logs in the office", confirmed=True)
    assert saved.achieved == 20 and saved.confirmed is True and saved.recorded_at
    assert recording.shortfall(saved) == 5
    assert recording.return_gaps(ws, saved) == ["It is behind target: say why.",
                                                "It is behind target: say what you will do "
                                                "to catch up."]
    with pytest.raises(plan.DeliveryError, match="no period 13"):
        recording.find_delivery(ws, made[0].id, 13)
    with pytest.raises(RecordNotFoundError):
        recording.find_delivery(ws, 999, 1)


def test_evidence_links_are_one_undo_step(won) -> None:
    ws, _bid, made = won
    row = plan.plan_rows(ws, made[0].id)[0]
    items = [ws.add(EvidenceItem(title=f"Register {i}")) for i in range(2)]
    recording.set_evidence(ws, row.id, [items[0].id, items[1].id])
    assert [e.title for e in recording.evidence_for(ws, row.id)] == ["Register 0", "Register 1"]
    ws.undo()
    assert recording.evidence_for(ws, row.id) == []


# ------------------------------------------------------------------ status

def _contract(good=100.0, near=90.0, low=70.0) -> Contract:
    return Contract(bid_id=1, start_date=START.isoformat(), end_date=END.isoformat(),
                    good_from_percent=good, approaching_from_percent=near,
                    improvement_from_percent=low)


@pytest.mark.parametrize(("achieved", "rating"), [
    (100, "Good"), (120, "Good"), (99.9, "Approaching target"), (90, "Approaching target"),
    (89.9, "Requires improvement"), (70, "Requires improvement"), (69.9, "Inadequate"),
    (0, "Inadequate")])
def test_ratings_at_the_thresholds(achieved: float, rating: str) -> None:
    assert status.rate(achieved, 100, _contract()) == rating


def test_thresholds_are_per_contract(won) -> None:
    ws, bid, _made = won
    contract = plan.contract_for_bid(ws, bid.id)
    assert status.rate(85, 100, _contract(95, 80, 60)) == "Approaching target"
    plan.set_thresholds(ws, contract.id, good=95, approaching=80, improvement=60)
    changed = plan.contract_for_bid(ws, bid.id)
    assert status.rate(85, 100, changed) == "Approaching target"
    assert "Good from 95%" in status.rating_rule(changed)
    with pytest.raises(plan.DeliveryError, match="go down in order"):
        plan.set_thresholds(ws, contract.id, good=50)
    assert plan.contract_for_bid(ws, bid.id).good_from_percent == 95


def test_status_before_during_and_with_a_shortfall(won) -> None:
    ws, bid, made = won
    before = status.contract_status(ws, bid.id, date(2026, 3, 1))
    assert {c.rating for c in before.commitments} == {"Not started"}
    early = status.contract_status(ws, bid.id, date(2026, 5, 1))
    assert {c.rating for c in early.commitments} == {"Not yet due"}
    assert early.commitments[0].forecast == 300  # on plan while nothing is due

    rows = plan.plan_rows(ws, made[0].id)
    recording.record_delivery(ws, rows[0].id, achieved=25, confirmed=True)
    recording.record_delivery(ws, rows[1].id, achieved=20, confirmed=True)
    now = status.contract_status(ws, bid.id, date(2026, 10, 5))
    older = now.commitments[0]
    assert (older.profiled_to_date, older.achieved_to_date) == (50, 45)
    assert older.rating == "Approaching target"
    assert older.forecast == 270  # 45 + 250 still planned × 90% pace
    assert older.value_to_date == 45 * 50.0
    trainees = now.commitments[1]
    # quarter 1's return was due on 14 July with no figure: it counts as none delivered;
    # quarter 2's is not due until 14 October
    assert trainees.profiled_to_date == 1 and trainees.achieved_to_date == 0
    assert trainees.rating == "Inadequate" and trainees.periods_missing == [1]
    report = status.contract_status(ws, bid.id, date(2026, 10, 5), up_to=2).commitments[1]
    assert report.periods_missing == [1, 2]
    assert trainees.value_to_date is None  # no value per unit from the buyer: none made up
    assert now.value_to_date == 2250
    assert older.progress_text() == "45 of 50 people to date (90%) · 300 over the contract"


def test_a_figure_recorded_for_the_current_period_counts_to_date(won) -> None:
    ws, bid, made = won
    rows = plan.plan_rows(ws, made[2].id)
    recording.record_delivery(ws, rows[0].id, achieved=100)
    today = status.contract_status(ws, bid.id, date(2026, 6, 1)).commitments[2]
    assert (today.profiled_to_date, today.achieved_to_date, today.rating) == (100, 100, "Good")


def test_next_report_is_the_first_period_not_fully_returned(won) -> None:
    ws, bid, made = won
    as_of = date(2026, 8, 1)
    first = status.contract_status(ws, bid.id, as_of)
    assert first.next_report.number == 1
    assert "1 Apr to 30 Jun 2026) due 14 Jul 2026, 18 days overdue" in first.next_report_text()
    for commitment in made:
        row = plan.plan_rows(ws, commitment.id)[0]
        recording.record_delivery(ws, row.id, achieved=row.planned or 0)
    assert status.contract_status(ws, bid.id, as_of).next_report.number == 1  # not ticked
    for commitment in made:
        recording.record_delivery(ws, plan.plan_rows(ws, commitment.id)[0].id, confirmed=True)
    second = status.contract_status(ws, bid.id, as_of)
    assert second.next_report.number == 2
    assert second.next_report_text().endswith("due 14 Oct 2026, in 74 days")
    assert status.upcoming_reports(ws, as_of) == [(bid, second.next_report)]


def test_status_json_shape(won) -> None:
    ws, bid, _made = won
    data = status.status_json(status.contract_status(ws, bid.id, date(2026, 10, 5)))
    assert set(data) == {"bid", "contract_start", "contract_end", "frequency",
                         "next_report_due", "commitments"}
    assert set(data["commitments"][0]) == {"id", "text", "unit", "target", "profiled_to_date",
                                           "achieved_to_date", "forecast", "rating",
                                           "value_to_date_gbp"}
    assert data["next_report_due"] == "2026-07-14"  # two weeks after quarter 1 ends


def test_a_bid_without_a_contract_says_so(workspace: Workspace) -> None:
    bid = bids.add_bid(workspace, reference="X/1")
    with pytest.raises(plan.DeliveryError, match="mark it won first"):
        status.contract_status(workspace, bid.id)
