"""Paste text or open a document, then ask svbidder to read it: the top half of
the dialogs that turn a buyer's own words into questions or priorities."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.documents.html import html_to_text

MAX_PASTE_CHARACTERS = 2_000_000
MAX_PASTED_HTML = 500_000  # read in under 50 ms here; a longer page pastes as plain text
DOCUMENT_FILTER = ("Word, PDF, web page, text or Markdown "
                   "(*.docx *.pdf *.html *.htm *.txt *.md);;Word documents (*.docx);;"
                   "PDF files (*.pdf);;Web pages (*.html *.htm);;All files (*)")
SHEET_FILTER = ("Word, PDF, web page, spreadsheet, text or Markdown "
                "(*.docx *.pdf *.html *.htm *.xlsx *.csv *.txt *.md);;Word documents (*.docx);;"
                "PDF files (*.pdf);;Web pages (*.html *.htm);;Spreadsheets (*.xlsx *.csv);;"
                "All files (*)")


class PasteBox(QPlainTextEdit):
    """A plain text box that, given a web page or Word text, keeps its structure.

    A browser's plain-text copy drops list bullets and which lines were headings,
    so a pasted list of priorities arrives as loose lines. The HTML copy beside it
    still has them: this box pastes that as text with bullets, numbers and
    Markdown headings (see :mod:`svbidder.core.documents.html`), falling back to
    the plain text when there is no HTML, it holds no text, or it is longer than
    the GUI thread can read at once (a paste must not stall the window).
    """

    def insertFromMimeData(self, source: QMimeData | None) -> None:  # noqa: N802 (Qt)
        html = source.html() if source is not None and source.hasHtml() else ""
        if html and len(html) <= MAX_PASTED_HTML:
            text = html_to_text(html)
            if text.strip():
                self.insertPlainText(text)
                return
        super().insertFromMimeData(source)


class PasteOrOpen(QWidget):
    """Emits ``textReady(text)`` when asked to read pasted text (not too long), or
    ``problem(message)``; and ``fileChosen(path)`` when a document is opened."""

    textReady = Signal(str)
    fileChosen = Signal(Path)
    problem = Signal(str)

    def __init__(self, *, what: str, placeholder: str, find_label: str, too_long: str,
                 folder: Path, spreadsheets: bool = False, keep_structure: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._filter = SHEET_FILTER if spreadsheets else DOCUMENT_FILTER
        self._too_long = too_long
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # keep_structure: read a web page's or Word's lists and headings from its HTML
        self.text = PasteBox() if keep_structure else QPlainTextEdit()
        self.text.setAccessibleName(what)
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)
        column.addWidget(self.text, 1)
        row = QHBoxLayout()
        open_button = QPushButton("Open a document…")
        open_button.setToolTip("A Word (.docx), PDF, saved web page (.html), text or Markdown "
                               "file"
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
