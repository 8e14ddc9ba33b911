"""The count bar under the answer: count, limit and what is left, in words and
symbols as well as colour, with a switch to the portal-safe count."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QProgressBar, QWidget

from ...core.counting import LimitStatus

STATE_TEXT = {
    "ok": "✓ Within the limit",
    "near": "● Nearly at the limit",
    "over": "✖ Over the limit",
}
WORD_RULE = ("Words are counted the way Microsoft Word counts them: anything between spaces "
             "is one word, so “well-being” and “£1,200” are one word each.")
SAFE_RULE = ("The portal-safe count is the highest count any common tendering website "
             "would give (it counts bullets, dashes, slashes and line breaks too). Stay "
             "under the limit by this count and you are under it everywhere.")


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
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(12)
        self.bar.setAccessibleName("Share of the limit used")
        self.safe = QCheckBox("Portal-safe count")
        self.safe.setToolTip(SAFE_RULE)
        self.safe.setAccessibleDescription(SAFE_RULE)
        self.safe.toggled.connect(self.safeToggled)
        grid.addWidget(self.state_label, 0, 0)
        grid.addWidget(self.message, 0, 1, 1, 2)
        grid.addWidget(self.bar, 1, 0)
        grid.addWidget(self.safe, 1, 1)
        grid.setColumnStretch(2, 1)
        self.setToolTip(WORD_RULE)

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
