"""Undo and redo: single changes, cascading deletes, typing bursts and batches."""

from __future__ import annotations

from pathlib import Path

import pytest

from svbidder.core.errors import RecordNotFoundError, SaveError
from svbidder.core.storage import history as history_module
from svbidder.core.storage.history import History, Operation, RowChange
from svbidder.core.storage.records import (
    Activity,
    Answer,
    Bid,
    Commitment,
    DeliveryRecord,
    EvidenceItem,
    Framework,
    Mapping,
    Measure,
    Organisation,
    Outcome,
    Question,
    Revision,
    Theme,
)
from svbidder.core.storage.workspace import Workspace

from .helpers import table_rows


def test_undo_redo_add(workspace: Workspace) -> None:
    added = workspace.add(Activity(title="Bwyd i bawb", position=3))
    assert workspace.history.undo_label() == "Add activity"
    operation = workspace.undo()
    assert operation is not None and operation.label == "Add activity"
    assert workspace.count("activity") == 0
    with pytest.raises(RecordNotFoundError):
        workspace.get(Activity, added.id)
    assert workspace.history.redo_label() == "Add activity"
    workspace.redo()
    assert workspace.get(Activity, added.id) == added
    assert workspace.undo() is not None and workspace.undo() is None


def test_undo_redo_update_restores_every_column(workspace: Workspace) -> None:
    first = workspace.add(Activity(title="Old", description="old text", volume_amount=5.0))
    workspace.update(Activity, first.id, title="New ŵ", volume_amount=None, label="Rename")
    changed = workspace.get(Activity, first.id)
    assert workspace.history.undo_label() == "Rename"
    workspace.undo()
    assert workspace.get(Activity, first.id) == first  # updated_at too
    workspace.redo()
    assert workspace.get(Activity, first.id) == changed


def test_update_without_change_is_not_an_undo_step(workspace: Workspace) -> None:
    record = workspace.add(Activity(title="Same"))
    workspace.update(Activity, record.id, title="Same")
    assert workspace.undo().label == "Add activity"
    assert workspace.undo() is None


def _framework_tree(ws: Workspace) -> dict[str, int]:
    """A framework with everything that can hang off it, and a bid that uses it."""
    framework = ws.add(Framework(name="TOMs 🎉", key="toms"))
    other = ws.add(Framework(name="Other"))
    ids: dict[str, int] = {"framework": framework.id, "other": other.id}
    activity = ws.add(Activity(title="Clwb"))
    evidence = ws.add(EvidenceItem(title="Ffigur"))
    bid = ws.add(Bid(buyer="Cyngor Sir", framework_id=framework.id))
    question = ws.add(Question(bid_id=bid.id, text="Sut?"))
    ids.update(activity=activity.id, bid=bid.id, question=question.id)
    for t in range(2):
        theme = ws.add(Theme(framework_id=framework.id, title=f"Thema {t}", position=t))
        for o in range(2):
            outcome = ws.add(Outcome(theme_id=theme.id, title=f"Canlyniad {t}.{o}"))
            measure = ws.add(Measure(outcome_id=outcome.id, name=f"Mesur {t}.{o}",
                                     value_per_unit=1.5))
            mapping = ws.add(Mapping(activity_id=activity.id, outcome_id=outcome.id,
                                     status="confirmed"))
            ws.link("mapping_evidence", mapping.id, evidence.id)
            ws.link("question_outcome", question.id, outcome.id)
            # Refers to an outcome and a measure that both go with the framework.
            commitment = ws.add(Commitment(bid_id=bid.id, question_id=question.id,
                                           outcome_id=outcome.id, measure_id=measure.id,
                                           measure_text="Swyddi lleol", target=3.0))
            ws.add(DeliveryRecord(commitment_id=commitment.id, achieved=1.0))
    ws.add(Theme(framework_id=other.id, title="untouched"))
    return ids


def test_undo_cascading_delete_restores_everything(workspace: Workspace) -> None:
    ids = _framework_tree(workspace)
    before = table_rows(workspace.path)

    workspace.delete(Framework, ids["framework"], label="Delete TOMs")
    after = table_rows(workspace.path)
    assert workspace.count("framework") == 1
    assert [t.title for t in workspace.find(Theme)] == ["untouched"]
    for table in ("outcome", "measure", "mapping", "mapping_evidence", "question_outcome"):
        assert workspace.count(table) == 0, table
    assert workspace.get(Bid, ids["bid"]).framework_id is None  # ON DELETE SET NULL
    commitments = workspace.find(Commitment)
    assert len(commitments) == 4
    assert all(c.outcome_id is None and c.measure_id is None for c in commitments)
    assert workspace.count("delivery_record") == 4

    operation = workspace.undo()
    assert operation is not None and operation.label == "Delete TOMs"
    assert table_rows(workspace.path) == before
    workspace.redo()
    assert table_rows(workspace.path) == after
    workspace.undo()
    assert table_rows(workspace.path) == before
    workspace.close()
    assert table_rows(workspace.path) == before  # saved, not just in memory


