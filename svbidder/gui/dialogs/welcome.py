"""The first-run welcome: three ways to begin, shown once (Help menu shows it again)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..widgets.text import explanation, heading

EXAMPLE, NEW, GUIDES = "example", "new", "guides"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to svbidder")
        self.setMinimumWidth(620)
        self.choice = ""
        column = QVBoxLayout(self)
        column.addWidget(heading("Welcome to svbidder"))
        column.addWidget(explanation(
            "Councils give marks for the good you do for local people: this is called social "
            "value. svbidder helps you show what you already do, match it to what the council "
            "wants, and write answers that fit the word limit.\n\n"
            "Everything stays on this computer and is saved as you type. Where would you like "
            "to start?"))
        row = QHBoxLayout()
        for key, text, tip in (
                (EXAMPLE, "Try the example", "A made-up charity and tender to practise on"),
                (NEW, "Start a new workspace", "Set up a workspace for your organisation"),
                (GUIDES, "Read the guides", "Short guides to social value and writing bids")):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _c=False, k=key: self._choose(k))
            row.addWidget(button)
        column.addLayout(row)
        later = QPushButton("Not now")
        later.setToolTip("You can see this again from Help → Welcome")
        later.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(later)
        column.addSpacing(8)
        column.addLayout(bottom)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()
