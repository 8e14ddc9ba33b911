"""New workspace: the organisation's name and where to keep the file, in one step."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import WORKSPACE_SUFFIX
from ..widgets.forms import add_row
from ..widgets.text import explanation


def suggested_file_name(organisation: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|]+', " ", organisation).strip()
    cleaned = re.sub(r"\s+", " ", cleaned)[:60].strip()
    return f"{cleaned or 'Our bids'} bids{WORKSPACE_SUFFIX}"


class NewWorkspaceDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New workspace")
        self.setMinimumWidth(560)
        self._folder = folder
        self._path_edited = False
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "A workspace is one file that holds everything about your organisation and your "
            "bids. Keep it somewhere that is backed up, such as your documents folder."))
        form = QFormLayout()
        column.addLayout(form)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("e.g. Millbrook Community Hub")
        self.name_edit.textChanged.connect(self._on_name_changed)
        add_row(form, "Your organisation's &name", self.name_edit)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(str(folder / suggested_file_name("")))
        self.path_edit.textEdited.connect(self._on_path_edited)
        browse = QPushButton("&Choose…")
        browse.setAccessibleName("Choose where to save the workspace")
        browse.clicked.connect(self._browse)
        line.addWidget(self.path_edit, 1)
        line.addWidget(browse)
        add_row(form, "&Save it as", row)
        self.path_edit.setAccessibleName("Save it as")
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton("Create workspace",
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _on_name_changed(self, text: str) -> None:
        if not self._path_edited:
            folder = Path(self.path_edit.text()).parent if self.path_edit.text() else self._folder
            self.path_edit.setText(str(folder / suggested_file_name(text)))

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the workspace as", self.path_edit.text(),
            f"svbidder workspaces (*{WORKSPACE_SUFFIX})",
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self._path_edited = True
            self.path_edit.setText(chosen)

    def organisation_name(self) -> str:
        return self.name_edit.text().strip()

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        return path

    def validation_problem(self) -> str:
        if not self.path_edit.text().strip():
            return "Choose where to save the workspace."
        path = self.path()
        if path.exists():
            return (f"There is already a file called “{path.name}” there. "
                    "Choose another name, or open that file instead.")
        if not path.parent.is_dir():
            return f"The folder {path.parent} does not exist. Choose another folder."
        return ""

    def _accept_if_valid(self) -> None:
        problem = self.validation_problem()
        self.problem.setText(problem)
        if not problem:
            self.accept()
