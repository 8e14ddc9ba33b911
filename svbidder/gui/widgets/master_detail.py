"""The shape most screens share: a searchable list on the left and, on the right,
either a short "nothing here yet" panel or the chosen record's form; plus the
list actions every such screen offers (copy, delete with undo, move up/down)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..session import WorkspaceSession
from .binder import FieldBinder
from .record_list import RecordList
from .text import ScaledLabel, explanation


def empty_state(title: str, text: str,
                actions: tuple[tuple[str, Callable[[], None]], ...] = ()
                ) -> tuple[QWidget, ScaledLabel]:
    """What the right-hand side shows when nothing is chosen: what goes here, an
    example, and buttons to start. Returns the panel and its title (which pages
    change, e.g. to "Nothing matches your search")."""
    panel = QWidget()
    column = QVBoxLayout(panel)
    column.setContentsMargins(24, 8, 8, 8)
    heading = ScaledLabel(title, scale=1.2, bold=True)
    column.addWidget(heading)
    column.addWidget(explanation(text))
    if actions:
        row = QHBoxLayout()
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
    column.addStretch(1)
    return panel, heading


def list_and_form(records: QWidget, empty: QWidget, form: QWidget,
                  sizes: tuple[int, int] = (320, 640)) -> tuple[QSplitter, QStackedWidget]:
    """A splitter with ``records`` on the left and a stack (0: ``empty``, 1: ``form``)."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(records)
    right = QStackedWidget()
    right.addWidget(empty)
    right.addWidget(form)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes(list(sizes))
    return splitter, right


class RecordActions:
    """Copy, delete and move for the record chosen in a list, each one undo step.

    ``refresh`` redraws the page's list afterwards; ``name`` says what the
    record is called, for the "you can undo" message.
    """

    def __init__(self, session: WorkspaceSession, records: RecordList, binder: FieldBinder,
                 refresh: Callable[[], None], name: Callable[[], str]) -> None:
        self.session = session
        self.records = records
        self.binder = binder
        self.refresh = refresh
        self.name = name

    def duplicate(self, make_copy: Callable[[Any, int], Any]) -> None:
        record_id = self.records.current_id()
        if record_id is None:
            return
        self.binder.flush()
        copy = self.session.change(lambda ws: make_copy(ws, record_id))
        if copy is not None:
            self.refresh()
            self.records.select_id(copy.id)

    def delete(self, remove: Callable[[Any, int], Any]) -> None:
        record_id = self.records.current_id()
        if record_id is None:
            return
        self.binder.flush()
        name = self.name()
        self.binder.load(None)
        self.session.change(lambda ws: remove(ws, record_id))
        self.session.tell(f"Deleted {name}. Choose Edit → Undo to bring it back.")

    def move(self, shift: Callable[[Any, int, int], Any], step: int) -> None:
        record_id = self.records.current_id()
        if record_id is None:
            return
        self.binder.flush()
        target = self.records.current_row() + step
        self.session.change(lambda ws: shift(ws, record_id, target))
        self.records.select_id(record_id)