def test_undo_delete_of_bid_with_commitments_tied_to_questions(workspace: Workspace) -> None:
    framework = workspace.add(Framework(name="F"))
    bid = workspace.add(Bid(buyer="Cyngor", framework_id=framework.id))
    for q in range(2):
        question = workspace.add(Question(bid_id=bid.id, text=f"Q{q}", position=q))
        answer = workspace.add(Answer(question_id=question.id, body_markdown="**Ateb** ŵ"))
        workspace.add(Revision(answer_id=answer.id, body_markdown="drafft", label="v1"))
        commitment = workspace.add(Commitment(bid_id=bid.id, question_id=question.id))
        workspace.add(DeliveryRecord(commitment_id=commitment.id, note="Ch1"))
    workspace.add(Bid(buyer="Another"))
    before = table_rows(workspace.path)

    workspace.delete(Bid, bid.id)
    after = table_rows(workspace.path)
    assert [b.buyer for b in workspace.find(Bid)] == ["Another"]
    for table in ("question", "answer", "revision", "commitment", "delivery_record"):
        assert workspace.count(table) == 0, table

    workspace.undo()
    assert table_rows(workspace.path) == before
    workspace.redo()
    assert table_rows(workspace.path) == after
    workspace.undo()
    assert table_rows(workspace.path) == before


def test_delete_missing_record(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFoundError, match="no longer exists"):
        workspace.delete(Activity, 999)
    assert workspace.undo() is None


def test_typing_coalesces_into_one_undo_step(workspace: Workspace) -> None:
    question = workspace.add(Question(bid_id=workspace.add(Bid()).id))
    answer = workspace.add(Answer(question_id=question.id, body_markdown="Start"))
    text = "Start"
    for letter in " typing ŵ🎉":
        text += letter
        workspace.update(Answer, answer.id, body_markdown=text, typing=True)
    assert workspace.get(Answer, answer.id).body_markdown == "Start typing ŵ🎉"
    workspace.undo()
    assert workspace.get(Answer, answer.id) == answer
    workspace.redo()
    assert workspace.get(Answer, answer.id).body_markdown == "Start typing ŵ🎉"
    workspace.undo()
    assert workspace.undo().label == "Add answer"


def test_typing_does_not_coalesce_across_fields_records_or_plain_edits(
        workspace: Workspace) -> None:
    one = workspace.add(Activity(title="a"))
    two = workspace.add(Activity(title="b"))
    workspace.update(Activity, one.id, title="a1", typing=True)
    workspace.update(Activity, one.id, title="a12", typing=True)  # joins the previous
    workspace.update(Activity, one.id, description="d", typing=True)  # another field
    workspace.update(Activity, two.id, title="b1", typing=True)  # another record
    workspace.update(Activity, two.id, title="b12")  # not typing
    workspace.update(Activity, two.id, title="b123")
    steps = [
        (two.id, "title", "b12"),
        (two.id, "title", "b1"),
        (two.id, "title", "b"),
        (one.id, "description", ""),
        (one.id, "title", "a"),  # both typing saves to the title went at once
    ]
    for record_id, column, value in steps:
        workspace.undo()
        assert getattr(workspace.get(Activity, record_id), column) == value
    assert workspace.undo().label == "Add activity"


