"""Commitments: completeness, value, sentences for answers, order and undo."""

from __future__ import annotations

import pytest

from svbidder.core import bids
from svbidder.core import commitments as cm
from svbidder.core.commitments import CommitmentError, Missing
from svbidder.core.errors import RecordNotFoundError
from svbidder.core.records import Commitment, Framework, Measure, Outcome, Theme


def full(**changes) -> Commitment:
    values = dict(bid_id=1, measure_text="support local people into paid work", target=12,
                  unit="local people", timeframe="March 2027", baseline="",
                  owner="", evidence_method="signed employment records",
                  reporting_frequency="quarterly")
    values.update(changes)
    return Commitment(**values)


# ------------------------------------------------------------ completeness

def test_a_full_commitment_is_complete():
    assert cm.completeness(full()) == []
    assert cm.is_complete(full())


def test_completeness_names_each_missing_part_plainly():
    empty = Commitment(bid_id=1)
    missing = cm.completeness(empty)
    assert [m.field for m in missing] == ["measure_text", "target", "unit", "timeframe",
                                         "evidence_method"]
    assert all(isinstance(m, Missing) and m.message.endswith(".") for m in missing)
    assert "number" in missing[1].message.lower()


@pytest.mark.parametrize(("changes", "field"), [
    ({"target": None}, "target"),
    ({"target": 0}, "target"),
    ({"unit": "  "}, "unit"),
    ({"timeframe": ""}, "timeframe"),
    ({"timeframe": "Ongoing"}, "timeframe"),
    ({"timeframe": "where possible."}, "timeframe"),
    ({"evidence_method": ""}, "evidence_method"),
])
def test_each_gap_is_found(changes, field):
    assert [m.field for m in cm.completeness(full(**changes))] == [field]


def test_a_framework_measure_counts_as_saying_what():
    assert cm.completeness(full(measure_text="", measure_id=5)) == []


def test_advice_for_a_stronger_commitment():
    tips = {m.field for m in cm.advice(full(reporting_frequency=""))}
    assert tips == {"owner", "reporting_frequency", "baseline"}
    assert cm.advice(full(owner="Our café manager", baseline="8 a year")) == []


# ------------------------------------------------------------------- value

def test_total_value():
    assert cm.total_value(full(value_per_unit=1500.5)) == pytest.approx(18006)
    assert cm.total_value(full()) is None
    assert cm.total_value(full(target=None, value_per_unit=10)) is None
    assert cm.bid_total_value([full(value_per_unit=100), full(target=2, value_per_unit=5),
                               full()]) == 1210
    assert cm.bid_total_value([full()]) is None


# --------------------------------------------------------------- sentences

def test_describe_commitment_like_the_example():
    assert cm.describe_commitment(full()) == (
        "We will support 12 local people into paid work by March 2027, shown by signed "
        "employment records, reported quarterly.")


def test_describe_commitment_with_every_part():
    text = cm.describe_commitment(full(owner="Our employment coordinator",
                                       baseline="8 people a year", value_per_unit=2000,
                                       timeframe="each year of the contract",
                                       evidence_method="through payroll records",
                                       reporting_frequency="Reported every quarter"),
                                  include_value=True)
    assert text == (
        "We will support 12 local people into paid work each year of the contract (from a "
        "starting point of 8 people a year), led by our employment coordinator, shown "
        "through payroll records, reported every quarter, worth £24,000 using the "
        "council's own values.")


def test_describe_noun_measures_money_and_percent():
    assert cm.describe_commitment(Commitment(
        measure_text="Local people employed (FTE)", target=3.5, unit="people",
        timeframe="by the end of year 1")) == \
        "Local people employed (FTE): 3.5 people by the end of year 1."
    assert cm.describe_commitment(Commitment(
        measure_text="spend with Anytown businesses", target=18000, unit="£",
        timeframe="2026-27")) == "We will spend with Anytown businesses: £18,000 by 2026-27."
    assert cm.describe_commitment(Commitment(target=60, unit="%")) == "We will deliver 60%."
    assert cm.describe_commitment(Commitment()) == ""


