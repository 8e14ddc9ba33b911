"""Every count shown follows the saved answer, whatever changed it (issue 14, item 13).

Each route that changes an answer is tried without a further keystroke: the
question list on Write answers, the list on Bids → Questions and the count bar
must all show the new count.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing.bids import add_bid, add_question, answer_for, save_answer

SAVE_WAIT_MS = 3000


@pytest.fixture
def page(window, tmp_path):
    path = tmp_path / "counts.svbid"
    with Workspace.create(path) as ws:
        bid = add_bid(ws, contract_title="Community Wellbeing Service", buyer="Anytown BC")
        add_question(ws, bid.id, ref="SV1", text="How will you reduce loneliness?",
                     limit_kind="words", limit_value=500)
        add_question(ws, bid.id, ref="SV2", text="How will you support local jobs?",
                     limit_kind="characters", limit_value=2000)
    assert window.open_path(path)
    window.show_page(window.write_page)
    write = window.write_page
    write.question_list.setCurrentRow(0)
    assert write.question.ref == "SV1"
    return write


def write_label(page, ref: str) -> str:
    for row in range(page.question_list.count()):
        text = page.question_list.item(row).text()
        if text.startswith(ref):
            return text
    raise AssertionError(f"{ref} is not in the Write answers list")


def bids_label(window, ref: str) -> str:
    questions = window.bids_page.questions
    records = questions.records.list
    for row in range(records.count()):
        text = records.item(row).text()
        if text.startswith(ref):
            return text
    raise AssertionError(f"{ref} is not in the Bids → Questions list")


def assert_counts_everywhere(window, page, expected: str) -> None:
    """SV1's count reads ``expected`` (e.g. "5 of 500 words") in both lists and the bar."""
    assert expected in write_label(page, "SV1")
    assert expected in bids_label(window, "SV1")
    assert page.count_bar.message.text().startswith(expected)


def wait_for_count(qtbot, window, page, expected: str) -> None:
    """No keystroke: the save after the typing pause must bring every count up to date."""
    qtbot.waitUntil(lambda: expected in write_label(page, "SV1"), timeout=SAVE_WAIT_MS)
    assert_counts_everywhere(window, page, expected)


def test_both_lists_start_from_the_saved_answers(window, page):
    assert "0 of 500 words" in write_label(page, "SV1")
    assert "0 of 2,000 characters" in write_label(page, "SV2")
    assert "0 of 500 words" in bids_label(window, "SV1")
    assert "0 of 2,000 characters" in bids_label(window, "SV2")


def test_typing_updates_the_lists_after_the_pause(window, page, qtbot):
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "We run a lunch club")
    assert page.count_bar.message.text().startswith("5 of 500 words")  # at once
    wait_for_count(qtbot, window, page, "5 of 500 words")


def test_build_a_draft_updates_every_count(window, page, qtbot):
    first_prompt = next(iter(page.prompts._boxes.values()))
    first_prompt.setPlainText("Weekly lunch club for 40 older people.")
    page.prompts.build_draft()
    saved = answer_for(window.session.workspace, page.question.id, create=False)
    assert "Weekly lunch club for 40 older people." in saved.body_markdown
    words = page.editor.counts().words
    assert words >= 7
    assert_counts_everywhere(window, page, f"{words} of 500 words")
    assert "0 of 500 words" not in write_label(page, "SV1")


def test_restoring_a_version_updates_every_count(window, page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    save_answer(window.session.workspace, page.question.id, "One two three.", typing=False)
    assert_counts_everywhere(window, page, "3 of 500 words")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Short", True)))
    page.history.keep_now()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.editor, " Four five six seven.")
    page.flush()
    assert_counts_everywhere(window, page, "7 of 500 words")
    row = next(r for r in range(page.history.list.count())
               if page.history.list.item(r).text().startswith("Short"))
    page.history.list.setCurrentRow(row)
    page.history.restore()
    assert page.editor.toPlainText() == "One two three."
    assert_counts_everywhere(window, page, "3 of 500 words")


def test_undo_and_redo_update_every_count(window, page, qtbot):
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "First draft of the answer.")
    page.flush()
    assert_counts_everywhere(window, page, "5 of 500 words")
    window.sidebar.setFocus()
    window.action_undo.trigger()
    assert page.editor.toPlainText() == ""
    assert_counts_everywhere(window, page, "0 of 500 words")
    window.action_redo.trigger()
    assert page.editor.toPlainText() == "First draft of the answer."
    assert_counts_everywhere(window, page, "5 of 500 words")


def test_inserting_evidence_updates_every_count(window, page, qtbot):
    from svbidder.core.storage.records import Activity, EvidenceItem

    ws = window.session.workspace
    pantry = ws.add(Activity(title="Community pantry"))
    figure = ws.add(EvidenceItem(kind="figure", title="Households", value=412,
                                 unit="households", period="year", source="sign-in sheets"))
    ws.link("activity_evidence", pantry.id, figure.id)
    panel = page.material
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    panel.insert_button.click()
    assert page.editor.toPlainText() == "412 households a year (sign-in sheets)"
    wait_for_count(qtbot, window, page, "6 of 500 words")


def test_inserting_a_commitment_sentence_updates_every_count(window, page, qtbot):
    panel = page.commitments
    panel.add()
    qtbot.keyClicks(panel.measure_text, "local people supported into paid work")
    panel.target.setFocus()
    qtbot.keyClicks(panel.target, "12")
    qtbot.keyClicks(panel.unit, "people")
    qtbot.keyClicks(panel.timeframe, "by March 2027")
    panel.binder.flush()
    panel.insert()
    inserted = page.editor.toPlainText()
    assert "12" in inserted and "March 2027" in inserted
    words = page.editor.counts().words
    assert words > 3
    wait_for_count(qtbot, window, page, f"{words} of 500 words")


def test_a_change_from_elsewhere_updates_every_count(window, page):
    """Another window (or any code) saving the answer reaches the screens only through
    the session's dataChanged signal."""
    other = page.question_list.item(1)
    ws = window.session.workspace
    sv2 = next(q for q in ws.find(type(page.question)) if q.ref == "SV2")
    save_answer(ws, sv2.id, "Forty local jobs.", typing=False)  # not the open question
    assert "17 of 2,000 characters" in other.text()
    assert "17 of 2,000 characters" in bids_label(window, "SV2")
    save_answer(ws, page.question.id, "Lunch club twice a week.", typing=False)
    assert page.editor.toPlainText() == "Lunch club twice a week."
    assert_counts_everywhere(window, page, "5 of 500 words")