def test_typing_after_a_pause_is_a_new_step(workspace: Workspace,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    record = workspace.add(Activity(title=""))
    monkeypatch.setattr(history_module, "COALESCE_SECONDS", -1.0)  # every save is "later"
    workspace.update(Activity, record.id, title="a", typing=True)
    workspace.update(Activity, record.id, title="ab", typing=True)
    workspace.undo()
    assert workspace.get(Activity, record.id).title == "a"


def test_redo_is_cleared_by_a_new_change(workspace: Workspace) -> None:
    workspace.add(Activity(title="one"))
    workspace.add(Activity(title="two"))
    workspace.undo()
    assert workspace.history.redo_label() == "Add activity"
    workspace.add(Activity(title="three"))
    assert workspace.history.redo_label() is None
    assert workspace.redo() is None
    assert [a.title for a in workspace.find(Activity)] == ["one", "three"]


def test_batch_is_one_undo_step(workspace: Workspace) -> None:
    seen: list[set[str]] = []
    workspace.add_listener(seen.append)
    before = table_rows(workspace.path)
    with workspace.batch("Import activities"):
        first = workspace.add(Activity(title="one"))
        workspace.add(Activity(title="two"))
        workspace.update(Organisation, 1, name="Newydd")
        with workspace.batch("inner"):  # joins the outer batch
            workspace.link("activity_evidence", first.id,
                           workspace.add(EvidenceItem(title="e")).id)
        assert seen == []  # listeners hear once, at the end
    after = table_rows(workspace.path)
    assert seen == [{"activity", "organisation", "evidence_item", "activity_evidence"}]
    assert workspace.history.undo_label() == "Import activities"
    workspace.undo()
    assert table_rows(workspace.path) == before
    workspace.redo()
    assert table_rows(workspace.path) == after
    workspace.undo()
    assert workspace.undo() is None  # the batch was the only step


def test_batch_is_all_or_nothing(workspace: Workspace) -> None:
    workspace.add(Activity(title="before"))
    before = table_rows(workspace.path)
    seen: list[set[str]] = []
    workspace.add_listener(seen.append)

    with pytest.raises(RuntimeError, match="stop"), workspace.batch("Fails half way"):
        workspace.add(Activity(title="lost"))
        workspace.update(Organisation, 1, name="lost too")
        raise RuntimeError("stop")
    assert table_rows(workspace.path) == before
    assert seen == []
    assert workspace.history.undo_label() == "Add activity"

    # A database error half way (a second answer to the same question) is a SaveError.
    question = workspace.add(Question(bid_id=workspace.add(Bid()).id))
    before = table_rows(workspace.path)
    with pytest.raises(SaveError), workspace.batch("Two answers"):
        workspace.add(Answer(question_id=question.id, body_markdown="first"))
        workspace.add(Answer(question_id=question.id, body_markdown="second"))
    assert table_rows(workspace.path) == before
    assert workspace.history.undo_label() == "Add question"

    # The workspace carries on normally afterwards.
    workspace.add(Activity(title="after"))
    workspace.undo()
    assert [a.title for a in workspace.find(Activity)] == ["before"]


def test_listeners_hear_changes_undo_and_redo(workspace: Workspace) -> None:
    seen: list[set[str]] = []
    workspace.add_listener(seen.append)
    record = workspace.add(Activity())
    workspace.update(Activity, record.id, title="x")
    workspace.undo()
    workspace.redo()
    workspace.link("activity_evidence", record.id, workspace.add(EvidenceItem()).id)
    assert seen == [{"activity"}] * 4 + [{"evidence_item"}, {"activity_evidence"}]


def test_undo_survives_reopen_as_saved_state(ws_path: Path) -> None:
    with Workspace.create(ws_path) as ws:
        ws.add(Activity(title="keep"))
        ws.add(Activity(title="undone"))
        ws.undo()
    with Workspace.open(ws_path) as ws:
        assert [a.title for a in ws.find(Activity)] == ["keep"]
        assert ws.undo() is None  # history is per session


# ------------------------------------------------------------ History itself


def _op(label: str, key: tuple | None = None, at: float = 0.0) -> Operation:
    return Operation(label, [RowChange("activity", {"id": 1}, {"title": label},
                                       {"title": label + "!"})], key, at)


def test_history_limits_its_length() -> None:
    history = History()
    for number in range(history_module.MAX_OPERATIONS + 50):
        history.record(_op(str(number), at=float(number * 10)))
    labels = []
    while (operation := history.pop_undo()) is not None:
        labels.append(operation.label)
    assert len(labels) == history_module.MAX_OPERATIONS
    assert labels[0] == str(history_module.MAX_OPERATIONS + 49)


def test_history_ignores_empty_operations_and_coalesces() -> None:
    history = History()
    history.record(Operation("nothing", []))
    assert history.undo_label() is None
    history.record(_op("a", ("activity", 1, ("title",)), at=1.0))
    history.record(_op("b", ("activity", 1, ("title",)), at=2.0))
    history.record(_op("c", ("activity", 1, ("title",)), at=2.0 + history_module.COALESCE_SECONDS
                       + 0.1))
    first = history.pop_undo()
    second = history.pop_undo()
    assert first.label == "c"
    assert second.label == "a"
    assert second.changes[0].before == {"title": "a"}
    assert second.changes[0].after == {"title": "b!"}
    history.clear()
    assert history.pop_redo() is None and history.pop_undo() is None
