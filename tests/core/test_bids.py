"""Bids and their questions: order, deadlines, outcomes, answers, undo."""

from __future__ import annotations

import json
from datetime import date

import pytest

from svbidder.core.errors import RecordNotFoundError
from svbidder.core.storage.records import Answer, Bid, Framework, Outcome, Question, Theme
from svbidder.core.writing import bids
from svbidder.core.writing.counting import RoughPageEstimator
from svbidder.core.writing.tender import split_questions
from svbidder.paths import resources_dir

TODAY = date(2026, 3, 2)


def _refs(workspace, bid_id):
    return [q.ref for q in bids.questions_for_bid(workspace, bid_id)]


def _positions(workspace, bid_id):
    return [q.position for q in bids.questions_for_bid(workspace, bid_id)]


@pytest.fixture
def bid(workspace) -> Bid:
    return bids.add_bid(workspace, buyer="Anytown Borough Council",
                        contract_title="Community wellbeing", reference="ABC/2026/017",
                        deadline="2026-03-14", sv_weighting_percent=10)


@pytest.fixture
def outcomes(workspace) -> list[int]:
    framework = workspace.add(Framework(key="anytown", name="Anytown priorities"))
    theme = workspace.add(Theme(framework_id=framework.id, ref="3", title="Communities"))
    return [workspace.add(Outcome(theme_id=theme.id, position=i, ref=f"3.{i + 1}",
                                  title=title)).id
            for i, title in enumerate(["Less loneliness", "More volunteering",
                                       "Healthier lives"])]


# ------------------------------------------------------------------- bids

def test_add_bid_and_its_defaults(workspace, bid):
    assert bid.id is not None and bid.status == "drafting"
    assert workspace.history.undo_label() == "Add bid"
    with pytest.raises(ValueError, match="not a bid status"):
        bids.add_bid(workspace, status="pending")
    with pytest.raises(ValueError, match="not a date"):
        bids.add_bid(workspace, deadline="next Friday")
    with pytest.raises(ValueError, match="no field"):
        bids.add_bid(workspace, colour="blue")
    with pytest.raises(ValueError, match="between 0% and 100%"):
        bids.add_bid(workspace, sv_weighting_percent=120)


def test_bids_sorted_by_deadline_without_deadline_last(workspace, bid):
    later = bids.add_bid(workspace, contract_title="Later", deadline="2026-06-01")
    none = bids.add_bid(workspace, contract_title="No date")
    sooner = bids.add_bid(workspace, contract_title="Sooner", deadline="2026-03-05")
    assert [b.id for b in bids.bids_by_deadline(workspace)] == [sooner.id, bid.id, later.id,
                                                                none.id]


def test_bids_being_written_come_before_won_and_submitted_ones(workspace, bid):
    won = bids.add_bid(workspace, contract_title="Last year", deadline="2025-01-10",
                       status="won")
    sent = bids.add_bid(workspace, contract_title="Sent", deadline="2025-06-01",
                        status="submitted")
    later = bids.add_bid(workspace, contract_title="Later", deadline="2027-06-01")
    assert [b.id for b in bids.bids_by_deadline(workspace)] == [bid.id, later.id, sent.id,
                                                                won.id]


@pytest.mark.parametrize(("deadline", "status", "days", "text"), [
    ("2026-03-14", "drafting", 12, "due in 12 days"),
    ("2026-03-03", "drafting", 1, "due tomorrow"),
    ("2026-03-02", "drafting", 0, "due today"),
    ("2026-03-01", "drafting", -1, "1 day overdue"),
    ("2026-02-27", "drafting", -3, "3 days overdue"),
    ("2026-02-27", "submitted", -3, "deadline passed 3 days ago"),
    ("2026-03-14T12:00", "drafting", 12, "due in 12 days"),
    ("", "drafting", None, "no deadline set"),
])
def test_deadlines(deadline, status, days, text):
    bid = Bid(deadline=deadline, status=status)
    assert bids.days_remaining(bid, TODAY) == days
    assert bids.describe_deadline(bid, TODAY) == text




def test_status_and_delete_with_undo(workspace, bid):
    bids.add_question(workspace, bid.id, ref="SV1", text="Tell us")
    bids.set_status(workspace, bid.id, "submitted")
    assert workspace.get(Bid, bid.id).status == "submitted"
    bids.delete_bid(workspace, bid.id)
    assert bids.all_bids(workspace) == [] and workspace.count("question") == 0
    workspace.undo()
    assert _refs(workspace, bid.id) == ["SV1"]


# --------------------------------------------------------------- questions

def test_questions_keep_the_buyers_order(workspace, bid):
    for ref in ("SV1", "SV2", "SV3"):
        bids.add_question(workspace, bid.id, ref=ref, limit_kind="words", limit_value=500)
    assert _refs(workspace, bid.id) == ["SV1", "SV2", "SV3"]
    assert _positions(workspace, bid.id) == [0, 1, 2]
    with pytest.raises(ValueError, match="not a kind of limit"):
        bids.add_question(workspace, bid.id, limit_kind="lines")
    with pytest.raises(ValueError, match="more than nothing"):
        bids.add_question(workspace, bid.id, limit_kind="words", limit_value=0)


