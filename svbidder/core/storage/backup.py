"""Backup copies of workspaces in the per-user data folder.

A copy is made each time a workspace is opened and every few minutes while it is
being edited. Copies are taken with SQLite's online backup, so they are always
consistent, and written to a temporary name first so a half-written backup can
never be mistaken for a good one. Retention: the newest ``keep_recent`` copies,
plus the newest copy of each of the last ``keep_days`` days.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..errors import SvBidderError, WorkspaceError
from .atomic import AtomicWriteError, describe_failure, write_file_atomically
from .fileformat import check_integrity_read_only, journal_path, read_header

BACKUP_SUFFIX = ".svbid"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    size: int

    def describe(self) -> str:
        local = self.made_at.astimezone()
        return local.strftime("%d %b %Y at %H:%M:%S")


def copy_database(conn: sqlite3.Connection, path: Path) -> None:
    """A consistent copy of an open database at ``path`` (SQLite's online backup)."""
    dest = sqlite3.connect(path)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w-]+", "-", text, flags=re.UNICODE).strip("-")
    return slug[:40] or "workspace"


class BackupStore:
    """Backups of all workspaces, one sub-folder per workspace path."""

    def __init__(self, root: Path, keep_recent: int = 10, keep_days: int = 14) -> None:
        self.root = root
        self.keep_recent = keep_recent
        self.keep_days = keep_days

    def folder_for(self, workspace: Path) -> Path:
        digest = hashlib.sha1(str(workspace.absolute()).encode("utf-8")).hexdigest()[:10]
        return self.root / f"{_slug(workspace.stem)}-{digest}"

    def backup_connection(self, conn: sqlite3.Connection, workspace: Path) -> Path:
        """Copy an open workspace consistently into a new backup file."""
        folder = self.folder_for(workspace)
        target = self._new_name(folder, workspace)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_file_atomically(target, lambda tmp: copy_database(conn, tmp))
        except (OSError, sqlite3.Error, AtomicWriteError) as exc:
            raise SvBidderError(
                f"A backup copy could not be made in {folder}: {describe_failure(exc)} "
                "Your workspace itself is fine."
            ) from exc
        self.prune(folder)
        return target

    def backup_file(self, workspace: Path) -> Path:
        """Copy a workspace file that is not open (e.g. before restoring over it)."""
        uri = workspace.absolute().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
        try:
            return self.backup_connection(conn, workspace)
        finally:
            conn.close()

    def _new_name(self, folder: Path, workspace: Path) -> Path:
        stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
        return folder / f"{_slug(workspace.stem)} {stamp}{BACKUP_SUFFIX}"

    def list(self, workspace: Path) -> list[BackupInfo]:
        """Backups of one workspace, newest first."""
        return self._list_folder(self.folder_for(workspace))

    @staticmethod
    def _list_folder(folder: Path) -> builtins.list[BackupInfo]:  # list is a method here
        found: list[BackupInfo] = []
        if not folder.is_dir():
            return found
        for path in folder.glob(f"* *{BACKUP_SUFFIX}"):
            stamp = path.stem.rsplit(" ", 1)[-1]
            try:
                made = datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=UTC)
                size = path.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(BackupInfo(path=path, made_at=made, size=size))
        found.sort(key=lambda info: info.made_at, reverse=True)
        return found

    def prune(self, folder: Path) -> None:
        """Apply the retention rule to one workspace's backups, and clear away what
        backups interrupted by a crash or kill left behind (see :func:`clear_litter`)."""
        clear_litter(folder)
        backups = self._list_folder(folder)
        keep = {info.path for info in backups[: self.keep_recent]}
        cutoff = datetime.now(UTC) - timedelta(days=self.keep_days)
        seen_days: set[str] = set()
        for info in backups:  # newest first, so the first of each day is its newest
            day = info.made_at.strftime("%Y-%m-%d")
            if info.made_at >= cutoff and day not in seen_days:
                keep.add(info.path)
            seen_days.add(day)
        for info in backups:
            if info.path not in keep:
                with contextlib.suppress(OSError):
                    info.path.unlink()

    def newest_good(self, workspace: Path) -> BackupInfo | None:
        """The newest backup that passes the same checks as opening a workspace."""
        for info in self.list(workspace):
            if is_good_workspace_file(info.path):
                return info
        return None


# Half-written copies (the atomic helper's temporary files, and the older
# "<backup>.svbid.part") and the journals SQLite kept beside them while writing.
_LITTER_PATTERNS = ("*.part", "*.part-journal", "*.svbid-journal")


def clear_litter(folder: Path) -> list[Path]:
    """Remove what interrupted backups left in one workspace's backup folder.

    Only the program holding a workspace's lock makes its backups, one at a time,
    and it calls this between them, so anything matching here is left over from
    a backup that was killed half way and can never be completed or restored.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for pattern in _LITTER_PATTERNS:
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if path.is_file():
                    path.unlink()
                    removed.append(path)
    return removed


def is_good_workspace_file(path: Path) -> bool:
    try:
        read_header(path)
        check_integrity_read_only(path)
    except WorkspaceError:
        return False
    return True


def restore_file(backup: Path, target: Path) -> None:
    """Put a backup copy in place of ``target``, atomically.

    The caller closes the workspace first and, when the target is still
    readable, backs it up so the restore itself can be undone.
    """
    if not is_good_workspace_file(backup):
        raise WorkspaceError(
            f"The backup “{backup.name}” is damaged too, so it was not restored. "
            "Try an older backup."
        )
    try:
        # A journal left by a crash belongs to the old file; replayed onto the
        # restored one it would damage it, so it goes first.
        journal_path(target).unlink(missing_ok=True)
        write_file_atomically(target, lambda tmp: shutil.copyfile(backup, tmp))
    except (OSError, AtomicWriteError) as exc:
        raise WorkspaceError(
            f"The backup could not be restored to {target}: {describe_failure(exc)} "
            "The workspace was left as it was."
        ) from exc
