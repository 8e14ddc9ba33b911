"""Side panel: what an evaluator would notice, as you write.

Checks, the scoring checklist and the whole-bid summary run after a short pause
in typing, on worker threads (:mod:`..background`), so typing never waits for
them; results for text that has since changed are thrown away.
Clicking a finding selects its words in the editor; "Why this matters" opens
the guide at the right section. A second tab turns the buyer's scoring
descriptors into a checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import RecordNotFoundError
from ...core.storage.records import EvidenceItem, Question
from ...core.writing import checks as core
from ...core.writing.counting import PageSettings, RoughPageEstimator, markdown_to_plain
from ..background import BackgroundJob
from ..session import WorkspaceSession
from .overflow import OVERFLOW_BACKGROUND, OVERFLOW_TEXT
from .pending import PendingEdits

CHECK_DELAY_MS = 700
MAX_LISTED = 150  # findings listed (and highlighted) at once, most important first
FINDING_ROLE = Qt.ItemDataRole.UserRole
STATE_MARK = {"ready": "✓", "nearly": "●", "not_ready": "✖", "empty": "○"}
SEVERITY_MARK = {"must": "✖", "should": "●", "consider": "○"}


@dataclass(frozen=True)
class _Checked:
    """What the worker worked out for one answer."""

    markdown: str
    findings: list[core.Finding]
    rubric_items: list[core.RubricItem]


class ChecksPanel(QWidget):
    """Signals ``spanRequested(start, end)`` (offsets in the plain answer text),
    ``findingsChanged(list)`` for the editor's highlights and ``guideRequested(link)``."""

    spanRequested = Signal(int, int)
    findingsChanged = Signal(object)
    guideRequested = Signal(str)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question: Question | None = None
        self.markdown_source = lambda: ""  # the page supplies the editor's current answer
        self._context: core.CheckContext | None = None
        self.checked_markdown = ""
        self._checks_job = BackgroundJob("checks", self)
        self._bid_job = BackgroundJob("bid readiness", self)
        # The whole-bid summary waits for this answer's checks: run side by side they
        # share Python's lock, and showing the answer's findings took twice as long.
        self._summary_due = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        self._rubric_edits = PendingEdits(session, self._save_rubric_texts, parent=self)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setObjectName("questionText")
        self.summary.setAccessibleName("Ready to submit?")
        column.addWidget(self.summary)
        self.bid_summary = QLabel("")
        self.bid_summary.setObjectName("hint")
        self.bid_summary.setWordWrap(True)
        column.addWidget(self.bid_summary)
        self.tabs = QTabWidget()
        column.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_findings(), "Findings")
        self.tabs.addTab(self._build_rubric(), "Scoring checklist")
        session.dataChanged.connect(self._on_data_changed)

    def _build_findings(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 0)
        self.tree = QListWidget()
        self.tree.setObjectName("recordList")
        self.tree.setWordWrap(True)
        self.tree.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.tree.setAccessibleName("What an evaluator would notice")
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.currentItemChanged.connect(lambda *_: self._on_finding_chosen())
        self.tree.itemActivated.connect(lambda *_: self._select_span())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._finding_menu)
        column.addWidget(self.tree, 2)
        self.why = QLabel("")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.why)
        self.why_button = QPushButton("Read more in the guide")
        self.why_button.clicked.connect(self._open_guide)
        self.why_button.setVisible(False)
        column.addWidget(self.why_button)
        self.settings_button = QPushButton("Choose the checks for this bid…")
        self.settings_button.clicked.connect(self.edit_settings)
        column.addWidget(self.settings_button)
        return holder

    def edit_settings(self) -> None:
        from ..dialogs.check_settings import CheckSettingsDialog

        workspace = self.session.workspace
        if workspace is None or self.question is None or workspace.read_only:
            return
        bid_id = self.question.bid_id
        dialog = CheckSettingsDialog(core.load_check_settings(workspace, bid_id), self)
        if dialog.exec() != CheckSettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen_settings()

        def change(ws):
            core.save_check_settings(ws, bid_id, chosen)
            return True

        if self.session.change(change):
            self.refresh_context()
            self._sum_up_after_checks()
            self.run_now()

    def _build_rubric(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 0)
        hint = QLabel("The buyer's scoring descriptors, as a checklist. Ticks are svbidder's "
                      "guess; change any you disagree with.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.rubric_tree = QTreeWidget()
        self.rubric_tree.setHeaderHidden(True)
        self.rubric_tree.setWordWrap(True)
        self.rubric_tree.setAccessibleName("Scoring checklist")
        self.rubric_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rubric_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rubric_tree.itemChanged.connect(self._on_rubric_ticked)
        column.addWidget(self.rubric_tree, 2)
        self.rubric_text = QPlainTextEdit()
        self.rubric_text.setAccessibleName("Paste the buyer's scoring descriptors")
        self.rubric_text.setPlaceholderText("No scoring descriptors were found in the "
                                            "question's guidance. Paste them here, e.g. "
                                            "“5 – Excellent: …”")
        self.rubric_text.setMaximumHeight(90)
        self.rubric_text.setTabChangesFocus(True)
        self.rubric_text.textChanged.connect(self._on_rubric_typed)
        column.addWidget(self.rubric_text)
        use = QPushButton("Use these descriptors")
        use.clicked.connect(self._save_rubric_text)
        column.addWidget(use)
        return holder

    # ------------------------------------------------------------ running

    def show_question(self, question: Question | None) -> None:
        self.question = question
        self._checks_job.cancel()
        self._bid_job.cancel()
        self.tree.clear()
        self.why.setText("")
        self.why_button.setVisible(False)
        self.findingsChanged.emit([])
        workspace = self.session.workspace
        if question is None or workspace is None:
            self._context, self._summary_due = None, False
            self.summary.setText("")
            self.bid_summary.setText("")
            return
        self.refresh_context()
        self._sum_up_after_checks()
        self.run_now()

    def refresh_context(self) -> None:
        workspace = self.session.workspace
        if workspace is None or self.question is None:
            self._context = None
            return
        estimator = None
        if self.question.limit_kind == "pages":
            # the count bar's layout, so "over the limit" agrees with the pages it shows
            from ..page_layout import page_estimator

            estimator = page_estimator()
        try:
            self._context = core.context_for_question(workspace, self.question.id,
                                                      markdown=self.markdown_source(),
                                                      estimator=estimator)
        except RecordNotFoundError:  # deleted (or undone) meanwhile; the page moves on
            self.question, self._context = None, None

    def schedule(self) -> None:
        """The answer changed: check again after a pause."""
        self._timer.start()

    @property
    def busy(self) -> bool:
        """True while checks or the whole-bid summary are still being worked out."""
        return self._checks_job.busy or self._bid_job.busy or self._summary_due

    def _sum_up_after_checks(self) -> None:
        """Sum up the whole bid once this answer's checks are shown (see ``_summary_due``)."""
        self._summary_due = self._context is not None

    def _summary_if_due(self) -> None:
        if self._summary_due:
            self._summary_due = False
            self._show_bid_summary()

    def run_now(self) -> None:
        self._timer.stop()
        if self._context is None:
            return
        context, markdown = self._context, self.markdown_source()
        rubric_text, overrides = self._rubric_source()

        def work() -> _Checked:
            levels = core.find_rubric(rubric_text) if rubric_text else []
            items = core.apply_overrides(core.assess_rubric(levels, markdown), overrides)
            return _Checked(markdown, core.run_checks(markdown, context), items)

        self._checks_job.run(work, self._show_findings, lambda _error: self._summary_if_due())

    def _show_findings(self, checked: _Checked) -> None:
        markdown, findings = checked.markdown, checked.findings
        state = core.readiness(findings) if markdown.strip() else None
        mark = STATE_MARK.get(state.state if state else "empty", "")
        self.summary.setText(f"{mark} {state.summary}" if state
                             else "○ Not started: there is no answer yet.")
        self.tree.clear()
        shown = set()
        bold = QFont()  # only boldness: the size still follows the list, and so the zoom
        bold.setBold(True)
        for finding in findings[:MAX_LISTED]:
            if finding.severity not in shown:
                shown.add(finding.severity)
                header = QListWidgetItem(core.SEVERITY_LABELS.get(finding.severity,
                                                                  finding.severity))
                header.setFont(bold)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addItem(header)
            item = QListWidgetItem(f"{SEVERITY_MARK.get(finding.severity, '')} "
                                   f"{_one_line(finding.message)}")
            item.setToolTip(finding.why)
            item.setData(FINDING_ROLE, finding)
            if finding.rule == "over-limit" and not finding.whole_answer:
                # in the highlight's own colour: the finding is its legend
                item.setBackground(QColor(OVERFLOW_BACKGROUND))
                item.setForeground(QColor(OVERFLOW_TEXT))
            self.tree.addItem(item)
        if len(findings) > MAX_LISTED:
            more = QListWidgetItem(f"… and {len(findings) - MAX_LISTED:,} more. Work through "
                                   "these first; the rest appear as these are fixed.")
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addItem(more)
        if not findings and markdown.strip():
            self.tree.addItem("✓ Nothing to flag. Read it once more as an evaluator would.")
        self.checked_markdown = markdown  # what the findings' offsets refer to
        # the editor marks at most this many: more would only slow typing down
        self.findingsChanged.emit([f for f in findings if not f.whole_answer][:MAX_LISTED])
        self._show_rubric(checked.rubric_items)
        self._summary_if_due()

    def _show_bid_summary(self) -> None:
        """Sum up the whole bid: its answers are read here, checked on a worker thread."""
        workspace = self.session.workspace
        if workspace is None or self.question is None:
            return
        try:
            answers = _bid_answers(workspace, self.question.bid_id)
        except RecordNotFoundError:
            return

        def work() -> core.BidReadiness:
            results = []
            for answer in answers:
                findings = core.run_checks(answer.markdown, _checked_context(answer))
                results.append(core.QuestionReadiness(answer.question.id, answer.question.ref,
                                                      core.readiness(findings), findings))
            return core.summarise_bid(results)

        self._bid_job.run(work, lambda bid: self.bid_summary.setText(
            f"Whole bid: {bid.summary}"))

    # ------------------------------------------------------------ findings

    def _current_finding(self) -> core.Finding | None:
        item = self.tree.currentItem()
        return item.data(FINDING_ROLE) if item else None

    def _on_finding_chosen(self) -> None:
        finding = self._current_finding()
        self.why.setText(f"Why this matters: {finding.why}" if finding else "")
        self.why_button.setVisible(bool(finding and finding.guide_anchor))
        if finding is not None and not finding.whole_answer:
            self.spanRequested.emit(finding.start, finding.end)

    def _select_span(self) -> None:
        finding = self._current_finding()
        if finding is not None and not finding.whole_answer:
            self.spanRequested.emit(finding.start, finding.end)

    def _open_guide(self) -> None:
        finding = self._current_finding()
        if finding is not None and finding.guide_anchor:
            self.guideRequested.emit(finding.guide_anchor)

    def _finding_menu(self, position) -> None:
        finding = self._current_finding()
        workspace = self.session.workspace
        if finding is None or workspace is None or workspace.read_only or self.question is None:
            return
        menu = QMenu(self)
        title = core.RULES[finding.rule].title if finding.rule in core.RULES else finding.rule
        off = menu.addAction(f"Turn off “{title}” for this bid")
        off.triggered.connect(lambda: self._turn_off(finding.rule))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _turn_off(self, rule: str) -> None:
        bid_id = self.question.bid_id

        def change(ws):
            settings = core.load_check_settings(ws, bid_id)
            core.save_check_settings(ws, bid_id, settings.with_rule(rule, False))
            return True

        if self.session.change(change):
            self.session.tell("That check is off for this bid. Turn it back on with “Choose "
                              "the checks for this bid…”.")
            self.refresh_context()
            self.run_now()

    def _on_data_changed(self, tables: set[str]) -> None:
        if self.question is not None and tables & {"commitment", "question", "question_outcome",
                                                   "evidence_item", "organisation", "answer"}:
            self.refresh_context()
            self._sum_up_after_checks()
            self.schedule()

    # ------------------------------------------------------------ rubric

    def _rubric_source(self) -> tuple[str, dict[str, Any]]:
        """The descriptors to read (pasted ones, else the question's guidance) and the
        person's own ticks, read here so the worker never touches the workspace."""
        workspace = self.session.workspace
        if workspace is None or self.question is None:
            return "", {}
        saved = core.load_rubric(workspace, self.question.id)
        overrides = core.load_rubric_overrides(workspace, self.question.id)
        return (saved.text or self.question.guidance or ""), overrides

    def _show_rubric(self, items: list[core.RubricItem]) -> None:
        workspace = self.session.workspace
        self.rubric_tree.blockSignals(True)
        self.rubric_tree.clear()
        self.rubric_text.setVisible(not items)
        if not items and workspace is not None and self.question is not None:
            self._rubric_edits.flush()
            saved = core.load_rubric(workspace, self.question.id).text
            if self.rubric_text.toPlainText() != saved:
                self.rubric_text.blockSignals(True)
                self.rubric_text.setPlainText(saved)  # what was pasted before, to finish
                self.rubric_text.blockSignals(False)
            self.rubric_text.setReadOnly(workspace.read_only)
        if items and workspace is not None:
            parents: dict[int, QTreeWidgetItem] = {}
            for item in items:
                if item.level not in parents:
                    parent = QTreeWidgetItem([f"{item.level} – {item.label}"])
                    parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.rubric_tree.addTopLevelItem(parent)
                    parents[item.level] = parent
                row = QTreeWidgetItem([item.element])
                row.setToolTip(0, item.reason)
                row.setData(0, FINDING_ROLE, item.key)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Checked if item.addressed
                                  else Qt.CheckState.Unchecked)
                parents[item.level].addChild(row)
            self.rubric_tree.expandAll()
        self.rubric_tree.blockSignals(False)

    def _on_rubric_ticked(self, row: QTreeWidgetItem, _column: int) -> None:
        key = row.data(0, FINDING_ROLE)
        if key is None or self.question is None:
            return
        question_id, ticked = self.question.id, row.checkState(0) == Qt.CheckState.Checked

        def change(ws):
            state = core.load_rubric(ws, question_id)
            core.save_rubric(ws, question_id, replace(
                state, overrides={**dict(state.overrides), key: ticked}))
            return True

        self.session.change(change)

    def _on_rubric_typed(self) -> None:
        """Pasted descriptors are kept as they are typed, like every other field; the
        checklist is made from them when the person presses "Use these descriptors"."""
        if self.question is not None:
            self._rubric_edits.edited(self.question.id, self.rubric_text.toPlainText())

    def _save_rubric_texts(self, texts: dict[int, str]) -> None:
        for question_id, text in texts.items():
            def change(ws, q=question_id, t=text):
                state = core.load_rubric(ws, q)
                core.save_rubric(ws, q, replace(state, text=t))
                return True

            self.session.save([("rubric", question_id)], change)

    def _save_rubric_text(self) -> None:
        if self.question is None:
            return
        self._rubric_edits.flush()
        question_id, text = self.question.id, self.rubric_text.toPlainText()

        def change(ws):  # a fresh checklist: ticks made against older descriptors go
            core.save_rubric(ws, question_id, core.RubricState(text=text))
            return True

        self.session.change(change)
        self.run_now()  # the checklist is made from them with the other checks