def test_commitments_markdown_is_bullets_or_a_paragraph():
    items = [full(), full(measure_text="provide work placements", target=6,
                          unit="placements", timeframe="each year")]
    bullets = cm.commitments_table_markdown(items)
    lines = bullets.split("\n")
    assert len(lines) == 2 and all(line.startswith("- We will ") for line in lines)
    assert "provide 6 work placements each year" in lines[1]
    assert "|" not in bullets  # our Markdown has no tables
    paragraph = cm.commitments_markdown(items, style="paragraph")
    assert "\n" not in paragraph and paragraph.count("We will") == 2
    with pytest.raises(ValueError):
        cm.commitments_markdown(items, style="table")


def test_table_rows_for_word_export():
    rows = cm.commitment_table_rows([full(value_per_unit=10)])
    assert rows[0] == list(cm.TABLE_HEADINGS)
    assert rows[1][:3] == ["support local people into paid work", "12 local people",
                           "March 2027"]
    assert rows[1][-1] == "£120"
    assert len(cm.commitment_table_rows([full()], include_value=False)[0]) == 7


# --------------------------------------------------------- in a workspace

@pytest.fixture
def bid(workspace):
    return bids.add_bid(workspace, buyer="Anytown Borough Council", reference="ABC/1")


def _texts(workspace, bid_id):
    return [c.measure_text for c in cm.commitments_for_bid(workspace, bid_id)]


def test_add_update_move_delete_each_one_undo_step(workspace, bid):
    question = bids.add_question(workspace, bid.id, ref="SV1", text="Jobs")
    a = cm.add_commitment(workspace, bid.id, measure_text="A", question_id=question.id)
    b = cm.add_commitment(workspace, bid.id, measure_text="B")
    c = cm.add_commitment(workspace, bid.id, measure_text="C", question_id=question.id)
    assert [x.position for x in (a, b, c)] == [0, 1, 2]
    assert [x.measure_text for x in cm.commitments_for_question(workspace, question.id)] == \
        ["A", "C"]

    cm.move_commitment(workspace, c.id, 0)
    assert _texts(workspace, bid.id) == ["C", "A", "B"]
    workspace.undo()
    assert _texts(workspace, bid.id) == ["A", "B", "C"]

    cm.update_commitment(workspace, b.id, target=40, unit="hours")
    assert workspace.get(Commitment, b.id).target == 40
    workspace.undo()
    assert workspace.get(Commitment, b.id).target is None

    cm.delete_commitment(workspace, a.id)
    assert _texts(workspace, bid.id) == ["B", "C"]
    assert [x.position for x in cm.commitments_for_bid(workspace, bid.id)] == [0, 1]
    workspace.undo()
    assert _texts(workspace, bid.id) == ["A", "B", "C"]
    workspace.undo()  # the add of C
    assert _texts(workspace, bid.id) == ["A", "B"]


def test_checks_on_saving(workspace, bid):
    other = bids.add_bid(workspace, buyer="Elsewhere")
    foreign = bids.add_question(workspace, other.id, ref="Q")
    with pytest.raises(CommitmentError, match="different bid"):
        cm.add_commitment(workspace, bid.id, question_id=foreign.id)
    with pytest.raises(CommitmentError):
        cm.add_commitment(workspace, bid.id, target=-1)
    with pytest.raises(ValueError):
        cm.add_commitment(workspace, bid.id, colour="red")
    with pytest.raises(RecordNotFoundError):
        cm.add_commitment(workspace, 999)
    assert cm.commitments_for_bid(workspace, bid.id) == []


def test_a_framework_measure_fills_in_the_blanks(workspace, bid):
    framework = workspace.add(Framework(key="anytown", name="Anytown"))
    theme = workspace.add(Theme(framework_id=framework.id, title="Jobs"))
    outcome = workspace.add(Outcome(theme_id=theme.id, title="Local jobs"))
    measure = workspace.add(Measure(outcome_id=outcome.id, name="Local people employed",
                                    unit="people", value_per_unit=4500))
    bids.update_bid(workspace, bid.id, framework_id=framework.id)
    assert cm.measures_for_bid(workspace, bid.id) == [(outcome, measure)]

    made = cm.add_commitment(workspace, bid.id, measure_id=measure.id, target=2)
    assert (made.measure_text, made.unit, made.value_per_unit, made.outcome_id) == \
        ("Local people employed", "people", 4500, outcome.id)
    assert cm.total_value(made) == 9000

    own = cm.add_commitment(workspace, bid.id, measure_text="Our words", unit="")
    linked = cm.use_measure(workspace, own.id, measure.id)
    assert (linked.measure_text, linked.unit, linked.measure_id) == \
        ("Our words", "people", measure.id)
