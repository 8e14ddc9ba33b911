"""Import activities from a CSV file, with a preview and row-by-row problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import DocumentError, read_bytes
from ...core.organisation import csv_import as core
from ...core.organisation.activities import describe_volume
from ..widgets.text import explanation


def read_csv_file(path: Path) -> core.CsvPreview | str:
    """The preview, or a plain message saying why the file could not be read."""
    try:
        data = read_bytes(path)  # the one reader's size limit and messages
    except DocumentError as exc:
        return str(exc)
    return core.parse_activities_csv(data, name=path.name)


class CsvImportDialog(QDialog):
    COLUMNS = ("Title", "What happens", "Who benefits", "How much")

    def __init__(self, preview: core.CsvPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(f"Import activities from {file_name}")
        self.setMinimumSize(820, 540)
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "Check the activities below before adding them. Nothing is added until you "
            "choose Import; you can undo the import afterwards too."))
        rows = preview.rows
        self.table = QTableWidget(len(rows), len(self.COLUMNS))
        self.table.setAccessibleName("Activities found in the file")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVerticalHeaderLabels([f"Line {row.line}" for row in rows])
        for index, row in enumerate(rows):
            activity = row.activity
            values = (activity.title, activity.description, activity.beneficiaries,
                      describe_volume(activity))
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(index, col, cell)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        column.addWidget(self.table, 2)
        if preview.errors:
            problems = QLabel(f"{len(preview.errors)} row(s) will be left out:")
            problems.setObjectName("problem")
            column.addWidget(problems)
            self.error_list = QListWidget()
            self.error_list.setAccessibleName("Rows that will be left out, and why")
            for error in preview.errors:
                self.error_list.addItem(error.message)
            column.addWidget(self.error_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            f"Import {len(rows)} activit{'y' if len(rows) == 1 else 'ies'}",
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
