"""Bids and their questions: editing, limits, pasting a tender, page estimates."""

from __future__ import annotations

from datetime import date, timedelta

from svbidder.core.storage.records import Bid, Question
from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing.bids import questions_for_bid

TENDER = """Social value questions

SV1 Tell us how you will support local people into work. (Maximum 500 words)
This question is worth 5%.

SV2 Describe how you will reduce loneliness among older residents.
Your answer must be no more than 2,000 characters including spaces. Weighting: 3%

SV3 Set out your delivery plan and how you will report progress. 2 sides of A4, Arial 11.
"""


def open_blank(window, tmp_path):
    path = tmp_path / "bids.svbid"
    Workspace.create(path, organisation_name="Millbrook Community Hub").close()
    assert window.open_path(path)
    window.show_page(window.bids_page)
    return window.bids_page


def test_new_bid_with_deadline_shows_days_remaining(window, qtbot, tmp_path):
    page = open_blank(window, tmp_path)
    assert page.right.currentIndex() == 0
    page.add_bid()
    qtbot.keyClicks(page.buyer, "Anytown Borough Council")
    page.deadline.setDate(date.today() + timedelta(days=12))
    page.binder.flush()
    bid = window.session.workspace.find(Bid)[0]
    assert bid.buyer == "Anytown Borough Council"
    assert bid.deadline == (date.today() + timedelta(days=12)).isoformat()
    assert "12 days" in page.deadline_note.text()
    assert "12 days" in page.records.list.item(0).text()


def test_status_and_weighting_are_saved(window, qtbot, tmp_path):
    page = open_blank(window, tmp_path)
    page.add_bid()
    page.status.setCurrentIndex(page.status.findData("submitted"))
    page.status.activated.emit(page.status.currentIndex())
    page.weighting.setFocus()
    qtbot.keyClicks(page.weighting, "10")
    page.binder.flush()
    bid = window.session.workspace.find(Bid)[0]
    assert bid.status == "submitted" and bid.sv_weighting_percent == 10


def test_add_question_and_set_a_word_limit(window, qtbot, tmp_path):
    page = open_blank(window, tmp_path)
    page.add_bid()
    panel = page.questions
    page.tabs.setCurrentWidget(panel)
    panel.add_question()
    panel.text.setPlainText("How will you help local people into work?")
    panel.limit_kind.setCurrentIndex(panel.limit_kind.findData("words"))
    panel.limit_kind.activated.emit(panel.limit_kind.currentIndex())
    assert panel.form.isRowVisible(panel.limit_row)
    assert not panel.form.isRowVisible(panel.page_paper)
    panel.limit_value.setFocus()
    qtbot.keyClicks(panel.limit_value, "500")
    panel.binder.flush()
    question = window.session.workspace.find(Question)[0]
    assert (question.limit_kind, question.limit_value) == ("words", 500)
    assert "500 words" in panel.records.list.item(0).text()


def test_pages_limit_shows_page_settings(window, tmp_path):
    page = open_blank(window, tmp_path)
    page.add_bid()
    panel = page.questions
    panel.add_question()
    panel.limit_kind.setCurrentIndex(panel.limit_kind.findData("pages"))
    panel.limit_kind.activated.emit(panel.limit_kind.currentIndex())
    assert panel.form.isRowVisible(panel.page_paper)
    assert panel.form.isRowVisible(panel.page_font)


def test_paste_tender_creates_questions_in_one_undo_step(window, tmp_path, monkeypatch, qtbot):
    from svbidder.gui.dialogs.tender_paste import TenderPasteDialog

    page = open_blank(window, tmp_path)
    page.add_bid()
    seen = {}

    def fake_exec(dialog):
        dialog.text.setPlainText(TENDER)
        dialog.find_questions()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)  # found on a worker thread
        seen["rows"] = dialog.table.rowCount()
        dialog.table.item(1, 1).setText("SV2a")  # the person corrects a reference
        return 1

    monkeypatch.setattr(TenderPasteDialog, "exec", fake_exec)
    page.questions.paste_from_tender()
    ws = window.session.workspace
    bid = ws.find(Bid)[0]
    questions = questions_for_bid(ws, bid.id)
    assert seen["rows"] == 3
    assert [q.ref for q in questions] == ["SV1", "SV2a", "SV3"]
    assert (questions[0].limit_kind, questions[0].limit_value) == ("words", 500)
    assert (questions[1].limit_kind, questions[1].limit_value) == ("characters", 2000)
    assert questions[2].limit_kind == "pages"
    window.sidebar.setFocus()
    window.action_undo.trigger()
    assert questions_for_bid(ws, bid.id) == []


def test_unticked_rows_are_left_out(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from svbidder.gui.dialogs.tender_paste import TenderPasteDialog

    dialog = TenderPasteDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(TENDER)
    dialog.find_questions()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(1, 4).setText("1,500")
    chosen = dialog.chosen_questions()
    assert [q.ref for q in chosen] == ["SV2", "SV3"]
    assert chosen[0].limit.value == 1500


def test_delete_bid_can_be_undone(window, tmp_path):
    page = open_blank(window, tmp_path)
    page.add_bid()
    page.delete_button.click()
    assert window.session.workspace.find(Bid) == []
    window.action_undo.trigger()
    assert len(window.session.workspace.find(Bid)) == 1


def test_qt_page_estimate_grows_with_text_and_font(qtbot):
    from svbidder.gui.page_layout import QtPageEstimator

    estimator = QtPageEstimator()
    paragraph = ("Our volunteers run weekly sessions for older people living alone. " * 8).strip()
    one = estimator.estimate(paragraph, "A4", "Arial", 11, 25.4)
    many = estimator.estimate("\n".join([paragraph] * 12), "A4", "Arial", 11, 25.4)
    larger = estimator.estimate("\n".join([paragraph] * 12), "A4", "Arial", 14, 25.4)
    assert estimator.estimate("", "A4", "Arial", 11, 25.4) == 0
    assert 0 < one < 0.25
    assert 1.0 < many < 2.5  # about 6,000 characters of Arial 11 is one and a bit pages
    assert larger > many * 1.3