def test_move_is_one_undo_step(workspace, bid):
    first, _, third = (bids.add_question(workspace, bid.id, ref=r) for r in ("A", "B", "C"))
    bids.move_question(workspace, third.id, 0)
    assert _refs(workspace, bid.id) == ["C", "A", "B"]
    assert workspace.history.undo_label() == "Reorder questions"
    bids.move_question(workspace, first.id, 99)
    assert _refs(workspace, bid.id) == ["C", "B", "A"]
    workspace.undo()
    assert _refs(workspace, bid.id) == ["C", "A", "B"]
    workspace.undo()
    assert _refs(workspace, bid.id) == ["A", "B", "C"]
    assert _positions(workspace, bid.id) == [0, 1, 2]


def test_duplicate_copies_wording_limit_and_outcomes(workspace, bid, outcomes):
    first = bids.add_question(workspace, bid.id, ref="SV1", text="Tell us", limit_kind="pages",
                              limit_value=2, page_font="Arial", page_font_size=11)
    bids.add_question(workspace, bid.id, ref="SV2")
    bids.set_question_outcomes(workspace, first.id, outcomes[:2])
    bids.save_answer(workspace, first.id, "Our answer")
    copy = bids.duplicate_question(workspace, first.id)
    assert _refs(workspace, bid.id) == ["SV1", "SV1 (copy)", "SV2"]
    assert (copy.text, copy.limit_kind, copy.limit_value, copy.page_font) == \
        ("Tell us", "pages", 2, "Arial")
    assert bids.question_outcomes(workspace, copy.id) == outcomes[:2]
    assert bids.answer_for(workspace, copy.id, create=False).id is None  # not the answer
    workspace.undo()
    assert _refs(workspace, bid.id) == ["SV1", "SV2"]


def test_delete_closes_up_and_undo_brings_the_answer_back(workspace, bid, outcomes):
    questions = [bids.add_question(workspace, bid.id, ref=r) for r in ("A", "B", "C")]
    bids.save_answer(workspace, questions[1].id, "We will help.")
    bids.set_question_outcomes(workspace, questions[1].id, [outcomes[0]])
    bids.delete_question(workspace, questions[1].id)
    assert _refs(workspace, bid.id) == ["A", "C"] and _positions(workspace, bid.id) == [0, 1]
    assert workspace.count("answer") == 0
    assert workspace.history.undo_label() == "Delete question"
    workspace.undo()
    assert _refs(workspace, bid.id) == ["A", "B", "C"]
    assert bids.answer_for(workspace, questions[1].id).body_markdown == "We will help."
    assert bids.question_outcomes(workspace, questions[1].id) == [outcomes[0]]


def test_set_question_outcomes_is_one_step(workspace, bid, outcomes):
    question = bids.add_question(workspace, bid.id, ref="SV1")
    bids.set_question_outcomes(workspace, question.id, [outcomes[0], outcomes[1]])
    bids.set_question_outcomes(workspace, question.id, [outcomes[1], outcomes[2], outcomes[2]])
    assert sorted(bids.question_outcomes(workspace, question.id)) == sorted(outcomes[1:])
    workspace.undo()
    assert bids.question_outcomes(workspace, question.id) == outcomes[:2]
    with pytest.raises(RecordNotFoundError):
        bids.set_question_outcomes(workspace, question.id, [9999])
    assert bids.question_outcomes(workspace, question.id) == outcomes[:2]


def test_create_questions_from_split_is_one_step(workspace, bid):
    bids.add_question(workspace, bid.id, ref="Intro")
    found = split_questions("SV1 Local jobs\nDescribe it. Maximum 500 words. Weighting: 4%\n\n"
                            "SV2 Greener\nExplain it. 2 sides of A4, Arial 11.\n")
    created = bids.create_questions_from_split(workspace, bid.id, found)
    assert [q.ref for q in created] == ["SV1", "SV2"]
    assert _refs(workspace, bid.id) == ["Intro", "SV1", "SV2"]
    sv1, sv2 = created
    assert (sv1.limit_kind, sv1.limit_value, sv1.weighting_percent) == ("words", 500, 4)
    assert (sv2.limit_kind, sv2.limit_value, sv2.page_paper, sv2.page_font,
            sv2.page_font_size) == ("pages", 2, "A4", "Arial", 11)
    assert workspace.history.undo_label() == "Add questions from the tender"
    workspace.undo()
    assert _refs(workspace, bid.id) == ["Intro"]


def test_describe_limit():
    assert bids.describe_limit(Question(limit_kind="words", limit_value=500)) == "500 words"
    assert bids.describe_limit(Question(limit_kind="characters", limit_value=2000)) == \
        "2,000 characters (with spaces)"
    assert bids.describe_limit(Question(limit_kind="characters_no_spaces",
                                        limit_value=1500)) == "1,500 characters (without spaces)"
    assert bids.describe_limit(Question(limit_kind="pages", limit_value=2, page_font="Arial",
                                        page_font_size=11)) == \
        "2 pages (A4, Arial 11 pt, 25.4 mm margins)"
    assert bids.describe_limit(Question()) == "no limit"


