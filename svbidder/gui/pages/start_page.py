"""The start screen: recent workspaces, and the three ways to begin."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..session import WorkspaceSession
from ..widgets.text import ScaledLabel, explanation, heading

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """Emits what the person chose; the main window carries it out."""

    newRequested = Signal()
    openRequested = Signal()
    exampleRequested = Signal()
    recentChosen = Signal(Path)
    continueRequested = Signal()

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(12)
        outer.addWidget(heading("Welcome to svbidder"))
        outer.addWidget(explanation(
            "svbidder helps you show the good your organisation already does, and write the "
            "social value answers in council bids. Everything is kept in one workspace file on "
            "this computer. It works without the internet and saves every change as you go."))

        self.current_box = QWidget()
        current = QHBoxLayout(self.current_box)
        current.setContentsMargins(0, 8, 0, 8)
        self.current_label = ScaledLabel("", scale=1.1, bold=True)
        self.current_label.setWordWrap(True)
        self.continue_button = QPushButton("Carry on with this workspace")
        self.continue_button.setAccessibleName("Carry on with the open workspace")
        self.continue_button.clicked.connect(self.continueRequested)
        current.addWidget(self.current_label, 1)
        current.addWidget(self.continue_button)
        outer.addWidget(self.current_box)
        self.coming_up = QLabel("")
        self.coming_up.setWordWrap(True)
        self.coming_up.setTextFormat(Qt.TextFormat.PlainText)
        self.coming_up.setAccessibleName("Coming up: bid deadlines and delivery reports")
        self.coming_up.setMaximumWidth(900)
        outer.addWidget(self.coming_up)

        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        self.new_button = self._big_button(
            "New workspace…", "Start a workspace for your organisation. It takes a minute.",
            self.newRequested)
        self.open_button = self._big_button(
            "Open a workspace…", "Open a workspace file you or a colleague already made.",
            self.openRequested)
        self.example_button = self._big_button(
            "Try the example", "A made-up charity to practise on. Ideal for training sessions.",
            self.exampleRequested)
        for column, button in enumerate((self.new_button, self.open_button,
                                         self.example_button)):
            choices.addWidget(button, 0, column)
            note = QLabel(button.accessibleDescription())
            note.setObjectName("hint")
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            choices.addWidget(note, 1, column)
            choices.setColumnStretch(column, 1)
        choices.setColumnStretch(3, 1)
        outer.addLayout(choices)

        outer.addSpacing(12)
        outer.addWidget(ScaledLabel("Recent workspaces", scale=1.2, bold=True))
        self.recent_hint = explanation("Workspaces you open will be listed here.")
        outer.addWidget(self.recent_hint)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName("Recent workspaces")
        self.recent_list.setAccessibleDescription("Press Enter or double-click to open one")
        self.recent_list.itemActivated.connect(self._on_recent_activated)
        self.recent_list.setMaximumWidth(900)
        outer.addWidget(self.recent_list, 1)
        self._filler = QWidget()  # keeps everything at the top when there is no list
        outer.addWidget(self._filler, 1)

        session.workspaceChanged.connect(self.refresh)
        session.dataChanged.connect(lambda tables: self._show_coming_up()
                                    if tables & {"bid", "contract", "delivery_record"}
                                    else None)
        self.refresh()

    def _big_button(self, text: str, description: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("bigButton")
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setMinimumHeight(48)
        button.clicked.connect(signal)
        return button

    def refresh(self) -> None:
        workspace = self.session.workspace
        self.current_box.setVisible(workspace is not None)
        if workspace is not None:
            name = workspace.organisation().name or workspace.path.stem
            self.current_label.setText(f"Open now: {name}")
        self._show_coming_up()
        self.recent_list.clear()
        for text in self.session.settings.recent_files:
            path = Path(text)
            exists = path.exists()
            label = f"{path.stem}\n{path.parent}" + ("" if exists else "  (not found)")
            item = QListWidgetItem(label)
            item.setData(PATH_ROLE, path)
            item.setToolTip(str(path))
            if not exists:
                item.setForeground(self.palette().placeholderText())
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.recent_hint.setVisible(not has_recent)
        self._filler.setVisible(not has_recent)

    def _show_coming_up(self) -> None:
        """Bids still being written, by deadline, and each won contract's next delivery
        report, soonest first."""
        workspace = self.session.workspace
        lines: list[str] = []
        if workspace is not None:
            from ...core.dates import format_uk_date
            from ...core.delivery.status import describe_next_report, upcoming_reports
            from ...core.writing.bids import bids_by_deadline, describe_deadline, parse_deadline

            for bid in bids_by_deadline(workspace):
                deadline = parse_deadline(bid.deadline)
                if bid.status == "drafting" and deadline is not None:
                    lines.append(f"Bid deadline: {bid.contract_title or bid.reference}, "
                                 f"{format_uk_date(deadline)} ({describe_deadline(bid)})")
            for bid, period in upcoming_reports(workspace):
                lines.append(f"Delivery report: {bid.contract_title or bid.reference}, "
                             f"{describe_next_report(period, date.today())}")
        self.coming_up.setText("Coming up\n" + "\n".join(f"• {line}" for line in lines)
                               if lines else "")
        self.coming_up.setVisible(bool(lines))

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(item.data(PATH_ROLE))
