"""Map: the matrix, keyboard links, suggestions with reasons, notes, coverage and gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from svbidder.core.mapping.links import get_mapping, mappings_for
from svbidder.core.storage.records import Mapping


def open_map(window):
    window.open_example()
    window.show_page(window.map_page)
    return window.map_page


def cell_for(page, activity_title, outcome_ref):
    rows = [page.matrix.verticalHeaderItem(r).text() for r in range(page.matrix.rowCount())]
    columns = [page.matrix.horizontalHeaderItem(c).text()
               for c in range(page.matrix.columnCount())]
    return rows.index(activity_title), columns.index(outcome_ref)


def test_matrix_shows_the_examples_links_in_symbols_not_only_colour(window):
    page = open_map(window)
    assert page.matrix.rowCount() == 9
    row, column = cell_for(page, "Community café", "3.1")
    assert page.matrix.item(row, column).text() == "✓"
    row, column = cell_for(page, "Next Step volunteer-to-work programme", "1.3")
    assert page.matrix.item(row, column).text() == "✗"


def test_keyboard_links_and_undo(window, qtbot):
    page = open_map(window)
    row, column = cell_for(page, "Community pantry", "4.2")
    page.matrix.setCurrentCell(row, column)
    page.matrix.setFocus()
    qtbot.keyClick(page.matrix, Qt.Key.Key_C)
    ws = window.session.workspace
    activity_id, outcome_id = page.matrix.item(row, column).data(Qt.ItemDataRole.UserRole)
    assert get_mapping(ws, activity_id, outcome_id).status == "confirmed"
    qtbot.keyClick(page.matrix, Qt.Key.Key_Space)
    assert get_mapping(ws, activity_id, outcome_id).status == "rejected"
    window.action_undo.trigger()
    assert get_mapping(ws, activity_id, outcome_id).status == "confirmed"
    assert page.matrix.item(row, column).text() == "✓"


def test_suggestions_have_reasons_and_rejected_ones_stay_away(window):
    page = open_map(window)
    ws = window.session.workspace
    before = {key: m.status for key, m in mappings_for(ws, page.framework_id()).items()}
    page.suggest()
    after = mappings_for(ws, page.framework_id())
    suggested = [m for m in after.values() if m.status == "suggested"]
    assert suggested and all(m.reason for m in suggested)
    rejected = [key for key, status in before.items() if status == "rejected"]
    assert all(after[key].status == "rejected" for key in rejected)
    window.action_undo.trigger()
    assert not [m for m in ws.find(Mapping) if m.status == "suggested"]


def test_note_on_a_confirmed_link_is_saved(window, qtbot):
    page = open_map(window)
    row, column = cell_for(page, "Youth club", "5.2")
    page.matrix.setCurrentCell(row, column)
    assert page.note.isVisibleTo(page)
    page.note.selectAll()
    qtbot.keyClicks(page.note, "Weekly sessions for 11-16 year olds")
    window.session.flush()
    activity_id, outcome_id = page.matrix.item(row, column).data(Qt.ItemDataRole.UserRole)
    link = get_mapping(window.session.workspace, activity_id, outcome_id)
    assert link.note == "Weekly sessions for 11-16 year olds"


def test_one_theme_at_a_time(window):
    page = open_map(window)
    total = page.matrix.columnCount()
    page.theme_choice.setCurrentIndex(1)
    assert 0 < page.matrix.columnCount() < total


def test_coverage_and_gaps_are_in_words(window):
    page = open_map(window)
    tree = page.coverage_tree
    labels = [tree.topLevelItem(i).child(j).text(1) for i in range(tree.topLevelItemCount())
              for j in range(tree.topLevelItem(i).childCount())]
    assert any(label.startswith("Gap") for label in labels)
    assert page.gaps.topLevelItemCount() >= 1
    assert page.gaps.topLevelItem(0).childCount() >= 1


def test_by_activity_view_lists_outcomes_with_status(window):
    page = open_map(window)
    page.tabs.setCurrentIndex(1)
    page.activity_list.setCurrentRow(0)
    first = page.activity_links.topLevelItem(0)
    assert "Linked" in first.text(1)
