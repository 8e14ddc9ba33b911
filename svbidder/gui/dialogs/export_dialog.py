"""Export: Word documents a council will accept, and plain text for portals.

Options are remembered per bid as they are changed. The document is written
to a temporary file and only replaces the target when complete; if the target
is open in Word or the folder is read-only, the person is told and can choose
another name. Exporting never changes the workspace.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SvBidderError
from ...core.storage.settings import save_settings
from ...core.writing.bids import bids_by_deadline, questions_for_bid
from ...export import ExportError, ExportOptions, export, load_options, save_options
from ...export.bid_document import question_heading
from ...export.options import (
    FONTS,
    LINE_SPACINGS,
    MAX_SIZE_PT,
    MIN_SIZE_PT,
    PAPERS,
    why_not_used,
)
from ..page_layout import page_estimator
from ..session import WorkspaceSession
from ..widgets.text import explanation

KINDS = (
    ("answers", "The bid answers (Word)",
     "A cover page, contents, each question with your answer and its count, and your "
     "commitments."),
    ("offer", "Social value offer on one page (Word)",
     "Who you are, the council priorities you help with, your commitments and how you will "
     "report, on one A4 page."),
    ("map", "What we do mapped to the council's priorities (Word)",
     "A table of your activities against the council's outcomes, with your notes."),
    ("text", "Plain text for a tendering website (.txt)",
     "Every answer as plain text to paste into a portal, with its counts."),
    ("progress", "Delivery progress report for a won contract (Word)",
     "What you committed and achieved to date, with ratings, evidence and recovery "
     "actions, for the council's contract manager."),
)
EXTENSIONS = {"answers": ".docx", "offer": ".docx", "map": ".docx", "text": ".txt",
              "progress": ".docx"}


class ExportDialog(QDialog):
    def __init__(self, session: WorkspaceSession, bid_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exported = None  # the last export's result (not QDialog.result(), its code)
        self.setWindowTitle("Export")
        self.setMinimumWidth(900)
        self._loading = False
        self._chosen_new_page: bool | None = None
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "Make documents to submit or share. They use Word's own styles, so they open "
            "cleanly in Word, LibreOffice and Google Docs."))
        form = QFormLayout()
        self.bid = QComboBox()
        self.bid.setAccessibleName("Bid to export")
        for bid in bids_by_deadline(session.workspace):
            self.bid.addItem(bid.contract_title or bid.reference or "(untitled bid)", bid.id)
        if bid_id is not None:
            self.bid.setCurrentIndex(max(self.bid.findData(bid_id), 0))
        self.bid.currentIndexChanged.connect(lambda _i: self._load_options())
        form.addRow("&Bid", self.bid)
        column.addLayout(form)

        kinds = QGroupBox("What to export")
        kinds_column = QVBoxLayout(kinds)
        self.kind_group = QButtonGroup(self)
        for index, (key, label, tip) in enumerate(KINDS):
            button = QRadioButton(label)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.setProperty("kind", key)
            self.kind_group.addButton(button, index)
            kinds_column.addWidget(button)
            note = QLabel(tip)
            note.setObjectName("hint")
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 4)
            kinds_column.addWidget(note)
        self.kind_group.button(0).setChecked(True)
        self.kind_group.idToggled.connect(lambda _i, _on: self._show_kind_options())
        column.addWidget(kinds)
        column.addWidget(self._build_options())
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export_now)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._load_options()

    def _build_options(self) -> QWidget:
        box = QGroupBox("How it looks")
        row = QHBoxLayout(box)
        form = QFormLayout()
        self.font = QComboBox()
        self.font.addItems(FONTS)
        form.addRow("&Font", self.font)
        self.size = QDoubleSpinBox()
        self.size.setRange(MIN_SIZE_PT, MAX_SIZE_PT)
        self.size.setDecimals(0)
        self.size.setSuffix(" pt")
        form.addRow("&Size", self.size)
        self.spacing = QComboBox()
        for value in LINE_SPACINGS:
            self.spacing.addItem({1.0: "Single", 1.15: "1.15 (Word's usual)", 1.5: "1.5",
                                  2.0: "Double"}.get(value, str(value)), value)
        form.addRow("&Line spacing", self.spacing)
        self.margins = QDoubleSpinBox()
        self.margins.setRange(12.7, 50.8)
        self.margins.setDecimals(1)
        self.margins.setSuffix(" mm")
        form.addRow("&Margins", self.margins)
        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        form.addRow("&Paper", self.paper)
        row.addLayout(form)
        checks = QVBoxLayout()
        self.include_question = QCheckBox("Include the question text")
        self.include_guidance = QCheckBox("Include the buyer's guidance")
        self.include_counts = QCheckBox("Include word or character counts")
        self.include_contents = QCheckBox("Include a contents page")
        self.include_commitments = QCheckBox("Include the commitments table")
        self.new_page = QCheckBox("Start each question on a new page")
        self.new_page_note = QLabel("")
        self.new_page_note.setObjectName("hint")
        self.new_page_note.setWordWrap(True)
        self.new_page_note.setContentsMargins(24, 0, 0, 0)
        self.plain_ascii = QCheckBox("Plain punctuation only (straight quotes, hyphens)")
        for box_ in (self.include_question, self.include_guidance, self.include_counts,
                     self.include_contents, self.include_commitments, self.new_page,
                     self.new_page_note, self.plain_ascii):
            checks.addWidget(box_)
        self._tips = {
            "font": "The font for the whole document", "size_pt": "The size of the body text",
            "line_spacing": "The space between lines", "margins_mm": "The margins on every side",
            "paper": "The paper size", "include_question": "The buyer's question above "
            "each answer", "include_guidance": "The buyer's guidance and scoring notes",
            "include_counts": "A line under each answer saying its count against the limit",
            "include_contents": "A contents page listing each question with its page number",
            "include_commitments": "A table of your commitments at the end",
            "new_page_per_question": "Off: short answers follow one another. On: each "
            "question starts on a new page, as some buyers ask.",
            "plain_ascii": "Some tendering websites garble curly quotes and dashes",
            "question_ids": "Untick the questions to leave out",
        }
        checks.addStretch(1)
        row.addLayout(checks, 1)
        # The questions in a column of their own, tall enough to see several at once.
        chosen = QVBoxLayout()
        self.questions = QListWidget()
        self.questions.setAccessibleName("Questions to include")
        self.questions.setWordWrap(True)
        self.questions.setMinimumHeight(140)
        self.questions_label = QLabel("&Questions to include:")
        self.questions_label.setBuddy(self.questions)
        chosen.addWidget(self.questions_label)
        chosen.addWidget(self.questions, 1)
        row.addLayout(chosen, 1)
        for widget in (self.font, self.spacing, self.paper):
            widget.currentIndexChanged.connect(lambda _i: self._remember())
        for widget in (self.size, self.margins):
            widget.valueChanged.connect(lambda _v: self._remember())
        for box_ in (self.include_question, self.include_guidance, self.include_counts,
                     self.include_contents, self.include_commitments, self.plain_ascii):
            box_.toggled.connect(lambda _on: self._remember())
        self.new_page.toggled.connect(self._new_page_chosen)
        self.questions.itemChanged.connect(lambda _item: self._questions_changed())
        return box

    def _option_widgets(self) -> dict[str, QWidget]:
        """Each option's control, by its :class:`ExportOptions` field name."""
        return {"font": self.font, "size_pt": self.size, "line_spacing": self.spacing,
                "margins_mm": self.margins, "paper": self.paper,
                "include_question": self.include_question,
                "include_guidance": self.include_guidance,
                "include_counts": self.include_counts,
                "include_contents": self.include_contents,
                "include_commitments": self.include_commitments,
                "new_page_per_question": self.new_page, "plain_ascii": self.plain_ascii,
                "question_ids": self.questions}

    # ------------------------------------------------------------ options

    def kind(self) -> str:
        return self.kind_group.checkedButton().property("kind")

    def _show_kind_options(self) -> None:
        """Options that do not apply to the chosen document are greyed out, and their
        tooltip says why."""
        kind = self.kind()
        ticked = len(self._ticked())
        for name, widget in self._option_widgets().items():
            reason = why_not_used(kind, name, questions=ticked)
            widget.setEnabled(not reason)
            widget.setToolTip(reason or self._tips.get(name, ""))
            widget.setAccessibleDescription(reason)
            if name == "question_ids":
                self.questions_label.setEnabled(not reason)
                self.questions_label.setToolTip(widget.toolTip())
        self.new_page_note.setEnabled(self.new_page.isEnabled())

    def _load_options(self) -> None:
        bid_id = self.bid.currentData()
        if bid_id is None:
            self.export_button.setEnabled(False)
            self.problem.setText("There are no bids to export yet. Add one on the Bids screen.")
            return
        options = load_options(self.session.workspace, bid_id)
        self._loading = True
        try:
            self.font.setCurrentText(options.font)
            self.size.setValue(options.size_pt)
            self.spacing.setCurrentIndex(max(self.spacing.findData(options.line_spacing), 0))
            self.margins.setValue(options.margins_mm)
            self.paper.setCurrentText(options.paper)
            self.include_question.setChecked(options.include_question)
            self.include_guidance.setChecked(options.include_guidance)
            self.include_counts.setChecked(options.include_counts)
            self.include_contents.setChecked(options.include_contents)
            self.include_commitments.setChecked(options.include_commitments)
            self.plain_ascii.setChecked(options.plain_ascii)
            self._chosen_new_page = options.new_page_per_question
            self.questions.clear()
            chosen = options.question_ids
            for number, question in enumerate(questions_for_bid(self.session.workspace,
                                                                 bid_id), start=1):
                item = QListWidgetItem(question_heading(question, number))
                item.setData(Qt.ItemDataRole.UserRole, question.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if chosen is None or question.id in
                                   chosen else Qt.CheckState.Unchecked)
                self.questions.addItem(item)
        finally:
            self._loading = False
        self._show_new_page()
        self._show_kind_options()

    def _show_new_page(self) -> None:
        """Tick "new page" as it will be: the person's choice, or the automatic one
        (only when an answer fills a page), saying which."""
        bid_id = self.bid.currentData()
        if bid_id is None:
            return
        from ...export.bid_document import new_page_per_question

        options = replace(self.options(), new_page_per_question=self._chosen_new_page)
        on = new_page_per_question(self.session.workspace, bid_id, options)
        was_loading, self._loading = self._loading, True
        try:
            self.new_page.setChecked(on)
        finally:
            self._loading = was_loading
        if self._chosen_new_page is not None:
            self.new_page_note.setText("")
        elif on:
            self.new_page_note.setText("Chosen for you: an answer fills a page.")
        else:
            self.new_page_note.setText("Chosen for you: each answer is under a page.")
        self.new_page_note.setVisible(bool(self.new_page_note.text()))

    def _new_page_chosen(self, on: bool) -> None:
        if self._loading:
            return
        self._chosen_new_page = on
        self.new_page_note.setText("")
        self.new_page_note.setVisible(False)
        self._remember()

    def _questions_changed(self) -> None:
        self._remember()
        if not self._loading:
            if self._chosen_new_page is None:
                self._show_new_page()
            self._show_kind_options()

    def _ticked(self) -> list[int]:
        return [self.questions.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.questions.count())
                if self.questions.item(i).checkState() == Qt.CheckState.Checked]

    def options(self) -> ExportOptions:
        ticked = self._ticked()
        every = len(ticked) == self.questions.count()
        return replace(ExportOptions(), font=self.font.currentText(), size_pt=self.size.value(),
                       line_spacing=self.spacing.currentData(), margins_mm=self.margins.value(),
                       paper=self.paper.currentText(),
                       include_question=self.include_question.isChecked(),
                       include_guidance=self.include_guidance.isChecked(),
                       include_counts=self.include_counts.isChecked(),
                       include_contents=self.include_contents.isChecked(),
                       include_commitments=self.include_commitments.isChecked(),
                       question_ids=None if every else tuple(ticked),
                       new_page_per_question=self._chosen_new_page,
                       plain_ascii=self.plain_ascii.isChecked())

    def _remember(self) -> None:
        """Options are remembered for the bid as soon as they change."""
        workspace = self.session.workspace
        bid_id = self.bid.currentData()
        if self._loading or bid_id is None or workspace is None or workspace.read_only:
            return
        options = self.options()
        self.session.change(lambda ws: save_options(ws, bid_id, options))

    # ------------------------------------------------------------ exporting

    def _suggested_path(self, kind: str) -> Path:
        from ...core.storage.records import Bid
        from ...export.bid_document import bid_file_stem

        bid = self.session.workspace.get(Bid, self.bid.currentData())
        settings = self.session.settings
        folder = Path(settings.export_folder or settings.last_folder or Path.home())
        if not folder.is_dir():  # a USB stick taken out since: start at home
            folder = Path.home()
        return folder / (bid_file_stem(bid, kind) + EXTENSIONS[kind])

    def _remember_folder(self, folder: Path) -> None:
        """The next export (from this bid or any other, in this workspace or another)
        starts in this folder."""
        settings = self.session.settings
        if settings.export_folder != str(folder):
            settings.export_folder = str(folder)
            save_settings(self.session.paths.settings_file, settings)

    def export_now(self) -> None:
        kind = self.kind()
        target = self._suggested_path(kind)
        while True:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, "Export to", str(target),
                "Word documents (*.docx)" if EXTENSIONS[kind] == ".docx" else "Text (*.txt)")
            if not chosen:
                return
            target = Path(chosen)
            if target.suffix.lower() != EXTENSIONS[kind]:
                target = target.with_name(target.name + EXTENSIONS[kind])
            try:
                # the window's page layout, so the count statements match the count bar
                extra = {"estimator": page_estimator()} if kind in ("answers", "text") else {}
                result = export(self.session.workspace, self.bid.currentData(), kind, target,
                                self.options(), **extra)
            except ExportError as exc:
                again = QMessageBox.question(
                    self, "Could not export", f"{exc}\n\nChoose another name or folder?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
                if again == QMessageBox.StandardButton.Yes:
                    continue
                return
            except SvBidderError as exc:
                self.problem.setText(str(exc))
                return
            break
        self._remember_folder(result.path.parent)
        self.exported = result
        self._finished(result)

    def _finished(self, result) -> None:
        notes = "\n".join(f"• {warning}" for warning in result.warnings)
        box = QMessageBox(QMessageBox.Icon.Information, "Exported",
                          f"Saved {result.path.name} in {result.path.parent}."
                          + (f"\n\nPlease note:\n{notes}" if notes else ""),
                          QMessageBox.StandardButton.Close, self)
        open_file = box.addButton("Open it", QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton("Open the folder", QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
