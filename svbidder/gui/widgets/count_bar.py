"""The count bar under the answer: count, limit and what is left, in words and
symbols as well as colour, with a switch to the portal-safe count, a note when
text past the limit is highlighted, and how this question's limit is counted.

Also the short count shown beside each question in the lists (Write answers,
Bids → Questions), worked out from the saved answer so every list agrees.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from ...core.storage.records import Question
from ...core.writing import bids as bid_ops
from ...core.writing.counting import LimitStatus, PageSettings
from .overflow import OVERFLOW_BACKGROUND, OVERFLOW_HELP, OVERFLOW_TEXT
from .steady import LinesReserved

STATE_TEXT = {
    "ok": "✓ Within the limit",
    "near": "● Nearly at the limit",
    "over": "✖ Over the limit",
}
WORD_RULE = ("Words are counted the way Microsoft Word counts them: anything between spaces "
             "is one word, so “well-being” and “£1,200” are one word each.")
CHARACTER_RULE = ("Characters are counted with spaces, as Word's “Characters (with spaces)”: "
                  "every letter, number, mark and space counts as one; line breaks do not. "
                  "A tendering website may count each line break as 2: see “Portal-safe "
                  "count”.")
NO_SPACES_RULE = ("Characters are counted without spaces, as Word's “Characters (no "
                  "spaces)”: every letter, number and mark counts as one; spaces, tabs and "
                  "line breaks do not count.")
PAGE_RULE = ("Pages are an estimate: svbidder lays your answer out on {settings}, so Word may "
             "break the page a line or two differently. Check it in Word before you submit.")
SAFE_RULE = ("The portal-safe count is the highest count any common tendering website "
             "would give (it counts bullets, dashes, slashes and line breaks too). Stay "
             "under the limit by this count and you are under it everywhere.")




def count_rule(question: Question | None) -> str:
    """How this question's limit is counted, in the words docs/counting.md uses."""
    kind = question.limit_kind if question is not None else None
    if kind == "characters":
        return CHARACTER_RULE
    if kind == "characters_no_spaces":
        return NO_SPACES_RULE
    if kind == "pages":
        return PAGE_RULE.format(settings=PageSettings.from_question(question).describe())
    return WORD_RULE


def list_count(question: Question, markdown: str) -> str:
    """The short count for a question list: ``"✖ 512 of 500 words"``, with a symbol
    as well as the words when near or over (colour is never the only signal)."""
    settings = PageSettings.from_question(question) if question.limit_kind == "pages" else None
    return _list_count(question.limit_kind, question.limit_value, settings, markdown)


@lru_cache(maxsize=512)
def _list_count(kind: str | None, value: float | None, settings: PageSettings | None,
                markdown: str) -> str:
    """Cached by the answer's text, so relabelling a list after every save recounts
    only the answers that changed."""
    settings = settings or PageSettings()
    question = Question(limit_kind=kind, limit_value=value, page_paper=settings.paper,
                        page_font=settings.font, page_font_size=settings.size_pt,
                        page_margin_mm=settings.margin_mm)
    estimator = None
    if kind == "pages":  # the same layout as the count bar's, so the two agree
        from ..page_layout import page_estimator

        estimator = page_estimator()
    status = bid_ops.answer_status(question, markdown, estimator=estimator)
    marker = {"near": "● ", "over": "✖ "}.get(status.state, "")
    return marker + status.message.split(" — ")[0]


class CountBar(QFrame):
    """Emits ``safeToggled(bool)`` when the person switches to the portal-safe count."""

    safeToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countBar")
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        self.state_label = QLabel("")
        self.state_label.setObjectName("countState")
        self.message = QLabel("")
        self.message.setObjectName("countMessage")
        self.message.setAccessibleName("Count")
        # A longer count ("… by the portal-safe count …") wraps inside two lines kept
        # for it instead of widening the bar: ticking the switch then moves neither
        # the switch itself nor the panels beside the editor.
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        LinesReserved(self.message, 2)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(12)
        self.bar.setAccessibleName("Share of the limit used")
        self.safe = QCheckBox("Portal-safe count")
        self.safe.setToolTip(SAFE_RULE)
        self.safe.setAccessibleDescription(SAFE_RULE)
        self.safe.toggled.connect(self.safeToggled)
        # The note shows the highlight's colour, so it is also its legend. It sits
        # beside the switch and keeps its place when empty, so nothing jumps.
        self.overflow_note = QLabel("")
        self.overflow_note.setObjectName("overflowNote")
        self.overflow_note.setAccessibleName("Text past the limit")
        self.overflow_note.setMinimumHeight(self.overflow_note.fontMetrics().height())
        # How this question's limit is counted; the page puts it under the bar.
        self.rule = QLabel(WORD_RULE)
        self.rule.setObjectName("hint")
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName("How this limit is counted")
        grid.addWidget(self.state_label, 0, 0)
        grid.addWidget(self.message, 0, 1, 1, 2)
        grid.addWidget(self.bar, 1, 0)
        grid.addWidget(self.safe, 1, 1)
        grid.addWidget(self.overflow_note, 1, 2)
        grid.setColumnStretch(2, 1)
        self.show_overflow("")
        self.setToolTip(WORD_RULE)

    def set_question(self, question: Question | None) -> None:
        """Say how this question's limit is counted (words, characters or pages)."""
        rule = count_rule(question)
        self.rule.setText(rule)
        self.setToolTip(rule)

    def show_overflow(self, note: str) -> None:
        """Explain the highlight in the answer ("" when nothing is highlighted)."""
        self.overflow_note.setText(note)
        self.overflow_note.setToolTip(OVERFLOW_HELP if note else "")
        self.overflow_note.setStyleSheet(
            f"QLabel#overflowNote {{ background: {OVERFLOW_BACKGROUND}; "
            f"color: {OVERFLOW_TEXT}; padding: 2px 6px; border-radius: 3px; }}" if note else "")

    def show_status(self, status: LimitStatus) -> None:
        has_limit = status.limit is not None
        self.message.setText(status.message)
        self.state_label.setText(STATE_TEXT[status.state] if has_limit else "No limit")
        self.state_label.setAccessibleName(self.state_label.text())
        self.setProperty("state", status.state if has_limit else "none")
        self.style().unpolish(self)
        self.style().polish(self)
        self.bar.setVisible(has_limit)
        if has_limit and status.fraction is not None:
            self.bar.setValue(min(100, round(status.fraction * 100)))
        self.safe.setVisible(status.kind != "pages")
