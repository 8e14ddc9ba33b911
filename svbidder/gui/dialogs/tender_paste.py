"""Paste a tender's social value section (or open it) and turn it into questions.

The person sees every question found, with its limit and weighting, can correct
or untick any of them, and only then are they added, as one undo step. Finding
the questions runs on a worker thread, so a long or odd paste never freezes the
window; editing the text meanwhile throws that result away.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SvBidderError
from ...core.numbers import format_number, parse_number
from ...core.storage.records import LIMIT_KINDS
from ...core.writing import tender as tender_split
from ..background import BackgroundJob
from ..widgets.paste_or_open import PasteOrOpen
from ..widgets.text import explanation

KIND_SHORT = {"": "No limit", "words": "Words", "characters": "Characters (with spaces)",
              "characters_no_spaces": "Characters (no spaces)", "pages": "Pages"}
COLUMNS = ("Add", "Ref", "Question", "Limit", "Amount", "Weighting %")


class TenderPasteDialog(QDialog):
    def __init__(self, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add questions from a tender")
        self.setMinimumSize(900, 640)
        self.found: list[tender_split.SplitQuestion] = []
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "Copy the social value section of the tender (the questions, their word or "
            "character limits and the scoring guidance) and paste it below, or open the "
            "tender document. svbidder finds each question and its limit for you to check."))
        self.source = PasteOrOpen(
            what="Tender text", placeholder="Paste the questions here…",
            find_label="Find the questions", folder=start_folder,
            too_long="That is far more text than a tender's social value section. Paste just "
                     "the questions.")
        self.text = self.source.text
        self._splitting = BackgroundJob("tender split", self)
        self.text.textChanged.connect(self._on_text_changed)
        self.source.textReady.connect(self._split)
        self.source.fileChosen.connect(self.load_file)
        column.addWidget(self.source, 2)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.source.problem.connect(self.status.setText)
        column.addWidget(self.status)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Questions found")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(True)
        column.addWidget(self.table, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton("Add these questions",
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    # ------------------------------------------------------------ reading

    def load_file(self, path: Path) -> None:
        """Read the document and find its questions on a worker thread: a long PDF
        takes a second or two, and the window must not freeze meanwhile."""
        self.status.setText(f"Reading “{path.name}”…")
        self.add_button.setEnabled(False)

        def read_and_split() -> tuple[str, list[tender_split.SplitQuestion]]:
            text = tender_split.read_tender_text(path)
            return text, tender_split.split_questions(text)

        self._splitting.run(read_and_split, self._show_document, self._read_failed)

    def _show_document(self, read: tuple[str, list[tender_split.SplitQuestion]]) -> None:
        text, found = read
        self.text.setPlainText(text)
        self._show_found(found)

    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, SvBidderError):
            self.add_button.setEnabled(bool(self.found))
            self.status.setText(f"⚠ {error}")
        else:
            self._split_failed(error)

    def find_questions(self) -> None:
        self.source.read_text()

    @property
    def busy(self) -> bool:
        """True while the questions are still being looked for."""
        return self._splitting.busy

    def _on_text_changed(self) -> None:
        if self._splitting.busy:  # the answer would be for text that is no longer there
            self._splitting.cancel()
            self.status.setText("")
            self.add_button.setEnabled(bool(self.found))

    def _split(self, text: str) -> None:
        self.status.setText("Looking for the questions…")
        self.add_button.setEnabled(False)  # until the rows shown match this text
        self._splitting.run(lambda: tender_split.split_questions(text), self._show_found,
                            self._split_failed)

    def _split_failed(self, _error: BaseException) -> None:
        self.add_button.setEnabled(bool(self.found))
        self.status.setText("⚠ svbidder could not read questions from this text. Add them "
                            "one by one instead; nothing has been added to the bid.")

    def _show_found(self, found: list[tender_split.SplitQuestion]) -> None:
        self.found = found
        self._fill_table()
        if not self.found:
            self.status.setText("No questions were found. Check the text includes the "
                                "questions themselves, or add them one by one instead.")
        else:
            limited = sum(1 for q in self.found if q.limit)
            self.status.setText(f"Found {len(self.found)} question(s), {limited} with a limit. "
                                "Check each row and correct anything that is wrong.")

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.found))
        for row, question in enumerate(self.found):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, tick)
            self.table.setItem(row, 1, QTableWidgetItem(question.ref))
            text_item = QTableWidgetItem(question.text)
            text_item.setToolTip(question.text[:1000])
            self.table.setItem(row, 2, text_item)
            kind = QComboBox()
            kind.setAccessibleName(f"Limit for question {question.ref or row + 1}")
            for key, label in KIND_SHORT.items():
                kind.addItem(label, key)
            kind.setCurrentIndex(kind.findData(question.limit.kind if question.limit else ""))
            self.table.setCellWidget(row, 3, kind)
            amount = format_number(question.limit.value) if question.limit else ""
            self.table.setItem(row, 4, QTableWidgetItem(amount))
            self.table.setItem(row, 5, QTableWidgetItem(format_number(question.weighting_percent)))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, 420)
        self.table.resizeRowsToContents()
        self.add_button.setEnabled(bool(self.found))

    # ------------------------------------------------------------ results

    def chosen_questions(self) -> list[tender_split.SplitQuestion]:
        """Each ticked question, with the person's corrections.

        Raises ValueError with a plain message when an amount is not a number.
        """
        chosen = []
        for row, question in enumerate(self.found):
            if self.table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            kind = self.table.cellWidget(row, 3).currentData()
            amount = parse_number(self.table.item(row, 4).text())
            limit = None
            if kind in LIMIT_KINDS and amount:
                old = question.limit
                same_kind = old is not None and old.kind == kind
                limit = replace(old, value=amount) if same_kind else tender_split.Limit(
                    kind=kind, value=amount)
            chosen.append(replace(
                question, ref=self.table.item(row, 1).text().strip(),
                text=self.table.item(row, 2).text().strip(), limit=limit,
                weighting_percent=parse_number(self.table.item(row, 5).text())))
        return chosen
