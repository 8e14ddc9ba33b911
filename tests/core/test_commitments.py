"""Commitments: completeness, value, sentences for answers, order and undo."""

from __future__ import annotations

import pytest

from svbidder.core.errors import RecordNotFoundError
from svbidder.core.storage.records import Bid, Commitment, Framework, Measure, Outcome, Theme
from svbidder.core.writing import bids
from svbidder.core.writing import commitments as cm
from svbidder.core.writing.commitments import CommitmentError, Missing


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


# --------------------------------------------------------------- sentences

def test_describe_commitment_like_the_example():
    assert cm.describe_commitment(full()) == (
        "We will support 12 local people into paid work by March 2027. The evidence will be "
        "signed employment records, and we will report on it quarterly.")


def test_describe_commitment_with_every_part():
    text = cm.describe_commitment(full(owner="Our employment coordinator",
                                       baseline="8 people a year", value_per_unit=2000,
                                       timeframe="each year of the contract",
                                       evidence_method="through payroll records",
                                       reporting_frequency="Reported every quarter"),
                                  include_value=True, outcome="More local people in good jobs")
    assert text == (
        "We will support 12 local people into paid work each year of the contract (up from 8 "
        "people a year). Our employment coordinator will lead this; the evidence will be "
        "payroll records, and we will report on it every quarter. This helps meet the "
        "council's priority “More local people in good jobs”, and is worth £24,000 using the "
        "council's own values.")


def _c(what="", target=None, unit="", when="", baseline="") -> Commitment:
    return Commitment(measure_text=what, target=target, unit=unit, timeframe=when,
                      baseline=baseline)


