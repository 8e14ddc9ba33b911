"""Side panel: what we do and our evidence, at hand while writing, one click to insert."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.organisation.evidence import describe_evidence
from ...core.text.search import fold
from ...core.writing.drafting import (
    activity_label,
    evidence_insert_text,
    evidence_label,
    material_for_question,
)
from ..session import WorkspaceSession

TEXT_ROLE = Qt.ItemDataRole.UserRole


class MaterialPanel(QWidget):
    """Emits ``insertRequested(text)``; the page puts it at the cursor."""

    insertRequested = Signal(str)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        hint = QLabel("★ marks activities you mapped to the priorities this question asks "
                      "about. Double-click an item, or choose Insert, to add it to your answer.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search what we do and our evidence")
        self.search.setAccessibleName("Search what we do and our evidence")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        column.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Activities and evidence")
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(lambda item, _c: self._insert(item))
        column.addWidget(self.tree, 1)
        self.insert_button = QPushButton("Insert into answer")
        self.insert_button.clicked.connect(lambda: self._insert(self.tree.currentItem()))
        column.addWidget(self.insert_button)
        session.dataChanged.connect(self._on_data_changed)

    def show_question(self, question_id: int | None) -> None:
        self.question_id = question_id
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        workspace = self.session.workspace
        if workspace is None or self.question_id is None:
            return
        words = fold(self.search.text()).split()
        for entry in material_for_question(workspace, self.question_id):
            activity = entry.activity
            haystack = fold(" ".join((activity.title, activity.description,
                                      *(e.title + " " + e.body for e in entry.evidence))))
            if not all(word in haystack for word in words):
                continue
            parent = QTreeWidgetItem([activity_label(entry)])
            summary = activity.description.strip() or activity.title
            parent.setData(0, TEXT_ROLE, summary)
            parent.setToolTip(0, summary[:500])
            self.tree.addTopLevelItem(parent)
            for item in entry.evidence:
                child = QTreeWidgetItem([evidence_label(item)])
                child.setData(0, TEXT_ROLE, evidence_insert_text(item))
                child.setToolTip(0, describe_evidence(item))
                parent.addChild(child)
            parent.setExpanded(entry.mapped or bool(words))

    def _insert(self, item: QTreeWidgetItem | None) -> None:
        workspace = self.session.workspace
        if item is None or workspace is None or workspace.read_only:
            return
        text = item.data(0, TEXT_ROLE)
        if text:
            self.insertRequested.emit(text)

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & {"activity", "evidence_item", "activity_evidence", "mapping",
                     "question_outcome"}:
            self.refresh()
