"""Date boxes: typed the UK way, saved at once on leaving, explained when wrong, never emptied."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QToolButton

from svbidder.core.storage.records import Bid, EvidenceItem
from svbidder.core.storage.workspace import Workspace
from svbidder.gui.widgets.date_field import NOT_SET, DateField


def saved_deadline(path) -> str:
    """Read the bid's deadline from the workspace file itself."""
    with Workspace.open(path, read_only=True) as ws:
        return ws.find(Bid)[0].deadline


@pytest.fixture
def bid_page(window, tmp_path):
    path = tmp_path / "dates.svbid"
    Workspace.create(path, organisation_name="Millbrook Community Hub").close()
    assert window.open_path(path)
    window.show_page(window.bids_page)
    page = window.bids_page
    page.add_bid()
    page.path = path
    return page


def type_date(qtbot, box: DateField, text: str) -> None:
    box.edit.setFocus()
    box.edit.selectAll()
    qtbot.keyClicks(box.edit, text)


@pytest.mark.parametrize("typed", ["15/06/2027", "15 June 2027", "15 Jun 2027", "15/6/27"])
def test_a_typed_date_is_saved_even_when_the_person_moves_on_at_once(
        window, qtbot, bid_page, typed):
    type_date(qtbot, bid_page.deadline, typed)
    window.show_page(window.organisation_page)  # no waiting for the save timer
    assert saved_deadline(bid_page.path) == "2027-06-15"


def test_leaving_the_box_shows_the_date_in_the_usual_form(qtbot, bid_page):
    box = bid_page.deadline
    type_date(qtbot, box, "15/6/27")
    assert box.note.text() == "Tuesday 15 June 2027"  # what it was read as, while typing
    box.edit.editingFinished.emit()
    assert box.edit.text() == "15 Jun 2027"
    assert box.note.text() == ""


@pytest.mark.parametrize("typed, words", [
    ("31/06/2027", "June has only 30 days"),
    ("15/06/20", None),  # a real date (2020) is taken, not refused
    ("15/06", "Add the year"),
    ("next Friday", "Not a date"),
])
def test_unfinished_or_impossible_dates_are_explained_and_kept(window, qtbot, bid_page,
                                                               typed, words):
    box = bid_page.deadline
    type_date(qtbot, box, "1/9/2027")
    bid_page.binder.flush()
    type_date(qtbot, box, typed)
    if words is None:
        assert not box.has_problem()
        return
    assert box.has_problem() and words in box.note.text()
    assert box.note.objectName() == "problem" and box.note.isVisibleTo(bid_page)
    box.edit.editingFinished.emit()  # leaving the box does not throw the typing away
    assert box.edit.text() == typed
    window.show_page(window.organisation_page)
    assert saved_deadline(bid_page.path) == "2027-09-01"  # the last real date stays


def test_the_explanation_does_not_move_the_boxes_below(qtbot, bid_page):
    box = bid_page.deadline
    below = bid_page.deadline_note
    place = below.mapTo(bid_page, below.rect().topLeft())
    height = box.height()
    type_date(qtbot, box, "This is not a date at all, it is a long sentence")
    qtbot.wait(10)
    assert box.has_problem()
    assert below.mapTo(bid_page, below.rect().topLeft()) == place
    assert box.height() == height


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_one_key_clears_a_whole_selection_to_not_set(qtbot, bid_page, key):
    box = bid_page.deadline
    type_date(qtbot, box, "15/06/2027")
    bid_page.binder.flush()
    assert saved_deadline(bid_page.path) == "2027-06-15"
    box.edit.selectAll()
    qtbot.keyClick(box.edit, key)
    bid_page.binder.flush()
    assert box.edit.text() == "" and box.edit.placeholderText() == NOT_SET
    assert saved_deadline(bid_page.path) == ""
    assert not box.has_problem()


def test_the_clear_button_clears_too(qtbot, bid_page):
    box = bid_page.deadline
    box.setDate(date(2027, 6, 15))
    qtbot.wait(10)
    clear = box.edit.findChild(QToolButton)  # the little cross inside the box
    clear.click()
    bid_page.binder.flush()
    assert saved_deadline(bid_page.path) == ""


def test_the_calendar_opens_on_today_when_no_date_is_set(qtbot, bid_page):
    box = bid_page.deadline
    assert box.iso() == ""
    box.open_calendar()
    assert box.calendar.isVisible()
    assert box.calendar.selectedDate() == QDate.currentDate()
    assert box.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    box._menu.close()
    bid_page.binder.flush()
    assert saved_deadline(bid_page.path) == ""  # looking is not choosing


def test_the_calendar_opens_on_the_date_and_a_pick_is_saved_at_once(qtbot, bid_page):
    box = bid_page.deadline
    type_date(qtbot, box, "15/06/2027")
    box.open_calendar()
    assert box.calendar.selectedDate() == QDate(2027, 6, 15)
    box.calendar.clicked.emit(QDate(2027, 7, 2))  # no flush: picking saves at once
    assert saved_deadline(bid_page.path) == "2027-07-02"
    assert box.edit.text() == "2 Jul 2027"
    assert not box._menu.isVisible()


def test_alt_down_opens_the_calendar_from_the_keyboard(qtbot, bid_page):
    box = bid_page.deadline
    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert box.calendar is not None and box.calendar.isVisible()
    box._menu.close()


def test_showing_another_record_replaces_the_text_and_its_explanation(window, qtbot, bid_page):
    box = bid_page.deadline
    window.session.workspace.add(Bid(buyer="Second council", deadline="2028-01-31"))
    bid_page.refresh()
    type_date(qtbot, box, "32/01/2028")
    assert box.has_problem()
    rows = bid_page.records.list
    other = next(i for i in range(rows.count()) if "Second council" in rows.item(i).text())
    rows.setCurrentRow(other)
    assert box.edit.text() == "31 Jan 2028" and not box.has_problem()


def test_every_date_in_the_app_is_a_date_field(window):
    window.open_example()
    for _label, attribute, _needs in window._screens:
        window.show_page(getattr(window, attribute))
    assert window.findChildren(QDateEdit) == []
    boxes = window.findChildren(DateField)
    assert {window.bids_page.deadline, window.evidence_page.evidence_date,
            window.evidence_page.last_checked} <= set(boxes)
    for box in boxes:
        assert box.edit.accessibleName() and box.pick.accessibleName()


def test_evidence_dates_are_typed_the_same_way(window, qtbot, tmp_path):
    path = tmp_path / "evidence.svbid"
    Workspace.create(path).close()
    assert window.open_path(path)
    window.show_page(window.evidence_page)
    page = window.evidence_page
    page.add_evidence("figure")
    type_date(qtbot, page.evidence_date, "3 Sept 2026")
    type_date(qtbot, page.last_checked, "01/02/2027")
    window.show_page(window.organisation_page)
    with Workspace.open(path, read_only=True) as ws:
        item = ws.find(EvidenceItem)[0]
    assert (item.evidence_date, item.last_checked) == ("2026-09-03", "2027-02-01")


def test_a_read_only_workspace_cannot_change_dates(window, tmp_path):
    path = tmp_path / "shared.svbid"
    with Workspace.create(path) as ws:
        ws.add(Bid(buyer="Anytown", deadline="2027-06-15"))
    holder = Workspace.open(path)  # a colleague has it open
    try:
        window.open_path(path)
        window.show_page(window.bids_page)
        box = window.bids_page.deadline
        assert box.edit.text() == "15 Jun 2027"
        assert not box.isEnabled()
    finally:
        holder.close()