# (commitment, the sentence a person would write). Measures written as nouns are the
# bundled frameworks' own ("Apprenticeships started", "Waste kept out of landfill").
SENTENCES = [
    # the example: a noun measure, a rate with a start, a zero baseline in words
    (_c("Trainee posts", 6, "trainee posts", "2 a year, starting by month 3", "0 (new posts)"),
     "We will create 6 trainee posts, 2 a year, starting by month 3 (all new posts)."),
    (_c("", 6, "trainee posts", "2 a year, starting by month 3", "0 (new posts)"),
     "We will create 6 trainee posts, 2 a year, starting by month 3 (all new posts)."),
    # plurals: one of something
    (_c("Trainee posts", 1, "trainee posts", "month 3"),
     "We will create 1 trainee post by month 3."),
    (_c("support local people into paid work", 1, "local people", "March 2027"),
     "We will support 1 local person into paid work by March 2027."),
    (_c("recruit volunteers", 1, "volunteers", "each year"),
     "We will recruit 1 volunteer each year."),
    (_c("", 1, "families"), "We will support 1 family."),
    # measures that carry their verb after the noun
    (_c("People from priority groups recruited", 12, "people", "each year of the contract",
        "8 a year"),
     "We will recruit 12 people from priority groups each year of the contract (up from 8 a "
     "year)."),
    (_c("Apprenticeships started", 3, "apprenticeships", "Year 1"),
     "We will start 3 apprenticeships in Year 1."),
    (_c("Local people employed (FTE)", 3.5, "people", "by the end of year 1"),
     "We will employ 3.5 local people (FTE) by the end of year 1."),
    (_c("Volunteering hours given to local community groups", 500, "hours",
        "over the contract"),
     "We will give 500 volunteering hours to local community groups over the contract."),
    (_c("Waste kept out of landfill", 20, "tonnes", "by March 2028", "18.4 tonnes last year"),
     "We will keep 20 tonnes of waste out of landfill by March 2028 (up from 18.4 tonnes last "
     "year)."),
    (_c("Children and young people supported", 150, "people"),
     "We will support 150 children and young people."),
    (_c("People gaining a recognised qualification", 20, "people", "the end of the contract"),
     "We will help 20 people gain a recognised qualification by the end of the contract."),
    (_c("Health and wellbeing sessions delivered", 48, "sessions", "each year"),
     "We will deliver 48 health and wellbeing sessions each year."),
    # noun measures: the verb comes from what is counted
    (_c("Work placement weeks", 20, "weeks", "each year"),
     "We will offer 20 work placement weeks each year."),
    (_c("Sessions with schools and colleges", 10, "sessions", "annually"),
     "We will run 10 sessions with schools and colleges annually."),
    (_c("Lunch club places", 30, "places", "every Friday", "We do not run a lunch club yet"),
     "We will offer 30 lunch club places every Friday (we do not run a lunch club yet)."),
    (_c("Training sessions", 12, "sessions"), "We will run 12 training sessions."),
    (_c("Befriending"), "We will deliver befriending."),
    # units that already contain a verb
    (_c("train local people", 12, "people trained", "end of year 1"),
     "We will train 12 local people by the end of year 1."),
    (_c("", 40, "people supported", "each year"), "We will support 40 people each year."),
    (_c("", 200, "trees planted", "by 2027"), "We will plant 200 trees by 2027."),
    # money and percentages
    (_c("Value of sub-contracts with small businesses", 18000, "£", "2026-27"),
     "We will deliver £18,000 of sub-contracts with small businesses by 2026-27."),
    (_c("Spend with local small businesses", 18000, "£", "each year"),
     "We will spend £18,000 with local small businesses each year."),
    (_c("reduce staff mileage", 25, "%", "by the end of Year 1", "6,200 miles a year"),
     "We will reduce staff mileage by 25% by the end of Year 1 (from 6,200 miles a year)."),
    # no unit: the number goes after the verb
    (_c("recruit volunteers", 10, "", "by June 2026", "none"),
     "We will recruit 10 volunteers by June 2026 (all new)."),
    (_c("host a job fair", 2, "", "each year"), "We will host 2 job fairs each year."),
    # a unit the description does not name
    (_c("run lunch clubs", 40, "sessions", "each year", "30 sessions last year"),
     "We will run lunch clubs: 40 sessions each year (up from 30 sessions last year)."),
    (_c("avoid carbon emissions", 12.5, "tonnes CO2e", "3 years"),
     "We will avoid 12.5 tonnes CO2e of carbon emissions over 3 years."),
    # timeframes of every kind
    (_c("plant trees", 200, "trees", "2027"), "We will plant 200 trees by 2027."),
    (_c("plant trees", 200, "trees", "within 6 months"),
     "We will plant 200 trees within 6 months."),
    (_c("plant trees", 200, "trees", "Ongoing"),
     "We will plant 200 trees on an ongoing basis."),
    (_c("plant trees", 200, "trees", "TBC"), "We will plant 200 trees."),
    (_c("plant trees", 200, "trees", "10 a month, from June 2026"),
     "We will plant 200 trees, 10 a month, from June 2026."),
    (_c("plant trees", 200, "trees", "Quarterly."), "We will plant 200 trees quarterly."),
    # baselines: missing, zero, a number, text
    (_c("plant trees", 200, "trees", "", ""), "We will plant 200 trees."),
    (_c("plant trees", 200, "trees", "", "0"), "We will plant 200 trees (all new trees)."),
    (_c("plant trees", 200, "trees", "", "None at present"),
     "We will plant 200 trees (all new trees)."),
    (_c("plant trees", 200, "trees", "", "150 (2025)"),
     "We will plant 200 trees (up from 150, 2025)."),
    (_c("plant trees", 200, "trees", "", "Currently about 300"),
     "We will plant 200 trees (currently about 300)."),
    (_c("plant trees", 200, "trees", "", "a few each spring"),
     "We will plant 200 trees (currently a few each spring)."),
    # an empty what and a bare number say nothing
    (_c("", 12), ""), (_c("", 60, "%"), ""), (_c("", None, "people"), ""), (Commitment(), ""),
]


@pytest.mark.parametrize(("commitment", "sentence"), SENTENCES,
                         ids=[str(i) for i in range(len(SENTENCES))])
def test_commitments_read_as_a_person_would_write_them(commitment, sentence):
    assert cm.describe_commitment(commitment) == sentence


@pytest.mark.parametrize("commitment", [c for c, _ in SENTENCES])
def test_no_sentence_has_the_old_machine_marks(commitment):
    text = cm.describe_commitment(commitment, include_value=True, outcome="Good jobs")
    for clumsy in ("from a starting point of", "((", "))", "by 2 a year", "by ongoing",
                   " :", "..", ": 1 ", "by by", "We will deliver 12."):
        assert clumsy not in text, text
    assert text == "" or (text.startswith("We will ") and text.endswith("."))


