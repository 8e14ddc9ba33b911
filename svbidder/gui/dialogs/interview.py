"""“Unpick our social value”: plain questions, theme by theme, whose answers
become activities and evidence with one click.

Answers are kept in the workspace as they are typed, so the interview can be
closed at any point and picked up later where it was left.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.content import interview as core
from ..session import WorkspaceSession
from ..widgets.pending import PendingEdits
from ..widgets.text import ScaledLabel

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 500


class InterviewDialog(QDialog):
    def __init__(self, session: WorkspaceSession, interview: core.Interview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.interview = interview
        self.setWindowTitle("Unpick our social value")
        self.setMinimumSize(860, 600)
        self.questions: list[tuple[core.InterviewTheme, core.InterviewQuestion]] = [
            (theme, question) for theme in interview.themes for question in theme.questions]
        self.progress = core.load_progress(session.workspace)
        self._edits = PendingEdits(session, self._save, SAVE_DELAY_MS, self)
        self._build()
        self.index = self._start_index()
        self._show_question()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        row = QHBoxLayout(self)
        side = QVBoxLayout()
        row.addLayout(side)
        self.theme_list = QListWidget()
        self.theme_list.setObjectName("recordList")
        self.theme_list.setAccessibleName("Themes")
        self.theme_list.setMaximumWidth(260)
        for theme in self.interview.themes:
            item = QListWidgetItem(theme.title)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            self.theme_list.addItem(item)
        self.theme_list.itemClicked.connect(self._on_theme_clicked)
        side.addWidget(self.theme_list, 1)
        self.counts = QLabel("")
        self.counts.setObjectName("hint")
        self.counts.setWordWrap(True)
        self.counts.setMaximumWidth(260)
        side.addWidget(self.counts)

        column = QVBoxLayout()
        row.addLayout(column, 1)
        self.theme_title = ScaledLabel("", scale=1.4, bold=True)
        self.theme_intro = QLabel("")
        self.theme_intro.setWordWrap(True)
        self.position = QLabel("")
        self.position.setObjectName("hint")
        self.question_text = ScaledLabel("", scale=1.15, bold=True)
        self.question_text.setWordWrap(True)
        self.help_text = QLabel("")
        self.help_text.setWordWrap(True)
        self.example_box = QFrame()
        self.example_box.setFrameShape(QFrame.Shape.StyledPanel)
        example_layout = QVBoxLayout(self.example_box)
        self.example_text = QLabel("")
        self.example_text.setWordWrap(True)
        self.example_text.setTextFormat(Qt.TextFormat.PlainText)
        example_layout.addWidget(self.example_text)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText("Type your answer in your own words. A few sentences "
                                       "is plenty. Leave it blank, or skip, if it does not "
                                       "apply to you.")
        self.answer.textChanged.connect(self._on_answer_changed)
        answer_label = QLabel("&Your answer")
        answer_label.setBuddy(self.answer)
        for widget in (self.theme_title, self.theme_intro, self.position, self.question_text,
                       self.help_text, self.example_box, answer_label):
            column.addWidget(widget)
        column.addWidget(self.answer, 1)

        make_row = QHBoxLayout()
        self.create_button = QPushButton("")
        self.create_button.clicked.connect(self.create_from_answer)
        self.created_note = QLabel("")
        self.created_note.setWordWrap(True)
        make_row.addWidget(self.create_button)
        make_row.addWidget(self.created_note, 1)
        column.addLayout(make_row)

        nav = QHBoxLayout()
        self.back_button = QPushButton("← Back")
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.skip_button = QPushButton("Skip this question")
        self.skip_button.setToolTip("It does not apply to us, or we will come back to it")
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton("Next →")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.finish_button = QPushButton("Finish for now")
        self.finish_button.setToolTip("Your answers are kept; carry on another time")
        self.finish_button.clicked.connect(self.accept)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.finish_button)
        column.addLayout(nav)

    def _start_index(self) -> int:
        ids = [question.id for _theme, question in self.questions]
        if self.progress.current in ids:
            return ids.index(self.progress.current)
        upcoming = core.next_unanswered(self.interview, self.progress)
        return ids.index(upcoming.id) if upcoming is not None else 0

    # ------------------------------------------------------------ showing

    @property
    def current(self) -> tuple[core.InterviewTheme, core.InterviewQuestion]:
        return self.questions[self.index]

    def _show_question(self) -> None:
        theme, question = self.current
        in_theme = [q for q in theme.questions]
        self.theme_title.setText(theme.title)
        self.theme_intro.setText(theme.intro)
        self.position.setText(f"Question {in_theme.index(question) + 1} of {len(in_theme)} "
                              f"in this theme · {self.index + 1} of {len(self.questions)} "
                              "in all")
        self.question_text.setText(question.text)
        self.question_text.setAccessibleName(question.text)
        self.help_text.setText(question.help)
        self.example_text.setText(f"For example: {question.example}")
        self.answer.blockSignals(True)
        self.answer.setPlainText(self.progress.answers.get(question.id, ""))
        self.answer.blockSignals(False)
        self.answer.setAccessibleName(f"Your answer: {question.text}")
        target = "activities" if question.creates == "activity" else "evidence"
        self.create_button.setText(f"Add this to our {target}")
        self.create_button.setAccessibleName(f"Add this answer to our {target}")
        self._show_created()
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.questions) - 1
        self.next_button.setText("Finish" if last else "Next →")
        self.progress.current = question.id
        self.theme_list.setCurrentRow(self.interview.themes.index(theme))
        self._mark_themes()
        self.answer.setFocus()

    def _show_created(self) -> None:
        _theme, question = self.current
        made = core.created_records(self.session.workspace, self.progress, question.id)
        has_text = bool(self.answer.toPlainText().strip())
        self.create_button.setEnabled(has_text)
        if made:
            where = "What we do" if question.creates == "activity" else "Evidence"
            self.created_note.setText(f"✓ Added “{made[-1].title}” to {where}. "
                                      "You can edit it there.")
        else:
            self.created_note.setText("" if has_text else "Type an answer to add it.")

    def _mark_themes(self) -> None:
        for row, theme in enumerate(self.interview.themes):
            done = all(self.progress.is_answered(q.id) or q.id in self.progress.skipped
                       for q in theme.questions)
            item = self.theme_list.item(row)
            item.setText(("✓ " if done else "") + theme.title)
        answered, skipped, total = core.progress_counts(self.interview, self.progress)
        self.counts.setText(f"{answered} of {total} questions answered, {skipped} skipped. "
                            "Your answers are kept, so you can stop at any time.")

    # ------------------------------------------------------------ actions

    def _on_answer_changed(self) -> None:
        _theme, question = self.current
        self.progress.answers[question.id] = self.answer.toPlainText()
        self.progress.skipped.discard(question.id)
        self._show_created()
        self._edits.edited("progress", self.progress)

    def _on_theme_clicked(self, item: QListWidgetItem) -> None:
        theme_id = item.data(Qt.ItemDataRole.UserRole)
        for index, (theme, _question) in enumerate(self.questions):
            if theme.id == theme_id:
                self.go(index)
                return

    def go(self, index: int) -> None:
        if index >= len(self.questions):
            self.accept()
            return
        self.index = max(0, index)
        self.save_progress()
        self._show_question()

    def skip(self) -> None:
        _theme, question = self.current
        self.progress.skipped.add(question.id)
        self.go(self.index + 1)

    def create_from_answer(self) -> None:
        _theme, question = self.current
        text = self.answer.toPlainText().strip()
        if not text:
            return
        self.save_progress()
        made = self.session.change(
            lambda ws: core.create_from_answer(ws, question, text, self.progress))
        if made is None:
            return
        self.progress = core.load_progress(self.session.workspace)
        self._show_created()
        self.session.tell(f"Added “{made.title}”. It is on the "
                          f"{'What we do' if question.creates == 'activity' else 'Evidence'} "
                          "screen.")

    def save_progress(self) -> None:
        self._edits.edited("progress", self.progress)
        self._edits.flush()

    def _save(self, edits: dict[str, core.InterviewProgress]) -> None:
        workspace = self.session.workspace
        if workspace is None or workspace.read_only:
            return
        # a copy: answers typed later must not change what is kept for a retry
        progress = core.InterviewProgress.from_json(edits["progress"].to_json())
        # kept and tried again by the session if it cannot be saved now (a full disk)
        if self.session.save([("interview",)], lambda ws: core.save_progress(ws, progress)
                             or True) is None:
            self.created_note.setText(f"⚠ {self.session.state_message}")

    def done(self, result: int) -> None:
        self.save_progress()
        super().done(result)
