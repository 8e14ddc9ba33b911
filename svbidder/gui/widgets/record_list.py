"""A searchable list of records with add, duplicate, delete and reorder buttons.

Used by the screens that keep a list on the left and a form on the right. It
only displays and reports choices; the page does the changes through core.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordList(QWidget):
    """Signals: ``selected(id or None)``, ``searchChanged(text)``."""

    selected = Signal(object)
    searchChanged = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(f"Search {what}")
        self.search.setAccessibleName(f"Search {what}")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.searchChanged)
        column.addWidget(self.search)
        self.filters = QVBoxLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.filters)
        self.list = QListWidget()
        self.list.setObjectName("recordList")
        self.list.setAccessibleName(what.capitalize())
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_current)
        column.addWidget(self.list, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.buttons)

    def add_button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        self.buttons.addWidget(button)
        return button

    def show_items(self, items: Sequence[tuple[int, str, str]], keep: int | None = None) -> None:
        """Fill the list with ``(id, text, tooltip)``; reselect ``keep`` (or the current)."""
        keep = self.current_id() if keep is None else keep
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = -1
        for row, (record_id, text, tip) in enumerate(items):
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            item.setToolTip(tip)
            self.list.addItem(item)
            if record_id == keep:
                row_to_select = row
        if row_to_select < 0 and self.list.count():
            row_to_select = 0
        self.list.setCurrentRow(row_to_select)
        self.list.blockSignals(False)
        self.selected.emit(self.current_id())

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def current_row(self) -> int:
        return self.list.currentRow()

    def select_id(self, record_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == record_id:
                self.list.setCurrentRow(row)
                return

    def _on_current(self, current: QListWidgetItem | None, _previous) -> None:
        self.selected.emit(current.data(ID_ROLE) if current else None)
