"""Choose one of the frameworks that come with svbidder, seeing what is provisional."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.priorities.frameworks import FrameworkData
from ..widgets.text import explanation


class BundledFrameworksDialog(QDialog):
    def __init__(self, frameworks: list[FrameworkData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a standard framework")
        self.setMinimumSize(820, 520)
        self.frameworks = frameworks
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "These frameworks come with svbidder, written in our own words from the "
            "publishers' documents. Governments revise them, so check the date and notes "
            "against the tender you are answering."))
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("recordList")
        self.list.setAccessibleName("Frameworks")
        for data in frameworks:
            themes, outcomes, _measures = _counts(data)
            item = QListWidgetItem(f"{data.name}\n{data.publisher} · as at {data.as_at} · "
                                   f"{themes} themes, {outcomes} outcomes")
            item.setData(Qt.ItemDataRole.UserRole, data.key)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show_details)
        self.list.itemActivated.connect(lambda _item: self.accept())
        row.addWidget(self.list, 3)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumWidth(280)
        row.addWidget(self.details, 2)
        column.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Add this framework", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        if frameworks:
            self.list.setCurrentRow(0)

    def _show_details(self, row: int) -> None:
        if row < 0:
            self.details.setText("")
            return
        data = self.frameworks[row]
        parts = [data.name, f"Published by {data.publisher}" if data.publisher else "",
                 f"As at {data.as_at}" if data.as_at else "",
                 f"Source: {data.source_address}" if data.source_address else "",
                 f"Provisional: {data.provisional_note}" if data.provisional_note else "",
                 f"Licence: {data.licence_note}" if data.licence_note else ""]
        self.details.setText("\n\n".join(p for p in parts if p))

    def chosen(self) -> FrameworkData | None:
        row = self.list.currentRow()
        return self.frameworks[row] if row >= 0 else None


def _counts(data: FrameworkData) -> tuple[int, int, int]:
    outcomes = [o for t in data.themes for o in t.outcomes]
    return len(data.themes), len(outcomes), sum(len(o.measures) for o in outcomes)
