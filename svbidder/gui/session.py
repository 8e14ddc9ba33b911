"""The open workspace as seen by the GUI: one object every screen talks to.

It owns the core :class:`Workspace`, turns core errors into signals the window
shows, reports the save state for the status bar, and makes periodic backups.
Screens never touch SQLite or files themselves.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import SvBidderError
from ..core.storage.settings import Settings, save_settings
from ..paths import AppPaths

if TYPE_CHECKING:  # storage is loaded when a workspace is first opened, not at start-up
    from ..core.storage.backup import BackupInfo, BackupStore
    from ..core.storage.records import Record
    from ..core.storage.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")
BACKUP_INTERVAL_MS = 5 * 60 * 1000
RETRY_DELAY_MS = 5000


class SaveState:
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"
    READ_ONLY = "read-only"
    NONE = "none"


class WorkspaceSession(QObject):
    """Signals: ``workspaceChanged`` when a workspace opens or closes;
    ``dataChanged(set)`` with the tables touched by a change, undo or redo;
    ``saveStateChanged(state, message)`` for the status bar;
    ``historyChanged`` when undo/redo availability changes."""

    workspaceChanged = Signal()
    dataChanged = Signal(object)
    saveStateChanged = Signal(str, str)
    historyChanged = Signal()
    messageShown = Signal(str)

    def __init__(self, paths: AppPaths, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self._backups: BackupStore | None = None
        self.workspace: Workspace | None = None
        self._flushers: list[tuple[Callable[[], None], Callable[[], bool]]] = []
        self._flushing = False
        self._changed_since_backup = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._periodic_backup)
        # Saves that failed (a full disk, a removed USB stick), by what they save, tried
        # again every few seconds until they succeed. A later save of the same thing
        # replaces an older one, so an old value never overwrites a newer one.
        self._unsaved: dict[tuple, Callable[[Workspace], Any]] = {}
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self.retry_unsaved)
        self.state = SaveState.NONE
        self.state_message = ""

    @property
    def backups(self) -> BackupStore:
        if self._backups is None:
            from ..core.storage.backup import BackupStore

            self._backups = BackupStore(self.paths.backup_dir)
        return self._backups

    # -------------------------------------------------------------- state

    def _set_state(self, state: str, message: str) -> None:
        self.state, self.state_message = state, message
        self.saveStateChanged.emit(state, message)

    def mark_pending(self) -> None:
        """A screen has edits waiting for its typing pause; say so."""
        already = self.state == SaveState.PENDING  # called on every keystroke: say it once
        if not already and self.workspace is not None and not self.workspace.read_only:
            self._set_state(SaveState.PENDING, "Saving…")

    def tell(self, text: str) -> None:
        """A short note for the status bar, e.g. how to undo what just happened."""
        self.messageShown.emit(text)

    def settle(self) -> None:
        """A flush found nothing to save: stop saying "Saving…" unless edits still wait."""
        if self.state == SaveState.PENDING and not any(
                waiting() for _flush, waiting in self._flushers):
            self._set_state(SaveState.SAVED, self._saved_message())

    def register_flusher(self, flush: Callable[[], None],
                         waiting: Callable[[], bool] = lambda: False) -> None:
        """Screens with edits that wait for a typing pause register how to save them at
        once (``flush``) and how to tell whether any are waiting (``waiting``)."""
        self._flushers.append((flush, waiting))

    def unregister_flusher(self, flush: Callable[[], None]) -> None:
        self._flushers = [entry for entry in self._flushers if entry[0] != flush]

    def flush(self) -> None:
        """Save every screen's waiting edits now. Runs before every other change, so
        nothing typed is lost or overwritten by what the change shows next."""
        if self._flushing:
            return
        self._flushing = True
        try:
            for flush, _waiting in list(self._flushers):
                flush()
        finally:
            self._flushing = False

    # ----------------------------------------------------------- changes

    def change(self, action: Callable[[Workspace], T]) -> T | None:
        """Run one change against the workspace and report how saving went.

        Returns the action's result, or None when it could not be saved (the
        status bar then says why; the file still holds the last saved state).
        """
        workspace = self.workspace
        if workspace is None:
            return None
        self.flush()  # typed edits waiting for a pause belong before this change
        try:
            result = action(workspace)
        except SvBidderError as exc:
            log.warning("Change not saved: %s", exc)
            workspace_ok = not workspace.read_only
            message = str(exc) + (" svbidder keeps your typing and will try again."
                                  if workspace_ok else "")
            self._set_state(SaveState.FAILED, message)
            return None
        self._changed_since_backup = True
        self._set_state(SaveState.SAVED, self._saved_message())
        self.historyChanged.emit()
        return result

    def save(self, keys: list[tuple], action: Callable[[Workspace], T],
             parts: Callable[[], dict[tuple, Callable[[Workspace], Any]]] | None = None
             ) -> T | None:
        """A change that must not be lost: if it cannot be saved now it is kept and
        tried again. ``keys`` name what it saves (e.g. one field of one record);
        ``parts`` splits it into one action per key for keeping (default: the
        whole action under each key)."""
        result = self.change(action)
        if result is not None:
            for key in keys:
                self._unsaved.pop(key, None)
        elif self.workspace is not None and not self.workspace.read_only:
            self._unsaved.update(parts() if parts else dict.fromkeys(keys, action))
            self._retry_timer.start()
        return result

    def retry_unsaved(self) -> None:
        """Try the kept saves again; those that still fail stay kept."""
        pending, self._unsaved = self._unsaved, {}
        for key, action in pending.items():
            self.save([key], action)

    def update(self, cls: type[Record], record_id: int, **changes: Any) -> Any:
        """Save fields as the person types, kept field by field if the save fails."""
        keys = [(cls.TABLE, record_id, name) for name in changes]

        def parts() -> dict[tuple, Callable[[Workspace], Any]]:
            return {(cls.TABLE, record_id, name): (
                lambda ws, n=name, v=value: ws.update(cls, record_id, typing=True, **{n: v}))
                for name, value in changes.items()}

        return self.save(keys, lambda ws: ws.update(cls, record_id, typing=True, **changes),
                         parts)

    def undo(self) -> None:
        self.flush()
        self.change(lambda ws: ws.undo())

    def redo(self) -> None:
        self.flush()
        self.change(lambda ws: ws.redo())

    def _on_workspace_changed(self, tables: set[str]) -> None:
        self.dataChanged.emit(tables)

    @staticmethod
    def _saved_message() -> str:
        return f"All changes saved ({datetime.now().strftime('%H:%M')})"

    # ------------------------------------------------------ open and close

    def open(self, path: Path, *, take_over_lock: bool = False) -> Workspace:
        """Open a workspace (raises SvBidderError with a friendly message)."""
        from ..core.storage.workspace import Workspace

        self.close()
        workspace = Workspace.open(path, backups=self.backups, take_over_lock=take_over_lock)
        self._adopt(workspace)
        return workspace

    def create(self, path: Path, organisation_name: str) -> Workspace:
        from ..core.storage.workspace import Workspace

        self.close()
        workspace = Workspace.create(path, backups=self.backups,
                                     organisation_name=organisation_name)
        self._adopt(workspace)
        return workspace

    def open_example(self) -> Workspace:
        """A fresh copy of the example in the data folder; the previous copy is replaced."""
        from ..core.content.example import (  # heavy: only when asked
            EXAMPLE_FILE_NAME,
            write_example,
        )
        from ..core.storage.lock import read_lock

        self.close()
        folder = self.paths.examples_dir
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / EXAMPLE_FILE_NAME
        number = 1
        while target.exists() and read_lock(target) is not None:
            number += 1  # that copy is open in another window: leave it alone
            target = folder / f"{Path(EXAMPLE_FILE_NAME).stem} ({number}).svbid"
        if target.exists():
            target.unlink()
        write_example(target).close()
        return self.open(target)

    def _adopt(self, workspace: Workspace) -> None:
        self.workspace = workspace
        workspace.add_listener(self._on_workspace_changed)
        self.settings.add_recent(workspace.path)
        self.settings.last_folder = str(workspace.path.parent)
        save_settings(self.paths.settings_file, self.settings)
        self._changed_since_backup = False
        if workspace.read_only:
            self._set_state(SaveState.READ_ONLY, "Read-only: changes cannot be saved")
        else:
            self._set_state(SaveState.SAVED, "All changes saved")
            self._backup_timer.start()
        self.workspaceChanged.emit()
        self.historyChanged.emit()

    def close(self) -> None:
        if self.workspace is None:
            return
        self.flush()
        if self._unsaved:
            self.retry_unsaved()  # one last try; kept saves belong to this workspace only
            if self._unsaved:
                log.error("Closing %s with %d change(s) that could not be saved",
                          self.workspace.path, len(self._unsaved))
            self._unsaved.clear()
        self._retry_timer.stop()
        self._backup_timer.stop()
        if self._changed_since_backup and not self.workspace.read_only:
            self._periodic_backup()
        self.workspace.close()
        self.workspace = None
        self._set_state(SaveState.NONE, "")
        self.workspaceChanged.emit()
        self.historyChanged.emit()

    # ----------------------------------------------------------- copies

    def save_copy(self, target: Path) -> None:
        if self.workspace is None:
            return
        self.flush()
        self.workspace.save_copy(target)

    def backup_now(self) -> Path | None:
        if self.workspace is None:
            return None
        self.flush()
        path = self.workspace.backup_now()
        self._changed_since_backup = False
        return path

    def _periodic_backup(self) -> None:
        if self.workspace is None or not self._changed_since_backup:
            return
        try:
            self.backup_now()
        except SvBidderError as exc:
            log.warning("Periodic backup failed: %s", exc)

    def list_backups(self, path: Path | None = None) -> list[BackupInfo]:
        target = path or (self.workspace.path if self.workspace else None)
        return self.backups.list(target) if target else []

    def restore(self, backup: BackupInfo, target: Path | None = None) -> Workspace:
        """Replace a workspace with a backup copy, keeping the current file as a backup.

        A damaged file cannot be backed up by SQLite, so it is copied aside as it is.
        """
        from ..core.storage.backup import restore_file

        if target is None:
            if self.workspace is None:
                raise SvBidderError("Open a workspace first.")
            target = self.workspace.path
            self.backup_now()
            self.close()
        elif target.exists():
            aside = self.backups.folder_for(target)
            aside.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            shutil.copy2(target, aside / f"damaged {stamp}.svbid-damaged")
        restore_file(backup.path, target)
        return self.open(target)