@pytest.mark.parametrize(("owner", "evidence", "reporting", "sentence"), [
    ("Our café manager", "", "", "Our café manager will lead this."),
    ("Sam Patel, our volunteer coordinator", "", "quarterly",
     "Sam Patel, our volunteer coordinator, will lead this and report on it quarterly."),
    ("", "attendance registers", "", "The evidence will be attendance registers."),
    ("", "by weighing every collection", "monthly",
     "We will show it by weighing every collection, and we will report on it monthly."),
    ("", "", "Reporting every six months", "We will report on it every six months."),
    ("Led by our hub manager", "using sign-in sheets", "at the end of the contract",
     "Our hub manager will lead this; the evidence will be sign-in sheets, and we will report "
     "on it at the end of the contract."),
])
def test_who_evidence_and_reporting_make_a_second_sentence(owner, evidence, reporting,
                                                           sentence):
    commitment = Commitment(measure_text="plant trees", target=200, unit="trees",
                            owner=owner, evidence_method=evidence,
                            reporting_frequency=reporting)
    assert cm.describe_commitment(commitment) == f"We will plant 200 trees. {sentence}"


def test_value_and_priority_make_a_third_sentence():
    planted = Commitment(measure_text="plant trees", target=200, unit="trees",
                         value_per_unit=12.5)
    assert cm.describe_commitment(planted, include_value=True) == (
        "We will plant 200 trees. This is worth £2,500 using the council's own values.")
    assert cm.describe_commitment(planted, outcome="Greener streets") == (
        "We will plant 200 trees. This helps meet the council's priority “Greener streets”.")
    assert cm.describe_commitment(planted) == "We will plant 200 trees."


def test_commitments_markdown_is_bullets_or_a_paragraph():
    items = [full(), full(measure_text="provide work placements", target=6,
                          unit="placements", timeframe="each year")]
    bullets = cm.commitments_markdown(items, style="bullets")
    lines = bullets.split("\n")
    assert len(lines) == 2 and all(line.startswith("- We will ") for line in lines)
    assert "provide 6 work placements each year" in lines[1]
    assert "|" not in bullets  # our Markdown has no tables
    paragraph = cm.commitments_markdown(items, style="paragraph")
    assert "\n" not in paragraph and paragraph.count("We will") == 2
    with pytest.raises(ValueError):
        cm.commitments_markdown(items, style="table")




# --------------------------------------------------------- in a workspace

@pytest.fixture
def bid(workspace):
    return bids.add_bid(workspace, buyer="Anytown Borough Council", reference="ABC/1")


def _texts(workspace, bid_id):
    return [c.measure_text for c in cm.commitments_for_bid(workspace, bid_id)]


def test_add_update_delete_each_one_undo_step(workspace, bid):
    question = bids.add_question(workspace, bid.id, ref="SV1", text="Jobs")
    a = cm.add_commitment(workspace, bid.id, measure_text="A", question_id=question.id)
    b = cm.add_commitment(workspace, bid.id, measure_text="B")
    c = cm.add_commitment(workspace, bid.id, measure_text="C", question_id=question.id)
    assert [x.position for x in (a, b, c)] == [0, 1, 2]
    assert [x.measure_text for x in cm.commitments_for_question(workspace, question.id)] == \
        ["A", "C"]

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
    workspace.update(Bid, bid.id, framework_id=framework.id)  # as the Bids screen does
    assert cm.measures_for_bid(workspace, bid.id) == [(outcome, measure)]

    made = cm.add_commitment(workspace, bid.id, measure_id=measure.id, target=2)
    assert (made.measure_text, made.unit, made.value_per_unit, made.outcome_id) == \
        ("Local people employed", "people", 4500, outcome.id)
    assert cm.total_value(made) == 9000

    own = cm.add_commitment(workspace, bid.id, measure_text="Our words", unit="")
    linked = cm.use_measure(workspace, own.id, measure.id)
    assert (linked.measure_text, linked.unit, linked.measure_id) == \
        ("Our words", "people", measure.id)
