"""Versions of answers: keeping, naming, comparing, restoring, copying between bids."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svbidder.core.errors import RecordNotFoundError
from svbidder.core.storage.records import Answer, Revision
from svbidder.core.writing import bids
from svbidder.core.writing import revisions as rv
from svbidder.core.writing.revisions import DiffSegment, RevisionError


@pytest.fixture
def bid(workspace):
    return bids.add_bid(workspace, buyer="Anytown Borough Council", reference="ABC/1",
                        contract_title="Community wellbeing")


@pytest.fixture
def question(workspace, bid):
    return bids.add_question(workspace, bid.id, ref="SV1",
                             text="How will you reduce loneliness among older residents?")


def _answer(workspace, question_id, text) -> Answer:
    return bids.save_answer(workspace, question_id, text, typing=False)


# ------------------------------------------------------------------ keeping

def test_snapshot_keeps_versions_newest_first_and_skips_identical(workspace, question):
    answer = _answer(workspace, question.id, "First draft.")
    first = rv.snapshot(workspace, answer.id, reason=rv.REASON_PAUSE)
    assert first is not None and first.body_markdown == "First draft."
    assert first.reason == "paused typing" and first.created_at
    assert rv.snapshot(workspace, answer.id, reason=rv.REASON_PAUSE) is None  # identical

    _answer(workspace, question.id, "Second draft.")
    second = rv.snapshot(workspace, answer.id, reason=rv.REASON_REQUEST)
    assert [r.id for r in rv.revisions_for(workspace, answer.id)] == [second.id, first.id]


def test_snapshot_of_nothing_is_not_kept(workspace, question):
    answer = _answer(workspace, question.id, "   ")
    assert rv.snapshot(workspace, answer.id, reason=rv.REASON_PAUSE) is None
    with pytest.raises(RecordNotFoundError):
        rv.snapshot(workspace, 999, reason=rv.REASON_PAUSE)


def test_named_versions(workspace, question):
    answer = _answer(workspace, question.id, "Our 500-word answer.")
    plain = rv.snapshot(workspace, answer.id, reason=rv.REASON_PAUSE)
    # naming text that is already the newest version names that version
    named = rv.snapshot(workspace, answer.id, reason=rv.REASON_REQUEST,
                        label="500-word version for Anytown")
    assert named.label == "500-word version for Anytown"
    versions = rv.revisions_for(workspace, answer.id)
    assert len(versions) == 1 and versions[0].created_at == plain.created_at
    assert rv.describe_revision(versions[0]).startswith("500-word version for Anytown (")
    # the same name again keeps nothing new; a different name keeps a second version
    assert rv.snapshot(workspace, answer.id, reason=rv.REASON_REQUEST,
                       label="500-word version for Anytown") is None
    assert rv.snapshot(workspace, answer.id, reason=rv.REASON_REQUEST,
                       label="For Eastfield") is not None

    renamed = rv.rename_revision(workspace, named.id, "  Anytown, 500 words ")
    assert renamed.label == "Anytown, 500 words"
    assert renamed.body_markdown == "Our 500-word answer."
    workspace.undo()
    assert {r.label for r in rv.revisions_for(workspace, answer.id)} == \
        {"500-word version for Anytown", "For Eastfield"}


def test_describe_revision_without_a_name():
    revision = Revision(created_at="2026-03-12T14:05:00", reason="before restore")
    assert rv.describe_revision(revision) == "12 Mar 2026, 14:05 — before restore"


# ---------------------------------------------------------------- restoring

def test_restore_keeps_the_current_text_first_and_is_one_undo_step(workspace, question):
    answer = _answer(workspace, question.id, "Version one.")
    old = rv.snapshot(workspace, answer.id, reason=rv.REASON_PAUSE)
    _answer(workspace, question.id, "Version two, much better.")

    restored = rv.restore(workspace, answer.id, old.id)
    assert restored.body_markdown == "Version one."
    newest = rv.revisions_for(workspace, answer.id)[0]
    assert newest.reason == "before restore"
    assert newest.body_markdown == "Version two, much better."
    assert workspace.history.undo_label() == "Restore an earlier version"

    workspace.undo()
    assert workspace.get(Answer, answer.id).body_markdown == "Version two, much better."
    assert [r.id for r in rv.revisions_for(workspace, answer.id)] == [old.id]
    workspace.redo()
    assert workspace.get(Answer, answer.id).body_markdown == "Version one."


def test_restore_refuses_another_answers_version(workspace, bid, question):
    other = bids.add_question(workspace, bid.id, ref="SV2", text="Jobs")
    mine = _answer(workspace, question.id, "Mine.")
    theirs = _answer(workspace, other.id, "Theirs.")
    version = rv.snapshot(workspace, theirs.id, reason=rv.REASON_PAUSE)
    with pytest.raises(RevisionError):
        rv.restore(workspace, mine.id, version.id)


# ---------------------------------------------------------------- comparing

def _old(segments):
    return "".join(s.text for s in segments if s.op != "insert")


def _new(segments):
    return "".join(s.text for s in segments if s.op != "delete")


def test_diff_words_marks_changed_words():
    old = "We will support 10 people by March."
    new = "We will support 12 local people by March 2027."
    segments = rv.diff_words(old, new)
    assert _old(segments) == old and _new(segments) == new
    assert DiffSegment("delete", "10") in segments
    assert DiffSegment("insert", "12 local") in segments
    assert segments[0] == DiffSegment("equal", "We will support ")
    assert all(s.text for s in segments)
    ops = [s.op for s in segments]
    assert all(a != b or a != "equal" for a, b in zip(ops, ops[1:], strict=False))


def test_diff_keeps_whitespace_and_line_breaks():
    old = "## Heading\n\n- one\n- two\n"
    new = "## Heading\n\n- one\n\n- two  \n"
    segments = rv.diff_words(old, new)
    assert _old(segments) == old and _new(segments) == new
    assert any(s.op != "equal" and not s.text.strip() for s in segments)


def test_diff_of_identical_and_empty_texts():
    assert rv.diff_words("Same text.", "Same text.") == [DiffSegment("equal", "Same text.")]
    assert rv.diff_words("", "") == []
    assert rv.diff_words("", "New") == [DiffSegment("insert", "New")]
    assert rv.diff_words("Old", "") == [DiffSegment("delete", "Old")]




_PIECES = st.sampled_from(list("ab cé\n\t-'’.,ŵ😀_") + ["word", "  ", "\n\n", "- ", "## "])
_TEXT = st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=40))


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT)
def test_diff_segments_reassemble_both_texts_exactly(old, new):
    segments = rv.diff_words(old, new)
    assert _old(segments) == old
    assert _new(segments) == new
    assert all(s.op in ("equal", "insert", "delete") and s.text for s in segments)


# ------------------------------------------------------------------ copying

def test_copy_answer_between_bids(workspace, bid, question):
    _answer(workspace, question.id, "Our befriending service reaches 85 people.")
    new_bid = bids.add_bid(workspace, buyer="Eastshire County Council", reference="EC/9")
    target = bids.add_question(workspace, new_bid.id, ref="Q4",
                               text="How will you reduce loneliness and isolation?")
    unrelated = bids.add_question(workspace, new_bid.id, ref="Q5", text="Carbon")

    choices = rv.answers_from_other_bids(workspace, target.id)
    assert [(b.id, q.id) for b, q, _ in choices] == [(bid.id, question.id)]

    copied = rv.copy_answer(workspace, question.id, target.id)
    assert copied.body_markdown == "Our befriending service reaches 85 people."
    assert rv.revisions_for(workspace, copied.id) == []  # the target was empty
    workspace.undo()
    assert bids.answer_for(workspace, target.id, create=False).body_markdown == ""

    # a target with text keeps it as a version first
    _answer(workspace, unrelated.id, "Our own carbon answer.")
    result = rv.copy_answer(workspace, question.id, unrelated.id)
    kept = rv.revisions_for(workspace, result.id)
    assert [k.body_markdown for k in kept] == ["Our own carbon answer."]
    assert kept[0].reason == rv.REASON_COPY


def test_copy_answer_refuses_nonsense(workspace, bid, question):
    other = bids.add_question(workspace, bid.id, ref="SV2", text="Jobs")
    with pytest.raises(RevisionError, match="no answer"):
        rv.copy_answer(workspace, other.id, question.id)
    with pytest.raises(RevisionError):
        rv.copy_answer(workspace, question.id, question.id)


def test_answers_from_other_bids_most_similar_first(workspace, bid, question):
    jobs = bids.add_question(workspace, bid.id, ref="SV2", text="How will you create jobs?")
    _answer(workspace, question.id, "Loneliness answer.")
    _answer(workspace, jobs.id, "Jobs answer.")
    bids.add_question(workspace, bid.id, ref="SV3", text="Empty one")
    new_bid = bids.add_bid(workspace, buyer="Eastshire")
    target = bids.add_question(workspace, new_bid.id, text="Tell us how you will create "
                                                           "local jobs and apprenticeships.")
    found = rv.answers_from_other_bids(workspace, target.id)
    assert [a.body_markdown for _, _, a in found] == ["Jobs answer.", "Loneliness answer."]
    # answers in the same bid are not offered
    assert rv.answers_from_other_bids(workspace, question.id) == []


def test_idle_snapshots_stay_out_of_undo(tmp_path):
    from svbidder.core.storage.workspace import Workspace
    from svbidder.core.writing.bids import add_bid, add_question, save_answer
    from svbidder.core.writing.revisions import revisions_for, snapshot

    with Workspace.create(tmp_path / "idle.svbid") as ws:
        bid = add_bid(ws)
        question = add_question(ws, bid.id)
        save_answer(ws, question.id, "First words.")
        answer = save_answer(ws, question.id, "First words, then more.", typing=False)
        label_before = ws.history.undo_label()
        kept = snapshot(ws, answer.id, reason="pause", undoable=False)
        assert kept is not None
        assert ws.history.undo_label() == label_before
        ws.undo()  # takes back the typing, not the version
        assert ws.get(type(answer), answer.id).body_markdown == "First words."
        assert [r.id for r in revisions_for(ws, answer.id)] == [kept.id]


def test_renaming_a_version_keeps_its_id(tmp_path):
    from svbidder.core.storage.workspace import Workspace
    from svbidder.core.writing.bids import add_bid, add_question, save_answer
    from svbidder.core.writing.revisions import rename_revision, snapshot

    with Workspace.create(tmp_path / "name.svbid") as ws:
        bid = add_bid(ws)
        question = add_question(ws, bid.id)
        answer = save_answer(ws, question.id, "Text.")
        kept = snapshot(ws, answer.id, reason="asked")
        renamed = rename_revision(ws, kept.id, "500-word version for Anytown")
        assert renamed.id == kept.id and renamed.label == "500-word version for Anytown"
        ws.undo()
        assert ws.get(type(kept), kept.id).label == ""
