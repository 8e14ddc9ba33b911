"""Side panel: guided prompts for the question, answered one at a time, then
assembled into a first draft with the sub-headings evaluators look for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.writing import prompts as core
from ...core.writing.bids import answer_for
from ..dialogs import messages
from ..session import WorkspaceSession
from .pending import SAVE_DELAY_MS, PendingEdits

AUTOMATIC = ""


class PromptsPanel(QWidget):
    """Emits ``draftBuilt`` after Build draft changed the answer."""

    draftBuilt = Signal()

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id: int | None = None
        self.before_build = lambda: None  # the page saves the editor first
        self._boxes: dict[str, QPlainTextEdit] = {}
        # (question, prompt) -> text: a late save lands on the question it was typed for
        self._edits = PendingEdits(session, self._save, SAVE_DELAY_MS, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.choice = QComboBox()
        self.choice.setAccessibleName("Prompts to use")
        self.choice.addItem("Chosen for this question", AUTOMATIC)
        for prompt_set in core.load_prompt_sets():
            self.choice.addItem(prompt_set.title, prompt_set.id)
        self.choice.activated.connect(self._on_set_chosen)
        column.addWidget(self.choice)
        self.reason = QLabel("")
        self.reason.setObjectName("hint")
        self.reason.setWordWrap(True)
        column.addWidget(self.reason)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        column.addWidget(self.scroll, 1)
        self.build_button = QPushButton("Build a draft from these answers")
        self.build_button.setToolTip("Puts your answers together under sub-headings as a first "
                                     "draft. Your current text is kept as a version first.")
        self.build_button.clicked.connect(self.build_draft)
        column.addWidget(self.build_button)

    def show_question(self, question_id: int | None) -> None:
        self.session.flush()
        self.question_id = question_id
        self._fill()

    def _fill(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        self._boxes = {}
        workspace = self.session.workspace
        if workspace is None or self.question_id is None:
            self.scroll.setWidget(body)
            return
        choice = core.prompt_set_for_question(workspace, self.question_id)
        answers = core.prompt_answers_for(workspace, self.question_id)
        self.choice.setCurrentIndex(max(self.choice.findData(answers.prompt_set_id), 0))
        self.reason.setText(f"{choice.prompt_set.title}. {choice.reason}")
        editable = not workspace.read_only
        for prompt in choice.prompt_set.prompts:
            heading = QLabel(prompt.question)
            heading.setWordWrap(True)
            heading.setObjectName("questionText")
            help_text = QLabel(prompt.help)
            help_text.setWordWrap(True)
            help_text.setObjectName("hint")
            example = QLabel(f"For example: {prompt.example}")
            example.setWordWrap(True)
            example.setObjectName("hint")
            box = QPlainTextEdit(answers.get(prompt.id))
            box.setAccessibleName(prompt.question)
            box.setTabChangesFocus(True)
            box.setMaximumHeight(90)
            box.setReadOnly(not editable)
            box.textChanged.connect(lambda p=prompt.id, b=box: self._queue(p, b.toPlainText()))
            for widget in (heading, help_text, example, box):
                column.addWidget(widget)
            column.addSpacing(8)
            self._boxes[prompt.id] = box
        column.addStretch(1)
        self.scroll.setWidget(body)
        self.build_button.setEnabled(editable)
        self.choice.setEnabled(editable)

    def _queue(self, prompt_id: str, text: str) -> None:
        if self.question_id is not None:
            self._edits.edited((self.question_id, prompt_id), text)

    def flush(self) -> None:
        """Save what is waiting (the session keeps and retries any that fail)."""
        self._edits.flush()

    def _save(self, edits: dict[tuple[int, str], str]) -> None:
        for (question_id, prompt_id), text in edits.items():
            self.session.save(
                [("prompt", question_id, prompt_id)],
                lambda ws, q=question_id, p=prompt_id, t=text: core.save_prompt_answer(ws, q, p, t))

    def _on_set_chosen(self, _index: int) -> None:
        if self.question_id is None:
            return
        self.flush()
        set_id = self.choice.currentData()
        question_id = self.question_id
        self.session.change(lambda ws: core.set_prompt_set(ws, question_id, set_id))
        self._fill()

    def build_draft(self) -> None:
        workspace = self.session.workspace
        if workspace is None or self.question_id is None:
            return
        self.before_build()
        self.flush()
        question_id = self.question_id
        prompt_set = core.prompt_set_for_question(workspace, question_id).prompt_set
        answers = core.prompt_answers_for(workspace, question_id)
        if not any(text.strip() for text in answers.answers.values()):
            messages.show_info(self, "Nothing to build yet",
                               "Answer at least one of the prompts first.")
            return
        current = answer_for(workspace, question_id, create=False).body_markdown
        force = False
        if core.draft_status(current, answers.last_built) == "edited":
            if not messages.ask(self, "Replace your answer?",
                                "You have changed the answer since the last draft was built. "
                                "Building again replaces it. Your current text is kept as a "
                                "version you can restore from the History tab.",
                                "Replace it"):
                return
            force = True
        if self.session.change(lambda ws: core.apply_draft(ws, question_id, prompt_set,
                                                           force=force)) is not None:
            self.draftBuilt.emit()
            self.session.tell("Draft built from your answers. Edit it freely; Edit → Undo "
                              "takes it back.")