# ----------------------------------------------------------------- answers

def test_answer_for_creates_lazily_and_save_answer_coalesces(workspace, bid):
    question = bids.add_question(workspace, bid.id, ref="SV1")
    unsaved = bids.answer_for(workspace, question.id, create=False)
    assert unsaved.id is None and workspace.count("answer") == 0
    answer = bids.answer_for(workspace, question.id)
    assert answer.id is not None and answer.body_markdown == ""
    assert bids.answer_for(workspace, question.id).id == answer.id
    bids.save_answer(workspace, question.id, "We")
    bids.save_answer(workspace, question.id, "We will")
    assert workspace.get(Answer, answer.id).body_markdown == "We will"
    workspace.undo()  # one step for the burst of typing
    assert workspace.get(Answer, answer.id).body_markdown == ""


def test_save_answer_makes_the_answer(workspace, bid):
    question = bids.add_question(workspace, bid.id, ref="SV1")
    saved = bids.save_answer(workspace, question.id, "Hello")
    assert saved.id is not None and workspace.count("answer") == 1


def test_answer_status(workspace, bid):
    words = bids.add_question(workspace, bid.id, limit_kind="words", limit_value=5)
    assert bids.answer_status(words, "- one two three").message == "3 of 5 words — 2 left"
    assert bids.answer_status(words, "- one two three", safe=True).count == 4
    pages = bids.add_question(workspace, bid.id, limit_kind="pages", limit_value=2)
    assert bids.answer_status(pages, "text").message == "page estimate not available yet"
    status = bids.answer_status(pages, "Some words. " * 200, estimator=RoughPageEstimator())
    assert status.kind == "pages" and status.message.startswith("about ")
    assert status.message.endswith("of 2 pages")


# ------------------------------------------------------------ from data

def test_the_example_tender_loads(workspace, outcomes):
    data = json.loads((resources_dir() / "example" / "tender.json").read_text("utf-8"))
    data.pop("commitments")  # the example adds these itself, once it has the framework
    bid = bids.add_bid_from_data(workspace, data, today=TODAY)
    assert bid.deadline == "2026-03-26"
    assert bids.describe_deadline(bid, TODAY) == "due in 24 days"
    questions = bids.questions_for_bid(workspace, bid.id)
    assert len(questions) >= 4
    kinds = {q.limit_kind for q in questions}
    assert {"words", "characters", "pages"} <= kinds
    assert sum(q.weighting_percent for q in questions) == bid.sv_weighting_percent
    for question in questions:
        assert "0 –" in question.guidance and "5 – Excellent" in question.guidance
        split = split_questions(f"{question.ref}\n{question.text}\n{question.guidance}")
        assert split[0].descriptors  # the scoring descriptors read as such
    assert workspace.history.undo_label() == "Add bid"
    workspace.undo()
    assert workspace.count("bid") == 0 and workspace.count("question") == 0


def test_bid_data_links_outcomes_by_ref_or_title(workspace, outcomes):
    framework_id = workspace.get(Theme, workspace.get(Outcome, outcomes[0]).theme_id) \
        .framework_id
    data = {"buyer": "Anytown", "deadline": "2026-04-01", "questions": [
        {"ref": "SV1", "text": "Tell us", "outcomes": ["3.1", "healthier lives"],
         "answer": "Draft"}]}
    bid = bids.add_bid_from_data(workspace, data, framework_id)
    question = bids.questions_for_bid(workspace, bid.id)[0]
    assert bid.framework_id == framework_id
    assert sorted(bids.question_outcomes(workspace, question.id)) == [outcomes[0], outcomes[2]]
    assert bids.answer_for(workspace, question.id).body_markdown == "Draft"
    without = bids.add_bid_from_data(workspace, data)  # no framework: links are skipped
    assert bids.question_outcomes(workspace, bids.questions_for_bid(workspace,
                                                                    without.id)[0].id) == []


@pytest.mark.parametrize(("data", "message"), [
    ({"buyer": "A", "colour": "red"}, "unknown fields"),
    ({"questions": [{"ref": "SV1", "size": 3}]}, "unknown fields"),
    ({"questions": "SV1"}, "must be a list"),
    ({"deadline": "2026-01-01", "deadline_days_from_today": 3}, "not both"),
    ({"status": "pending"}, "mistake"),
    ({"questions": [{"ref": "SV1", "outcomes": ["9.9"]}]}, "not in the framework"),
])
def test_bad_bid_data_adds_nothing(workspace, outcomes, data, message):
    framework_id = workspace.get(Theme, workspace.get(Outcome, outcomes[0]).theme_id) \
        .framework_id
    with pytest.raises(bids.BidDataError, match=message):
        bids.add_bid_from_data(workspace, data, framework_id)
    assert workspace.count("bid") == 0 and workspace.count("question") == 0
