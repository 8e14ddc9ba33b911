"""The questions of one bid: their text, guidance, limits and target outcomes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import RecordNotFoundError
from ...core.storage.records import LIMIT_KINDS, Bid, Outcome, Question, Theme
from ...core.writing import bids as core
from ...core.writing.counting import PAPER_SIZES_MM
from ..dialogs import messages
from ..session import WorkspaceSession
from ..widgets.binder import FieldBinder
from ..widgets.count_bar import list_count
from ..widgets.forms import add_row, number_field, scrolling_form
from ..widgets.master_detail import RecordActions, empty_state, list_and_form
from ..widgets.record_list import RecordList

ID_ROLE = Qt.ItemDataRole.UserRole
FONTS = ("Arial", "Calibri", "Times New Roman", "Verdana")


class QuestionsPanel(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bid: Bid | None = None
        self.binder = FieldBinder(session, Question, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 0, 0)
        # The list above the form, not beside it: on a 1366-pixel laptop screen
        # there is no room for a list, a form and the bids list side by side.
        splitter, self.right = list_and_form(self._build_list(), self._build_empty(),
                                             self._build_form())
        splitter.setOrientation(Qt.Orientation.Vertical)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        column.addWidget(splitter)
        self._size_list()
        self.actions = RecordActions(session, self.records, self.binder, self.refresh,
                                     lambda: self.ref.text() or "the question")
        session.dataChanged.connect(self._on_data_changed)

    # ------------------------------------------------------------ building

    def _build_list(self) -> QWidget:
        self.records = RecordList("questions")
        self.paste_button = self.records.add_button("Paste from tender…",
                                                    "Add questions from the tender's text")
        self.paste_button.clicked.connect(self.paste_from_tender)
        self.records.buttons.addStretch(1)
        buttons = {}
        for key, text, tip in (("add", "Add", "Add a question"),
                               ("copy", "Copy", "Make a copy of this question"),
                               ("delete", "Delete", "Delete this question (you can undo)"),
                               ("up", "↑", "Move up"), ("down", "↓", "Move down")):
            buttons[key] = self.records.add_button(text, tip)
        self.add_button, self.copy_button, self.delete_button = (
            buttons["add"], buttons["copy"], buttons["delete"])
        self.up_button, self.down_button = buttons["up"], buttons["down"]
        self.add_button.clicked.connect(self.add_question)
        self.copy_button.clicked.connect(self.duplicate_question)
        self.delete_button.clicked.connect(self.delete_question)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.records.searchChanged.connect(lambda _t: self.refresh())
        self.records.selected.connect(self._on_selected)
        return self.records

    def _size_list(self) -> None:
        """Room for about five questions in the list; the form takes the rest."""
        line = self.records.list.fontMetrics().lineSpacing()
        self.records.list.setMinimumHeight(3 * line + 8)
        list_height = 5 * (line + 6) + 8
        chrome = self.records.search.sizeHint().height() + self.add_button.sizeHint().height()
        self.splitter.setSizes([list_height + chrome + 16, 10 * list_height])

    def _build_empty(self) -> QWidget:
        empty, _title = empty_state(
            "No questions yet",
            "Paste the tender's social value section with “Paste from tender…” and svbidder "
            "will find each question and its limit, or add them one by one.")
        return empty
    def _build_form(self) -> QWidget:
        bind = self.binder
        scroll, form = scrolling_form()
        self.form = form
        self.ref = bind.line(QLineEdit(), "ref")
        self.ref.setMaximumWidth(160)
        add_row(form, "R&eference", self.ref, "As the tender numbers it, e.g. SV1 or 4.2.")
        self.text = bind.text(QPlainTextEdit(), "text")
        self.text.setMinimumHeight(90)
        add_row(form, "&Question", self.text, "Copy the question word for word.")
        self.guidance = bind.text(QPlainTextEdit(), "guidance")
        self.guidance.setMinimumHeight(90)
        add_row(form, "&Guidance and scoring", self.guidance,
                "What the buyer says they are looking for, and how each score (e.g. 0 to 5) "
                "is given.")
        self.limit_kind = QComboBox()
        self.limit_kind.addItem("No limit", "")
        for kind in LIMIT_KINDS:
            self.limit_kind.addItem(core.LIMIT_KIND_LABELS[kind], kind)
        bind.combo(self.limit_kind, "limit_kind", blank_is_none=True)
        add_row(form, "&Limit", self.limit_kind,
                "Choose what the tender limits. Words are counted as Microsoft Word counts "
                "them; characters with or without spaces, as the tender says; pages are "
                "estimated at the paper, font and size you give.")
        self.limit_row, self.limit_value = number_field(bind, "limit_value", 120)
        add_row(form, "Limit &amount", self.limit_row)
        self.limit_value.setAccessibleName("Limit amount")
        self.page_paper = QComboBox()
        for paper in PAPER_SIZES_MM:
            self.page_paper.addItem(paper, paper)
        bind.combo(self.page_paper, "page_paper")
        add_row(form, "Paper", self.page_paper)
        self.page_font = QComboBox()
        self.page_font.setEditable(True)
        for font in FONTS:
            self.page_font.addItem(font, font)
        bind.combo(self.page_font, "page_font")
        add_row(form, "Font", self.page_font)
        size_row, self.page_font_size = number_field(bind, "page_font_size", 80)
        add_row(form, "Font size (pt)", size_row)
        self.page_font_size.setAccessibleName("Font size in points")
        margin_row, self.page_margin = number_field(bind, "page_margin_mm", 80)
        add_row(form, "Margins (mm)", margin_row)
        self.page_margin.setAccessibleName("Margins in millimetres")
        self._page_rows = [self.page_paper, self.page_font, size_row, margin_row]
        marks_row, self.marks = number_field(bind, "marks", 100)
        add_row(form, "&Marks", marks_row)
        self.marks.setAccessibleName("Marks available")
        weighting_row, self.weighting = number_field(bind, "weighting_percent", 100)
        add_row(form, "&Weighting (%)", weighting_row)
        self.weighting.setAccessibleName("Weighting in per cent")
        self.outcomes = QTreeWidget()
        self.outcomes.setHeaderHidden(True)
        self.outcomes.setAccessibleName("Council priorities this question asks about")
        self.outcomes.setMinimumHeight(160)
        self.outcomes.itemChanged.connect(self._on_outcome_ticked)
        self.outcomes_hint = QLabel("")
        self.outcomes_hint.setObjectName("hint")
        self.outcomes_hint.setWordWrap(True)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.outcomes)
        column.addWidget(self.outcomes_hint)
        add_row(form, "Priorities it asks about", holder)
        self.binder.saved.connect(self._on_saved)
        return scroll

    # ------------------------------------------------------------ showing

    def show_bid(self, bid: Bid | None) -> None:
        self.binder.flush()
        self.bid = bid
        self.refresh()

    def refresh(self) -> None:
        workspace = self.session.workspace
        if workspace is None or self.bid is None:
            self.records.show_items([])
            return
        words = self.records.search.text().casefold().split()
        items = []
        for question in core.questions_for_bid(workspace, self.bid.id):
            haystack = f"{question.ref} {question.text}".casefold()
            if not all(word in haystack for word in words):
                continue
            items.append((question.id, list_label(question, self._answer_count(question)),
                          question.text[:500]))
        self.records.show_items(items)
        self._update_buttons()

    def _answer_count(self, question: Question) -> str:
        """The saved answer's count against the limit, e.g. "312 of 500 words"."""
        answer = core.answer_for(self.session.workspace, question.id, create=False)
        return list_count(question, answer.body_markdown)

    def _update_counts(self) -> None:
        """An answer changed (on Write answers, by undo, a built draft or a restored
        version): update the counts in the list without reloading the form."""
        workspace = self.session.workspace
        for row in range(self.records.list.count()):
            item = self.records.list.item(row)
            try:
                question = workspace.get(Question, item.data(ID_ROLE))
            except RecordNotFoundError:
                continue  # deleted: the "question" change refreshes the list
            item.setText(list_label(question, self._answer_count(question)))

    def _on_data_changed(self, tables: set[str]) -> None:
        if "answer" in tables and self.bid is not None and "question" not in tables:
            self._update_counts()
        if self.binder.has_pending or self.bid is None:
            return
        if "question" in tables:
            self.refresh()
        elif tables & {"question_outcome", "outcome", "theme"}:
            self._show_outcomes()

    def _on_selected(self, question_id: int | None) -> None:
        workspace = self.session.workspace
        question = None
        if workspace is not None and question_id is not None:
            question = workspace.get(Question, question_id)
        self.binder.load(question)
        self.right.setCurrentIndex(1 if question is not None else 0)
        self._show_limit_fields(question)
        self._show_outcomes()
        self._update_buttons()

    def _on_saved(self, question: Question) -> None:
        self._show_limit_fields(question)

    def _show_limit_fields(self, question: Question | None) -> None:
        kind = question.limit_kind if question else None
        self.form.setRowVisible(self.limit_row, bool(kind))
        for widget in self._page_rows:
            self.form.setRowVisible(widget, kind == "pages")

    def _show_outcomes(self) -> None:
        workspace, question_id = self.session.workspace, self.binder.record_id
        self.outcomes.blockSignals(True)
        self.outcomes.clear()
        framework_id = self.bid.framework_id if self.bid else None
        if workspace is None or question_id is None or framework_id is None:
            self.outcomes_hint.setText("Choose the council's priorities on the “About the bid” "
                                       "tab to tick the ones this question asks about.")
            self.outcomes.setVisible(False)
            self.outcomes.blockSignals(False)
            return
        self.outcomes.setVisible(True)
        self.outcomes_hint.setText("Tick the priorities the question mentions; the checks and "
                                   "prompts use them.")
        chosen = set(core.question_outcomes(workspace, question_id))
        editable = not workspace.read_only
        for theme in workspace.find(Theme, order_by="position, id", framework_id=framework_id):
            parent = QTreeWidgetItem([theme.title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.outcomes.addTopLevelItem(parent)
            for outcome in workspace.find(Outcome, order_by="position, id", theme_id=theme.id):
                child = QTreeWidgetItem([outcome.title])
                child.setData(0, ID_ROLE, outcome.id)
                flags = Qt.ItemFlag.ItemIsEnabled
                if editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                child.setFlags(flags)
                child.setCheckState(0, Qt.CheckState.Checked if outcome.id in chosen
                                    else Qt.CheckState.Unchecked)
                parent.addChild(child)
        self.outcomes.expandAll()
        self.outcomes.blockSignals(False)

    def _on_outcome_ticked(self, _item: QTreeWidgetItem, _column: int) -> None:
        question_id = self.binder.record_id
        if question_id is None:
            return
        chosen = []
        for top in range(self.outcomes.topLevelItemCount()):
            parent = self.outcomes.topLevelItem(top)
            for index in range(parent.childCount()):
                child = parent.child(index)
                if child.checkState(0) == Qt.CheckState.Checked:
                    chosen.append(child.data(0, ID_ROLE))
        self.session.change(lambda ws: core.set_question_outcomes(ws, question_id, chosen))

    def _update_buttons(self) -> None:
        workspace = self.session.workspace
        writable = workspace is not None and not workspace.read_only and self.bid is not None
        chosen = self.records.current_id() is not None
        searching = bool(self.records.search.text().strip())
        row, count = self.records.current_row(), self.records.list.count()
        self.add_button.setEnabled(writable)
        self.paste_button.setEnabled(writable)
        self.copy_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        self.up_button.setEnabled(writable and chosen and not searching and row > 0)
        self.down_button.setEnabled(writable and chosen and not searching
                                    and 0 <= row < count - 1)

    # ------------------------------------------------------------ actions

    def add_question(self) -> None:
        if self.bid is None:
            return
        self.binder.flush()
        bid_id = self.bid.id
        number = self.records.list.count() + 1
        created = self.session.change(
            lambda ws: core.add_question(ws, bid_id, ref=f"SV{number}"))
        if created is not None:
            self.records.search.clear()
            self.refresh()
            self.records.select_id(created.id)
            self.text.setFocus()

    def duplicate_question(self) -> None:
        self.actions.duplicate(core.duplicate_question)

    def delete_question(self) -> None:
        self.actions.delete(core.delete_question)

    def move(self, step: int) -> None:
        self.actions.move(core.move_question, step)
        self._update_buttons()

    def paste_from_tender(self) -> None:
        from ..dialogs.tender_paste import TenderPasteDialog

        if self.bid is None:
            return
        self.binder.flush()
        folder = Path(self.session.settings.last_folder or Path.home())
        dialog = TenderPasteDialog(folder, self)
        if dialog.exec() != TenderPasteDialog.DialogCode.Accepted:
            return
        try:
            chosen = dialog.chosen_questions()
        except ValueError as exc:
            messages.show_error(self, "Check the amounts", str(exc))
            return
        bid_id = self.bid.id
        created = self.session.change(
            lambda ws: core.create_questions_from_split(ws, bid_id, chosen))
        if created:
            self.refresh()
            self.records.select_id(created[0].id)
            self.session.tell(f"Added {len(created)} question(s). Edit → Undo takes them all "
                              "back.")


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word (never mid-word) with "…" if too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] if " " in text[:limit - 1] else text[:limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


def list_label(question: Question, count: str = "") -> str:
    """One line for the question list: reference, the question's title (its
    first line), and its limit (or the answer's ``count`` against it)."""
    first_line = next((line for line in question.text.splitlines() if line.strip()), "")
    title = shorten(first_line, 90) or "(no question text yet)"
    ref = f"{question.ref}  " if question.ref else ""
    return f"{ref}{title} · {count or core.describe_limit(question)}"
