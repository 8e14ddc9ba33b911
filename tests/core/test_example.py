"""The example workspace: Millbrook Community Hub, rebuilt from resources/example."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from svbidder.core.content.example import example_dir, write_example
from svbidder.core.content.interview import load_progress
from svbidder.core.errors import WorkspaceError
from svbidder.core.organisation.activities import all_activities, describe_volume
from svbidder.core.organisation.evidence import (
    all_evidence,
    is_stale,
    linked_activities,
    linked_evidence,
    needs_consent_warning,
    search_evidence,
)
from svbidder.core.storage.records import EVIDENCE_KINDS, Activity, EvidenceItem
from svbidder.core.storage.workspace import Workspace

TODAY = date(2026, 11, 25)


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Workspace]:
    workspace = write_example(tmp_path / "example.svbid", today=TODAY)
    try:
        yield workspace
    finally:
        workspace.close()


def test_organisation(example: Workspace) -> None:
    assert example.organisation().name == "Millbrook Community Hub"


def test_activities(example: Workspace) -> None:
    activities = all_activities(example)
    assert 6 <= len(activities) <= 10
    assert [a.position for a in activities] == list(range(len(activities)))
    titles = [a.title for a in activities]
    assert len(set(titles)) == len(titles)
    for wanted in ("café", "pantry", "befriending", "youth", "work"):
        assert any(wanted in t.lower() for t in titles), wanted
    for activity in activities:
        assert activity.description and activity.beneficiaries and activity.delivered_by
        assert activity.outcomes_text and activity.tags and activity.venue
        assert describe_volume(activity), activity.title
        assert activity.created_at


def test_evidence_covers_every_kind(example: Workspace) -> None:
    items = all_evidence(example)
    assert 10 <= len(items) <= 15
    assert {item.kind for item in items} == set(EVIDENCE_KINDS)
    for item in items:
        assert item.title and item.body and item.last_checked


def test_some_evidence_is_stale_and_some_fresh(example: Workspace) -> None:
    stale = search_evidence(example, stale_only=True, today=TODAY)
    assert 2 <= len(stale) < len(all_evidence(example))
    assert all(is_stale(item, TODAY) for item in stale)


def test_dates_follow_the_day_it_is_built(tmp_path: Path) -> None:
    later = date(2031, 6, 1)
    with write_example(tmp_path / "later.svbid", today=later) as ws:
        assert len(search_evidence(ws, stale_only=True, today=later)) == len(
            search_evidence(ws, stale_only=True, today=later.replace(day=2)))
        fresh = [i for i in all_evidence(ws) if not is_stale(i, later)]
        assert fresh and all(i.last_checked.startswith(("2030", "2031")) for i in fresh)


def test_consent(example: Workspace) -> None:
    stories = [i for i in all_evidence(example) if i.kind == "story"]
    assert any(needs_consent_warning(i) for i in stories)
    assert any(i.personal_data and i.consent_recorded for i in stories)


def test_evaluation_has_a_ratio(example: Workspace) -> None:
    evaluations = [i for i in all_evidence(example) if i.kind == "evaluation"]
    assert evaluations and all(i.ratio and i.evaluator for i in evaluations)


def test_links(example: Workspace) -> None:
    raw = json.loads((example_dir() / "evidence.json").read_text(encoding="utf-8"))
    by_title = {item.title: item for item in all_evidence(example)}
    for entry in raw:
        linked = {a.title for a in linked_activities(example, by_title[entry["title"]].id)}
        assert linked == set(entry["activities"])
    befriending = next(a for a in all_activities(example) if "befriending" in a.title.lower())
    assert len(linked_evidence(example, befriending.id)) >= 3


def test_fresh_copy_has_nothing_to_undo_and_no_interview(example: Workspace) -> None:
    assert example.history.undo_label() is None
    assert load_progress(example).answers == {}


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "taken.svbid"
    target.write_text("mine")
    with pytest.raises(WorkspaceError):
        write_example(target)
    assert target.read_text() == "mine"


def test_default_today(tmp_path: Path) -> None:
    with write_example(tmp_path / "now.svbid") as ws:
        assert ws.count("activity") >= 6


def test_example_files_use_known_fields() -> None:
    activity_fields = set(Activity.column_names())
    for entry in json.loads((example_dir() / "activities.json").read_text(encoding="utf-8")):
        assert set(entry) <= activity_fields
    evidence_fields = set(EvidenceItem.column_names()) | {
        "activities", "last_checked_months_ago", "evidence_date_months_ago"}
    for entry in json.loads((example_dir() / "evidence.json").read_text(encoding="utf-8")):
        assert set(entry) <= evidence_fields


def test_bad_example_data_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("organisation.json", "activities.json", "evidence.json"):
        (data / name).write_text((example_dir() / name).read_text(encoding="utf-8"),
                                 encoding="utf-8")
    (data / "evidence.json").write_text(
        json.dumps([{"kind": "figure", "title": "x", "activities": ["No such activity"]}]),
        encoding="utf-8")
    monkeypatch.setattr("svbidder.core.content.example.example_dir", lambda: data)
    target = tmp_path / "bad.svbid"
    with pytest.raises(WorkspaceError, match="No such activity"):
        write_example(target)
    assert not target.exists()


def test_the_current_bid_has_model_answers_and_commitments(example: Workspace) -> None:
    """SV1 stays part-written (Exercise 3) and SV2 blank (Exercise 4); SV3 to SV5 are
    answered within their limits, and the bid has five complete commitments."""
    from svbidder.core.storage.records import Answer, Bid, Question
    from svbidder.core.writing.bids import answer_status
    from svbidder.core.writing.commitments import commitments_for_bid, is_complete
    from svbidder.core.writing.counting import RoughPageEstimator

    bid = next(b for b in example.find(Bid) if b.reference == "ABC/2026/017")
    answers = {}
    for question in example.find(Question, bid_id=bid.id):
        found = example.find(Answer, question_id=question.id)
        answers[question.ref] = (question, found[0].body_markdown if found else "")
    assert answers["SV2"][1] == "" and answers["SV1"][1].endswith("## How we will show the "
                                                                  "difference\n\n")
    for ref in ("SV3", "SV4", "SV5"):
        question, body = answers[ref]
        assert len(body.split()) > 100, ref
        assert answer_status(question, body, estimator=RoughPageEstimator()).state != "over", ref
    commitments = commitments_for_bid(example, bid.id)
    assert len(commitments) == 5 and all(is_complete(c) for c in commitments)


def test_last_years_contract_tells_the_delivery_story(example: Workspace) -> None:
    from svbidder.core.delivery.status import contract_status
    from svbidder.core.storage.records import Bid

    bid = next(b for b in example.find(Bid) if b.reference == "ABC/2025/009")
    assert bid.status == "won"
    status = contract_status(example, bid.id, TODAY)
    assert status.contract.frequency == "quarterly" and len(status.periods) == 8
    ratings = {c.commitment.measure_text: c.rating for c in status.commitments}
    assert list(ratings.values()) == ["Good", "Approaching target", "Good",
                                      "Requires improvement"]
    behind = status.commitments[3].rows[1]
    assert behind.shortfall_reason and behind.recovery_action
    assert all(r.achieved is not None and r.confirmed for c in status.commitments
               for r in c.rows[:2])
    assert status.next_report.number == 3  # quarter 3 waits for its return
    assert status.value_to_date == 490 * 15.6  # only the one with the buyer's value
