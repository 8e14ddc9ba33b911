"""Restore from backup: choose one of the copies made on open and while editing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.storage.backup import BackupInfo
from ..widgets.text import explanation


class RestoreBackupDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setMinimumSize(520, 360)
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "svbidder keeps a copy of your workspace each time you open it and every few "
            "minutes while you work. Choose a copy to go back to. Your workspace as it is now "
            "is backed up first, so you can change your mind."))
        self.list = QListWidget()
        self.list.setAccessibleName("Backup copies, newest first")
        for info in backups:
            size_kb = max(1, round(info.size / 1024))
            item = QListWidgetItem(f"{info.describe()}   ({size_kb:,} KB)")
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        column.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton("Restore this copy", QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
