"""Paste text or open a document, then ask svbidder to read it: the top half of
the dialogs that turn a buyer's own words into questions or priorities."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PASTE_CHARACTERS = 2_000_000
DOCUMENT_FILTER = ("Word, PDF, text or Markdown (*.docx *.pdf *.txt *.md);;"
                   "Word documents (*.docx);;PDF files (*.pdf);;All files (*)")
SHEET_FILTER = ("Word, PDF, spreadsheet, text or Markdown "
                "(*.docx *.pdf *.xlsx *.csv *.txt *.md);;Word documents (*.docx);;"
                "PDF files (*.pdf);;Spreadsheets (*.xlsx *.csv);;All files (*)")


class PasteOrOpen(QWidget):
    """Emits ``textReady(text)`` when asked to read pasted text (not too long), or
    ``problem(message)``; and ``fileChosen(path)`` when a document is opened."""

    textReady = Signal(str)
    fileChosen = Signal(Path)
    problem = Signal(str)

    def __init__(self, *, what: str, placeholder: str, find_label: str, too_long: str,
                 folder: Path, spreadsheets: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._filter = SHEET_FILTER if spreadsheets else DOCUMENT_FILTER
        self._too_long = too_long
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(what)
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)
        column.addWidget(self.text, 1)
        row = QHBoxLayout()
        open_button = QPushButton("Open a document…")
        open_button.setToolTip("A Word (.docx), PDF, text or Markdown file"
                               + (", or a spreadsheet of measures (.xlsx, .csv)"
                                  if spreadsheets else ""))
        open_button.clicked.connect(self.open_file)
        find_button = QPushButton(find_label)
        find_button.setDefault(True)
        find_button.clicked.connect(self.read_text)
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(find_button)
        column.addLayout(row)

    def open_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, "Open a document",
                                                      str(self._folder), self._filter)
        if chosen:
            self.fileChosen.emit(Path(chosen))

    def read_text(self) -> None:
        text = self.text.toPlainText()
        if len(text) > MAX_PASTE_CHARACTERS:
            self.problem.emit(f"⚠ {self._too_long}")
        else:
            self.textReady.emit(text)
