"""Write: answer each question with its limit always in view.

The question and its limit sit above the editor and the count bar below it,
updated at every keystroke. The answer is saved as the person types (after a
short pause) and on leaving. Side panels hold the helpers: evidence at hand and
more as they are added.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import RecordNotFoundError
from ...core.storage.records import Question
from ...core.writing import bids as bid_ops
from ...core.writing.checks import line_and_column
from ...core.writing.counting import Counts, PageSettings, limit_status, markdown_to_plain
from ...core.writing.revisions import PAUSE_SNAPSHOT_SECONDS, REASON_PAUSE, snapshot
from ...core.writing.spelling import utf16_offset
from ..page_layout import page_estimator
from ..session import WorkspaceSession
from ..widgets.answer_editor import AnswerTextEdit
from ..widgets.checks_panel import ChecksPanel
from ..widgets.commitments_panel import CommitmentsPanel
from ..widgets.count_bar import CountBar, list_count
from ..widgets.history_panel import HistoryPanel
from ..widgets.material_panel import MaterialPanel
from ..widgets.overflow import page_overflow_point
from ..widgets.pending import PendingEdits
from ..widgets.prompts_panel import PromptsPanel
from ..widgets.spelling import SpellHighlighter, SpellingService, install_context_menu
from ..widgets.text import ScaledLabel, explanation, heading

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
FINDING_COLOURS = {"must": "#ffd6d6", "should": "#fff1b8", "consider": "#e3ecfa"}
SAVE_DELAY_MS = 600
FOCUS_LINE_CHARACTERS = 80  # a comfortable line: 70 to 90 characters
SAMPLE_TEXT = ("We will support at least 100 older people a year through weekly visits, "
               "a lunch club and referrals from local doctors.")
QWIDGETSIZE_MAX = (1 << 24) - 1
PAGE_ESTIMATE_DELAY_MS = 500


class WritePage(QWidget):
    """Signals ``focusModeChanged(bool)`` so the window can hide its sidebar."""

    focusModeChanged = Signal(bool)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question: Question | None = None
        self._loading = False
        self._pages: float | None = None
        self._make_timers()
        self.spelling = SpellingService(session)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        self.title = heading("Write your answers")
        outer.addWidget(self.title)
        outer.addLayout(self._build_top_bar())
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_empty_state())
        self.stack.addWidget(self._build_work_area())
        self._add_shortcuts()

        session.workspaceChanged.connect(self.refresh)
        session.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # ------------------------------------------------------------ building

    def _make_timers(self) -> None:
        """Saving, the page estimate and the version kept on a pause each wait for a
        quiet moment, so none of them runs on every keystroke."""
        # by question: the answer is read from the editor only when it is saved
        self._edits = PendingEdits(self.session, self._save_answers, SAVE_DELAY_MS, self)
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(PAGE_ESTIMATE_DELAY_MS)
        self._page_timer.timeout.connect(self._update_count)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(PAUSE_SNAPSHOT_SECONDS * 1000)
        self._idle_timer.timeout.connect(self._keep_idle_version)

    def _build_top_bar(self) -> QHBoxLayout:
        """The bid being written, and the two whole-answer actions beside it."""
        top = QHBoxLayout()
        self.bid_label = QLabel("&Bid:")
        self.bid_choice = QComboBox()
        self.bid_choice.setAccessibleName("Bid")
        self.bid_label.setBuddy(self.bid_choice)
        self.bid_choice.currentIndexChanged.connect(lambda _i: self._on_bid_chosen())
        top.addWidget(self.bid_label)
        top.addWidget(self.bid_choice, 1)
        self.focus_button = QToolButton()
        self.focus_button.setText("Focus on writing")
        self.focus_button.setCheckable(True)
        self.focus_button.setToolTip("Hide everything but the question and your answer "
                                     "(Ctrl+Shift+F)")
        self.focus_button.toggled.connect(self.set_focus_mode)
        self.copy_button = QToolButton()
        self.copy_button.setText("Copy for a portal")
        self.copy_button.setToolTip("Copy this answer as plain text to paste into a tendering "
                                    "website, and see its counts as the website will")
        self.copy_button.clicked.connect(self.copy_for_portal)
        top.addWidget(self.copy_button)
        top.addWidget(self.focus_button)
        return top

    def _build_empty_state(self) -> QWidget:
        """What the page says before there is a question to answer (it teaches)."""
        self.empty = QWidget()
        empty_column = QVBoxLayout(self.empty)
        self.empty_title = ScaledLabel("No questions to answer yet", scale=1.2, bold=True)
        empty_column.addWidget(self.empty_title)
        empty_column.addWidget(explanation(
            "Add a bid and its questions on the Bids screen first. Each question then "
            "appears here with its word or character limit."))
        empty_column.addStretch(1)
        return self.empty

    def _build_work_area(self) -> QSplitter:
        """Questions on the left, the answer in the middle, helpers on the right."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_question_list())
        self.splitter.addWidget(self._centred(self._build_editor()))
        self.splitter.addWidget(self._build_side_panels())
        self.splitter.setStretchFactor(1, 3)
        self.question_list.setMinimumWidth(170)
        self.splitter.setSizes([200, 560, 400])
        return self.splitter

    def _build_question_list(self) -> QListWidget:
        self.question_list = QListWidget()
        self.question_list.setObjectName("recordList")
        self.question_list.setAccessibleName("Questions in this bid")
        self.question_list.setWordWrap(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.currentItemChanged.connect(lambda *_: self._on_question_chosen())
        return self.question_list

    def _build_side_panels(self) -> QTabWidget:
        """The helper tabs; each works on the answer in the editor (built first)."""
        session = self.session
        self.side = QTabWidget()
        self.side.setAccessibleName("Helpers")
        self.checks = ChecksPanel(session)
        self.checks.markdown_source = lambda: self.editor.markdown()
        self.checks.spanRequested.connect(self.select_plain_span)
        self.checks.findingsChanged.connect(self.highlight_findings)
        self.side.addTab(self.checks, "Checks")
        self.prompts = PromptsPanel(session)
        self.prompts.before_build = self.flush
        self.side.addTab(self.prompts, "Prompts")
        self.material = MaterialPanel(session)
        self.material.insertRequested.connect(self.insert_text)
        self.side.addTab(self.material, "Evidence")
        self.commitments = CommitmentsPanel(session)
        self.commitments.insertRequested.connect(self.insert_text)
        self.side.addTab(self.commitments, "Commitments")
        self.history = HistoryPanel(session)
        self.history.before_change = self.flush
        self.side.addTab(self.history, "History")
        return self.side

    def _add_shortcuts(self) -> None:
        focus_action = QAction(self)
        focus_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        focus_action.triggered.connect(self.focus_button.toggle)
        self.addAction(focus_action)

    def _build_editor(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(8, 0, 8, 0)
        self.question_heading = ScaledLabel("", scale=1.05, bold=True)
        self.question_heading.setObjectName("questionText")
        self.question_heading.setWordWrap(True)
        self.question_heading.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.question_heading)
        self.limit_line = QLabel("")
        self.limit_line.setObjectName("hint")
        self.limit_line.setWordWrap(True)
        column.addWidget(self.limit_line)
        self.guidance_toggle = QToolButton()
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setText("Show the buyer's guidance and scoring")
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.guidance_toggle.toggled.connect(self._show_guidance)
        column.addWidget(self.guidance_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.guidance = QLabel("")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance.setVisible(False)
        column.addWidget(self.guidance)

        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName("Formatting")
        self.editor = AnswerTextEdit()
        for text, tip, slot, keys in (
                ("B", "Bold (Ctrl+B)", self.editor.toggle_bold, QKeySequence.StandardKey.Bold),
                ("I", "Italic (Ctrl+I)", self.editor.toggle_italic,
                 QKeySequence.StandardKey.Italic),
                ("• List", "Bulleted list", lambda: self.editor.toggle_list(False), None),
                ("1. List", "Numbered list", lambda: self.editor.toggle_list(True), None),
                ("Sub-heading", "Make this line a sub-heading", self.editor.toggle_subheading,
                 None)):
            action = self.toolbar.addAction(text)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        column.addWidget(self.toolbar)
        self.editor.countsChanged.connect(self._on_text_changed)
        self.highlighter = SpellHighlighter(self.editor.document(), self.spelling)
        install_context_menu(self.editor, self.spelling)
        column.addWidget(self.editor, 1)
        self.count_bar = CountBar()
        self.count_bar.safeToggled.connect(lambda _on: self._update_count())
        column.addWidget(self.count_bar)
        self.editor.overflowChanged.connect(self.count_bar.show_overflow)
        column.addWidget(self.count_bar.rule)  # how this question's limit is counted
        return holder

    def add_side_panel(self, widget: QWidget, title: str) -> None:
        self.side.addTab(widget, title)

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Fill the bid choice, keeping the current bid when it still exists."""
        workspace = self.session.workspace
        current = self.bid_choice.currentData()
        self.bid_choice.blockSignals(True)
        self.bid_choice.clear()
        for bid in bid_ops.bids_by_deadline(workspace) if workspace else []:
            label = " · ".join(p for p in (bid.contract_title or bid.reference, bid.buyer) if p)
            self.bid_choice.addItem(label or "(untitled bid)", bid.id)
        index = self.bid_choice.findData(current)
        self.bid_choice.setCurrentIndex(max(index, 0))
        self.bid_choice.blockSignals(False)
        self._on_bid_chosen()

    def show_question(self, bid_id: int, question_id: int) -> None:
        """Open one question (used by other screens)."""
        index = self.bid_choice.findData(bid_id)
        if index >= 0:
            self.bid_choice.setCurrentIndex(index)
        for row in range(self.question_list.count()):
            if self.question_list.item(row).data(ID_ROLE) == question_id:
                self.question_list.setCurrentRow(row)
                return

    def _on_bid_chosen(self) -> None:
        self.flush()
        workspace = self.session.workspace
        bid_id = self.bid_choice.currentData()
        keep = self.question.id if self.question else None
        self.question_list.blockSignals(True)
        self.question_list.clear()
        if workspace is not None and bid_id is not None:
            for question in bid_ops.questions_for_bid(workspace, bid_id):
                item = QListWidgetItem(self._question_label(question))
                item.setData(ID_ROLE, question.id)
                self.question_list.addItem(item)
        rows = [self.question_list.item(r).data(ID_ROLE)
                for r in range(self.question_list.count())]
        self.question_list.setCurrentRow(rows.index(keep) if keep in rows else
                                         (0 if rows else -1))
        self.question_list.blockSignals(False)
        self.stack.setCurrentIndex(1 if rows else 0)
        self.empty_title.setText("This bid has no questions yet" if bid_id is not None
                                 else "No questions to answer yet")
        self._on_question_chosen()

    def _question_label(self, question: Question) -> str:
        workspace = self.session.workspace
        answer = bid_ops.answer_for(workspace, question.id, create=False)
        first_line = next((line.strip() for line in question.text.splitlines()
                           if line.strip()), "(no question text)")
        if len(first_line) > 48:
            first_line = first_line[:46].rsplit(" ", 1)[0] + "…"
        return f"{question.ref}  {first_line}\n{list_count(question, answer.body_markdown)}"

    def _relabel_questions(self) -> None:
        """Counts in the list follow the saved answers, whatever changed them (typing,
        a built draft, a restored version, undo, another window)."""
        workspace = self.session.workspace
        if workspace is None:
            return
        for row in range(self.question_list.count()):
            item = self.question_list.item(row)
            try:
                question = workspace.get(Question, item.data(ID_ROLE))
            except RecordNotFoundError:
                continue  # deleted meanwhile: the "question" change refreshes the list
            item.setText(self._question_label(question))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.spelling.start()  # load the dictionary the first time this screen shows

    def _keep_idle_version(self) -> None:
        """The person paused: keep a version (not an undo step) of what they wrote."""
        self.flush()
        workspace = self.session.workspace
        if workspace is None or workspace.read_only or self.question is None:
            return
        answer = bid_ops.answer_for(workspace, self.question.id, create=False)
        if answer.id is not None:
            answer_id = answer.id
            self.session.change(lambda ws: snapshot(ws, answer_id, reason=REASON_PAUSE,
                                                    undoable=False))

    def _on_question_chosen(self) -> None:
        self._idle_timer.stop()
        self.flush()
        workspace = self.session.workspace
        item = self.question_list.currentItem()
        question = None
        if workspace is not None and item is not None:
            question = workspace.get(Question, item.data(ID_ROLE))
        self.question = question
        self.editor.set_limit(question.limit_kind if question else None,
                              question.limit_value if question else None)
        self.count_bar.set_question(question)
        self.material.show_question(question.id if question else None)
        self.prompts.show_question(question.id if question else None)
        self.commitments.show_question(question)
        self.history.show_question(question)
        self._loading = True
        try:
            if question is None:
                self.editor.set_markdown("")
                self.checks.show_question(None)
                return
            answer = bid_ops.answer_for(workspace, question.id, create=False)
            self.editor.set_markdown(answer.body_markdown)
            self.question_heading.setText(f"{question.ref}  {_for_a_label(question.text)}"
                                          .strip())
            details = [f"Limit: {bid_ops.describe_limit(question)}"]
            if question.weighting_percent:
                details.append(f"worth {question.weighting_percent:g}% of the marks")
            if question.marks:
                details.append(f"{question.marks:g} marks")
            self.limit_line.setText(" · ".join(details))
            self.guidance.setText(_for_a_label(question.guidance)
                                  or "The buyer gave no extra guidance.")
            self.editor.setReadOnly(workspace.read_only)
            self._pages = None
        finally:
            self._loading = False
        self._update_count()
        self.checks.show_question(question)  # after the editor holds this answer
        if question is not None and question.limit_kind == "pages":
            self._page_timer.start(0)

    def _show_guidance(self, shown: bool) -> None:
        self.guidance.setVisible(shown)
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)
        self.guidance_toggle.setText("Hide the buyer's guidance and scoring" if shown
                                     else "Show the buyer's guidance and scoring")

    def insert_text(self, text: str) -> None:
        """Put text at the cursor as its own sentence, then carry on typing after it."""
        if self.question is None or self.editor.isReadOnly():
            return
        cursor = self.editor.textCursor()
        before = cursor.block().text()[:cursor.positionInBlock()]
        if before and not before.endswith((" ", "\t")):
            text = " " + text
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def copy_for_portal(self) -> None:
        """Plain text on the clipboard (bullets as "- "), with the counts a portal sees."""
        from PySide6.QtWidgets import QApplication

        from ...export.text_export import portal_answer

        if self.question is None or self.session.workspace is None:
            return
        self.flush()
        answer = portal_answer(self.session.workspace, self.question.id,
                               estimator=page_estimator())
        QApplication.clipboard().setText(answer.text)
        self.session.tell(f"Copied {self.question.ref} as plain text: {answer.summary}")

    # ------------------------------------------------------------ findings

    def _plain_position(self, offset: int) -> int:
        """A position in the editor for an offset into the answer's plain text
        (its non-empty paragraphs joined by line breaks)."""
        return self._plain_positions([offset])[0]

    def _plain_positions(self, offsets: list[int], markdown: str | None = None) -> list[int]:
        """Editor positions for many plain-text offsets, reading the answer once (once
        per offset froze the window for seconds on a long answer with many findings)."""
        if not offsets:
            return []
        plain = markdown_to_plain(self.editor.markdown() if markdown is None else markdown)
        blocks = []
        block = self.editor.document().begin()
        while block.isValid():
            if block.text().strip():
                blocks.append((block.position(), block.text()))
            block = block.next()
        end = self.editor.document().characterCount() - 1
        positions = []
        for offset in offsets:
            line, column = line_and_column(plain, offset)
            if line >= len(blocks):
                positions.append(end)
                continue
            start, text = blocks[line]
            positions.append(start + utf16_offset(text, min(column, len(text))))
        return positions

    def select_plain_span(self, start: int, end: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(self._plain_position(start))
        cursor.setPosition(self._plain_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def highlight_findings(self, findings) -> None:
        """Mark what the checks found with a soft background (the list says why). Text
        past the limit has its own highlight, kept by the editor as the person types."""
        shown = [finding for finding in findings[:200] if finding.rule != "over-limit"]
        # the text the checks read (stale results never arrive), not the editor's
        # again: converting a long answer here would hold up the window
        ends = self._plain_positions([n for f in shown for n in (f.start, f.end)],
                                     self.checks.checked_markdown)
        spans = [(ends[2 * i], ends[2 * i + 1], FINDING_COLOURS.get(f.severity, "#fff1b8"),
                  f.message) for i, f in enumerate(shown)]
        self.editor.set_finding_highlights(spans)

    # ------------------------------------------------------------ counting

    def _on_text_changed(self, counts: Counts) -> None:
        """Every keystroke: only cheap things here (timers restart; counts were
        already worked out block by block by the editor)."""
        if self._loading or self.question is None:
            return
        self._edits.edited(self.question.id, self._answer_shown_for(self.question.id))
        self._idle_timer.start()
        self.checks.schedule()
        if self.question.limit_kind == "pages":
            self._page_timer.start()
        else:
            self._update_count(counts)

    def _update_count(self, counts: Counts | None = None) -> None:
        question = self.question
        if question is None:
            return
        if question.limit_kind == "pages":
            settings = PageSettings.from_question(question)
            plain = markdown_to_plain(self.editor.markdown())
            self._pages = page_estimator().estimate(plain, settings.paper, settings.font,
                                                    settings.size_pt, settings.margin_mm)
            over = bool(question.limit_value) and self._pages > question.limit_value
            self.editor.set_page_overflow(
                page_overflow_point(plain, settings, question.limit_value) if over else None,
                over)
        counts = counts if counts is not None else self.editor.counts()
        status = limit_status(counts, question.limit_kind, question.limit_value,
                              safe=self.count_bar.safe.isChecked(), pages=self._pages)
        self.count_bar.show_status(status)

    # ------------------------------------------------------------ saving

    def flush(self) -> None:
        self._edits.flush()

    def _answer_shown_for(self, question_id: int):
        """The editor's text, read when it is saved (converting it on every keystroke
        would cost too much in a long answer), and only while it is still this
        question's: the editor is always saved before another answer is loaded."""

        def markdown() -> str | None:
            if self.question is None or self.question.id != question_id:
                log.error("Answer for question %s was not saved: another answer is shown",
                          question_id)
                return None
            return self.editor.markdown()

        return markdown

    def _save_answers(self, answers: dict[int, str | None]) -> None:
        for question_id, markdown in answers.items():
            if markdown is not None:
                self._save_answer(question_id, markdown)

    def _save_answer(self, question_id: int, markdown: str) -> None:
        """Save, or keep the text and try again shortly (full disk, removed stick)."""
        self.session.save([("answer", question_id)],
                          lambda ws: bid_ops.save_answer(ws, question_id, markdown))

    def _on_data_changed(self, tables: set[str]) -> None:
        if "answer" in tables and not tables & {"bid", "question"}:
            self._relabel_questions()
        if self._edits.has_pending:
            return
        if tables & {"bid", "question"}:
            self.refresh()
        elif "answer" in tables and self.question is not None:
            # an undo or restore changed the text: show what is saved
            workspace = self.session.workspace
            saved = bid_ops.answer_for(workspace, self.question.id, create=False)
            if saved.body_markdown != self.editor.markdown():
                self._on_question_chosen()

    # ------------------------------------------------------------ focus mode


    def _centred(self, column: QWidget) -> QWidget:
        """The writing column between two stretches: in focus mode its width is
        capped (see ``_fit_focus_width``), and the stretches keep it centred."""
        self.writing_column = column
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addStretch(0)
        row.addWidget(column, 1)
        row.addStretch(0)
        return holder

    def _fit_focus_width(self) -> None:
        """About FOCUS_LINE_CHARACTERS characters a line in focus mode (long lines
        are hard to read on a wide screen), measured in the editor's own font so
        the presentation zoom keeps it right; no cap otherwise."""
        if not self.focus_button.isChecked():
            self.writing_column.setMaximumWidth(QWIDGETSIZE_MAX)
            return
        metrics = self.editor.fontMetrics()
        per_character = metrics.horizontalAdvance(SAMPLE_TEXT) / len(SAMPLE_TEXT)
        text = round(per_character * FOCUS_LINE_CHARACTERS)
        margins = self.writing_column.contentsMargins()
        editor_extra = (2 * self.editor.frameWidth()
                        + 2 * round(self.editor.document().documentMargin())
                        + self.editor.verticalScrollBar().sizeHint().width())
        self.writing_column.setMaximumWidth(text + editor_extra + margins.left()
                                            + margins.right())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "writing_column"):
            self._fit_focus_width()

    def set_focus_mode(self, on: bool) -> None:
        self.question_list.setVisible(not on)
        self.side.setVisible(not on)
        self.title.setVisible(not on)
        self._fit_focus_width()
        self.focus_button.setText("Show everything" if on else "Focus on writing")
        self.focusModeChanged.emit(on)
        self.editor.setFocus()


def _for_a_label(text: str) -> str:
    """The buyer's words as a label shows them: each line's runs of spaces folded to
    one. Qt takes seconds to wrap a label holding a long run of spaces, and would
    do it again at every change of layout, freezing the window."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines())
