"""Type, then at once do something else: no typed edit may ever be lost.

One walk over the whole app. For every screen in the sidebar it finds every text
field a person can type in (search boxes aside), in every tab and for every kind
of record shown (by choosing each tab and each of the first rows of every list,
table and tree), so a new screen, tab or field is covered without being listed
here. Into each field it types something unique and then, without waiting for
any timer, switches screen, picks another record, ticks a box or closes the
window. Then it reads the workspace file itself and looks for what was typed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

pytestmark = pytest.mark.slow

ROWS_TRIED = 20  # of each list, table or tree: enough to meet every kind of record
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)


# ------------------------------------------------------------------ where things are

@dataclass(frozen=True)
class Step:
    """One choice a person makes to reach a field: a tab, or a row of a view."""

    kind: str  # "tab" or "row"
    widget: tuple[str, int]  # class name and index among the page's widgets of that class
    position: tuple  # tab index, or (row,), (row, column), or tree item number
    identity: object = None  # the record a row shows, so a re-sorted list is followed


@dataclass
class Field:
    screen: int
    path: tuple[Step, ...]
    signature: tuple
    description: str
    kind: str = "text"  # or "number" or "date": what a person would type there


@dataclass
class Walk:
    fields: dict[tuple, Field] = field(default_factory=dict)


def locate(page: QWidget, widget: QWidget) -> tuple[str, int]:
    cls = type(widget)
    return cls.__name__, page.findChildren(cls).index(widget)


def find(page: QWidget, locator: tuple[str, int]) -> QWidget:
    name, index = locator
    matches = [w for w in page.findChildren(QWidget) if type(w).__name__ == name]
    return matches[index]


def shown(widget: QWidget, window) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def is_search(widget: QWidget) -> bool:
    return widget.objectName() == "search" or widget.accessibleName().lower().startswith(
        ("search", "find"))


def editable_fields(page: QWidget, window) -> list[QWidget]:
    """Text fields the person can type in now, in creation order."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, TEXT_FIELDS) or not shown(widget, window):
            continue
        if widget.isReadOnly() or is_search(widget):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox):
            continue  # spin and date boxes refuse free text
        if isinstance(parent, QComboBox) and is_search(parent):
            continue
        found.append(widget)
    return found


def address(widget: QWidget, page: QWidget) -> tuple:
    """Where a widget sits in the screen's tree of widgets: stays the same when a panel
    rebuilds its fields, and tells apart two fields with the same label."""
    steps = []
    while widget is not None and widget is not page:
        parent = widget.parentWidget()
        siblings = [w for w in parent.findChildren(type(widget),
                                                   options=Qt.FindChildOption.FindDirectChildrenOnly)]
        steps.append((type(widget).__name__, siblings.index(widget)))
        widget = parent
    return tuple(reversed(steps))


def signatures(widgets: list[QWidget], page: QWidget) -> list[tuple]:
    result = []
    for widget in widgets:
        owner = widget.parentWidget() if isinstance(widget.parentWidget(), QComboBox) else widget
        name = owner.accessibleName() or owner.objectName() or owner.toolTip()[:40]
        result.append((type(widget).__name__, name, address(widget, page)))
    return result


def views(page: QWidget, window) -> list[QAbstractItemView]:
    return [view for view in page.findChildren(QAbstractItemView)
            if shown(view, window) and not isinstance(view, QHeaderView)
            and not isinstance(view.parentWidget(), QComboBox)
            and view.model() is not None and view.model().rowCount() > 0
            and view.selectionMode() != QAbstractItemView.SelectionMode.NoSelection]


def tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every item, parents before children, as the tree shows them."""
    found: list[QTreeWidgetItem] = []

    def add(item: QTreeWidgetItem) -> None:
        found.append(item)
        for number in range(item.childCount()):
            add(item.child(number))

    for number in range(tree.topLevelItemCount()):
        add(tree.topLevelItem(number))
    return found


def positions(view: QAbstractItemView, limit: int = ROWS_TRIED) -> list[tuple]:
    if isinstance(view, QTableWidget):
        return [(r, c) for r in range(min(view.rowCount(), limit))
                for c in range(min(view.columnCount(), limit))]
    if isinstance(view, QTreeWidget):
        return [(n,) for n in range(min(len(tree_items(view)), limit * 3))]
    return [(r,) for r in range(min(view.model().rowCount(), limit))]


def index_of(view: QAbstractItemView, position: tuple) -> QModelIndex:
    if isinstance(view, QTreeWidget):
        items = tree_items(view)
        return view.indexFromItem(items[position[0]]) if position[0] < len(items) \
            else QModelIndex()
    return view.model().index(position[0], position[1] if len(position) > 1 else 0)


def identity(view: QAbstractItemView, position: tuple) -> object:
    return index_of(view, position).data(Qt.ItemDataRole.UserRole)


def row_step(page: QWidget, view: QAbstractItemView, position: tuple) -> Step:
    return Step("row", locate(page, view), position, identity(view, position))


def choose(view: QAbstractItemView, position: tuple, wanted: object = None) -> None:
    if wanted is not None and identity(view, position) != wanted:
        position = next((p for p in positions(view, limit=10_000)
                         if identity(view, p) == wanted), position)
    view.selectionModel().setCurrentIndex(
        index_of(view, position), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def click(qtbot, view: QAbstractItemView, position: tuple) -> None:
    """As a person does: press on the row, which moves focus first, then selects."""
    index = index_of(view, position)
    view.scrollTo(index)
    rect = view.visualRect(index)
    if rect.isValid() and view.viewport().rect().contains(rect.center()):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        choose(view, position)


def current_position(view: QAbstractItemView) -> tuple:
    index = view.currentIndex()
    if isinstance(view, QTreeWidget):
        items = tree_items(view)
        return (items.index(view.currentItem()) if view.currentItem() in items else -1,)
    return (index.row(), index.column()) if isinstance(view, QTableWidget) else (index.row(),)


# ------------------------------------------------------------------ the walk

def go_to_screen(window, row: int) -> QWidget:
    window.sidebar.setCurrentRow(row)
    return window.stack.widget(row)


def replay(window, screen: int, path: tuple[Step, ...]) -> QWidget:
    page = go_to_screen(window, screen)
    for step in path:
        widget = find(page, step.widget)
        if step.kind == "tab":
            widget.setCurrentIndex(step.position[0])
        else:
            choose(widget, step.position, step.identity)
    return page


def note_fields(walk: Walk, window, screen: int, page: QWidget,
                path: tuple[Step, ...]) -> None:
    chosen = {step.widget for step in path}
    path = (*path, *(row_step(page, view, current_position(view))  # what else is chosen
                     for view in views(page, window)
                     if locate(page, view) not in chosen and view.currentIndex().isValid()))
    widgets = editable_fields(page, window)
    for widget, signature in zip(widgets, signatures(widgets, page), strict=True):
        key = (screen, signature)
        if key not in walk.fields:
            walk.fields[key] = Field(
                screen, path, signature,
                f"{window.sidebar.item(screen).text()} / {signature[1]} ({signature[0]})",
                kind=kind_of(widget))


def explore_tabs(walk: Walk, window, screen: int, path: tuple[Step, ...]) -> None:
    page = replay(window, screen, path)
    chosen = {step.widget for step in path}
    open_tabs = [tabs for tabs in page.findChildren(QTabWidget)
                 if shown(tabs, window) and locate(page, tabs) not in chosen]
    if not open_tabs:
        explore_views(walk, window, screen, path)
        return
    tabs = open_tabs[0]
    for index in range(tabs.count()):
        if tabs.isTabEnabled(index):
            explore_tabs(walk, window, screen,
                         (*path, Step("tab", locate(page, tabs), (index,))))


def explore_views(walk: Walk, window, screen: int, path: tuple[Step, ...],
                  only: set | None = None) -> None:
    """Note the fields shown, then choose each of the first rows of every view; where
    choosing a row fills another view (a question's commitments), go one level on."""
    page = replay(window, screen, path)
    note_fields(walk, window, screen, page, path)
    chosen = {step.widget for step in path}
    before = {locate(page, view) for view in views(page, window)}
    for locator in sorted(before - chosen):
        if only is not None and locator not in only:
            continue
        for position in positions(find(page, locator)):
            step_path = (*path, row_step(page, find(page, locator), position))
            page = replay(window, screen, step_path)
            note_fields(walk, window, screen, page, step_path)
            if only is None:
                newly = {locate(page, view) for view in views(page, window)} - before
                if newly:
                    explore_views(walk, window, screen, step_path, only=newly)
            page = replay(window, screen, path)


def walk_app(window) -> Walk:
    walk = Walk()
    for screen in range(window.sidebar.count()):
        if not window.sidebar.item(screen).isHidden():
            explore_tabs(walk, window, screen, ())
    return walk


# ------------------------------------------------------------------ typing and reading

def kind_of(widget: QWidget) -> str:
    if widget.property("numberField"):
        return "number"
    return "date" if widget.property("dateField") else "text"


class Tokens:
    """Something unique to type: what the person types, and what the file then holds."""

    def __init__(self) -> None:
        self.number = 917100

    def next(self, kind: str) -> tuple[str, str]:
        self.number += 1
        if kind == "date":
            day = date(2031, 1, 1) + timedelta(days=self.number - 917100)
            return f"{day.day}/{day.month}/{day.year}", day.isoformat()
        text = str(self.number) if kind == "number" else f"Qz{self.number}x"
        return text, text


def find_field(window, item: Field) -> QWidget:
    page = replay(window, item.screen, item.path)
    widgets = editable_fields(page, window)
    for widget, signature in zip(widgets, signatures(widgets, page), strict=True):
        if signature == item.signature:
            return widget
    raise AssertionError(f"{item.description} could not be found again; "
                         f"shown: {[sig[:2] for sig in signatures(widgets, page)]}, "
                         f"path {item.path}")


def type_into(qtbot, widget: QWidget, token: str, kind: str) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    if isinstance(widget, QLineEdit):
        if kind != "text":
            widget.selectAll()
        else:
            widget.end(False)
    else:
        cursor = widget.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        widget.setTextCursor(cursor)
        token = " " + token
    qtbot.keyClicks(widget, token)


def workspace_text(path: Path) -> str:
    """Everything stored in the workspace file, read straight from disk."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        parts = []
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                parts.extend(str(value) for value in row if value is not None)
        return "\n".join(parts)
    finally:
        connection.close()


def other_screen(window, screen: int) -> None:
    rows = [r for r in range(window.sidebar.count())
            if r != screen and not window.sidebar.item(r).isHidden()]
    window.sidebar.setCurrentRow(rows[0])


def another_record(window, page: QWidget, qtbot) -> bool:
    """Click a different row or square: in a list of records (such as the activities)
    where the screen has one, else in the first table or tree."""
    shown_views = views(page, window)
    records = [view for view in shown_views if view.objectName() == "recordList"]
    for view in records or shown_views:
        now = current_position(view)
        for position in positions(view):
            if position != now:
                click(qtbot, view, position)
                return True
    return False


def tick_a_box(window, page: QWidget, qtbot) -> Callable[[], None] | None:
    """Tick (or untick) the first box on the screen: a check box or a ticked list row.
    Returns how to put it back, so the next field finds the screen as it was."""
    for box in page.findChildren(QCheckBox):
        if shown(box, window):
            before = box.isChecked()
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
            assert box.isChecked() != before, f"{box.text()} could not be ticked"
            return lambda: box.isVisible() and box.click()
    for view in page.findChildren(QListWidget):
        if not shown(view, window):
            continue
        for row in range(view.count()):
            item = view.item(row)
            ticked = item.data(Qt.ItemDataRole.CheckStateRole)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and ticked is not None:
                state = item.checkState()
                view.scrollToItem(item)
                rect = view.visualItemRect(item)
                box = view.style().subElementRect(
                    view.style().SubElement.SE_ItemViewItemCheckIndicator,
                    item_option(view, rect), view)
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                                 pos=box.center() if box.isValid() else rect.topLeft() + QPoint(
                                     10, rect.height() // 2))
                assert view.item(row).checkState() != state, f"{row} could not be ticked"
                return lambda: window.session.change(lambda ws: ws.undo())
    return None


def item_option(view: QListWidget, rect) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return option


INTERRUPTIONS: dict[str, Callable] = {
    "switches screen": lambda window, item, page, qtbot: other_screen(window, item.screen)
    or True,
    "picks another record": lambda window, item, page, qtbot: another_record(window, page,
                                                                             qtbot),
    "ticks a box": lambda window, item, page, qtbot: tick_a_box(window, page, qtbot),
}


def grouped_by_state(fields: list[Field]) -> Iterator[list[Field]]:
    by_state: dict[tuple, list[Field]] = {}
    for item in fields:
        by_state.setdefault((item.screen, item.path), []).append(item)
    yield from by_state.values()


# ------------------------------------------------------------------ the test

def with_every_kind_of_record(session) -> None:
    """The example has no commitments yet; give each question one so their form is walked."""
    from svbidder.core.storage.records import Question
    from svbidder.core.writing.commitments import add_commitment

    for question in session.workspace.find(Question):
        session.change(lambda ws, q=question: add_commitment(
            ws, q.bid_id, question_id=q.id, measure_text="Local people trained", target=4,
            unit="people"))


def test_every_typed_edit_survives_an_immediate_interruption(make_window, qtbot):
    window = make_window()
    window.resize(1366, 768)
    with qtbot.waitActive(window):  # so focus moves as it does for a person
        window.activateWindow()
    window.open_example()
    with_every_kind_of_record(window.session)
    path = window.session.workspace.path
    walk = walk_app(window)
    fields = list(walk.fields.values())
    screens = {window.sidebar.item(item.screen).text() for item in fields}
    # the walk must really reach the app: every data screen and its main forms
    assert {"Our organisation", "What we do", "Evidence", "What the council wants", "Map",
            "Bids", "Write answers"} <= screens, screens
    assert len(fields) >= 60, [item.description for item in fields]

    tokens = Tokens()
    lost: list[str] = []
    tried = 0
    for item in fields:
        for name, interrupt in INTERRUPTIONS.items():
            widget = find_field(window, item)
            page = window.stack.currentWidget()
            typed, token = tokens.next(item.kind)
            type_into(qtbot, widget, typed, item.kind)
            assert QApplication.focusWidget() in (widget, widget.parentWidget())
            done = interrupt(window, item, page, qtbot)
            if not done:
                # nothing of that kind on this screen: undo by saving, try the next one
                window.session.flush()
                continue
            tried += 1
            if token not in workspace_text(path):
                lost.append(f"{item.description}: lost when the person {name}")
            if callable(done):
                done()
    assert tried >= 2 * len(fields)

    # closing the window: type into every field of one state, then close at once
    window.close()
    for state in grouped_by_state(fields):
        window = make_window()
        window.resize(1366, 768)
        window.open_path(path)
        typed = []
        for item in state:
            widget = find_field(window, item)
            text, token = tokens.next(item.kind)
            type_into(qtbot, widget, text, item.kind)
            typed.append((item, token))
        window.close()
        stored = workspace_text(path)
        lost.extend(f"{item.description}: lost when the person closed the window"
                    for item, token in typed if token not in stored)
    assert not lost, "\n".join(lost)