@dataclass(frozen=True)
class _BidAnswer:
    """One question of a bid as read from the workspace, for the worker to check."""

    question: Question
    markdown: str
    context: core.CheckContext  # read without the answer: see _checked_context
    evidence: list[EvidenceItem]


def _bid_answers(workspace: Any, bid_id: int) -> list[_BidAnswer]:
    """Each question of a bid with its saved answer and what the checks need to know.

    Reading the workspace stays on the GUI thread (its connection is the session's),
    but without the answers' text, which can be long: the parts of the context that
    depend on it are worked out by the worker (:func:`_checked_context`).
    """
    from ...core.storage.records import Bid
    from ...core.writing import bids

    workspace.get(Bid, bid_id)
    settings = core.load_check_settings(workspace, bid_id)
    evidence = workspace.find(EvidenceItem)
    return [_BidAnswer(question,
                       bids.answer_for(workspace, question.id, create=False).body_markdown,
                       core.context_for_question(workspace, question.id, markdown="",
                                                 settings=settings), evidence)
            for question in bids.questions_for_bid(workspace, bid_id)]


def _checked_context(answer: _BidAnswer) -> core.CheckContext:
    """The context with what depends on the answer's text (the evidence it uses and,
    for a page limit, its pages) filled in, as ``core.bid_readiness`` does."""
    plain = markdown_to_plain(answer.markdown)
    pages = answer.context.pages
    if answer.question.limit_kind == "pages":
        page = PageSettings.from_question(answer.question)
        pages = RoughPageEstimator().estimate(plain, page.paper, page.font, page.size_pt,
                                              page.margin_mm)
    return replace(answer.context, pages=pages,
                   evidence_items=core.evidence_used(answer.evidence, plain))


def _one_line(message: str, limit: int = 400) -> str:
    """A finding as the list shows it: spaces folded and the length bounded, since Qt
    takes seconds to wrap a line holding long runs of spaces someone pasted."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[:limit - 1] + "…"
