"""Opening, creating and changing a workspace file.

Every change is written at once in its own transaction (``BEGIN IMMEDIATE`` …
``COMMIT``) with a rollback journal and ``synchronous=EXTRA``: a kill, crash or
power cut leaves the file at the last committed change. WAL mode is not used
because workspaces live on USB sticks and shared network drives, where WAL's
shared memory does not work.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from .. import WORKSPACE_SUFFIX  # noqa: F401  (kept importable from here)
from ..errors import (
    DamagedWorkspaceError,
    ReadOnlyError,
    RecordNotFoundError,
    SaveError,
    WorkspaceError,
)
from ..text.clean import clean_value
from . import lock as locking
from .atomic import AtomicWriteError, describe_failure, write_file_atomically
from .backup import BackupStore, copy_database
from .fileformat import (
    check_integrity_read_only,
    damaged,
    find_damage,
    fingerprint,
    has_hot_journal,
    journal_belongs,
    journal_path,
    read_header,
    set_journal_aside,
)
from .history import History, Operation, Row, RowChange
from .records import LINK_TABLES, RECORD_TYPES, Organisation, Record
from .schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)
ChangeListener = Callable[[set[str]], None]


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class OpenMode:
    """Why a workspace is read-only, if it is."""

    read_only: bool = False
    reason: str = ""
    lock_holder: locking.LockInfo | None = None


def _save_error(exc: BaseException) -> SaveError:
    text = str(exc).lower()
    if "full" in text:
        detail = "the disk is full. Free some space, then carry on"
    elif "readonly" in text or "read-only" in text or "permission" in text:
        detail = "the file can no longer be written (is the USB stick removed or read-only?)"
    elif "locked" in text or "busy" in text:
        detail = "another program is using the file. Try again in a moment"
    else:
        detail = f"of a problem writing the file ({exc})"
    return SaveError(
        f"Your last change could not be saved because {detail}. "
        "Everything saved before it is safe in the file."
    )


def _read_text(value: bytes) -> str:
    """Stored text; bytes that are not UTF-8 (damage that opening did not catch) are
    read as � rather than making every later read of the record fail."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        log.warning("Unreadable text in a workspace was read with replacement characters")
        return value.decode("utf-8", "replace")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.text_factory = _read_text
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = EXTRA")
    return conn


class Workspace:
    """One open workspace file. Create with :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, mode: OpenMode,
                 lock: locking.LockInfo | None, backups: BackupStore | None) -> None:
        self.path = path
        self.mode = mode
        self._conn = conn
        self._lock = lock
        self._backups = backups
        self.history = History()
        self._batch: Operation | None = None
        self._listeners: list[ChangeListener] = []
        #: Things the person should be told once the workspace is open (in plain words).
        self.notices: list[str] = []
        self._fk_children = self._read_foreign_keys()

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(cls, path: Path, *, backups: BackupStore | None = None,
               organisation_name: str = "") -> Workspace:
        """Make a new, empty workspace. Refuses to replace an existing file."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(
                f"“{path.name}” already exists. Choose another name, or open it instead."
            )
        try:
            write_file_atomically(path, lambda tmp: _build_new(tmp, organisation_name))
        except (OSError, sqlite3.Error, AtomicWriteError) as exc:
            raise WorkspaceError(f"The new workspace could not be created at {path}: "
                                 f"{describe_failure(exc)}") from exc
        return cls.open(path, backups=backups)

    @classmethod
    def open(cls, path: Path, *, backups: BackupStore | None = None,
             read_only: bool = False, take_over_lock: bool = False) -> Workspace:
        """Open a workspace, refusing anything that is not a sound one of ours.

        Foreign, newer and damaged files are refused before anything is written
        to them. If someone else has the workspace open, it opens read-only and
        ``mode.reason`` says why.
        """
        path = Path(path).absolute()
        header = read_header(path)
        hot_journal = has_hot_journal(path)
        if not hot_journal:
            check_integrity_read_only(path)
        recorded = locking.read_fingerprint(path)  # before our own lock replaces it

        mode, lock = cls._decide_mode(path, read_only, take_over_lock)
        notices: list[str] = []
        if hot_journal and not mode.read_only and not journal_belongs(path, header, recorded):
            hot_journal = False
            notices.append(cls._set_aside_foreign_journal(path, lock))
        conn = cls._connect_checked(path, mode, lock, hot_journal)

        workspace = cls(path, conn, mode, lock, backups)
        workspace.notices = notices
        if lock is not None:
            with contextlib.suppress(OSError):
                locking.record_fingerprint(path, lock, fingerprint(path))
        try:
            if not mode.read_only:
                workspace._backup_and_migrate(header.schema_version)
        except BaseException:
            workspace.close()
            raise
        return workspace

    @staticmethod
    def _set_aside_foreign_journal(path: Path, lock: locking.LockInfo | None) -> str:
        """Move aside a crash journal left by another version of the file; return the notice.

        Kept apart from :meth:`open` so that the one recovery path it needs reads on its own.
        Such a journal would be rolled into the wrong file, so it is moved out of the way and
        the file checked again; if either fails, the lock is given back before raising.
        """
        try:
            notice = _set_aside_notice(path, set_journal_aside(path))
            check_integrity_read_only(path)
        except (OSError, DamagedWorkspaceError) as exc:
            if lock:
                locking.release(path, lock)
            if isinstance(exc, DamagedWorkspaceError):
                raise
            raise WorkspaceError(
                f"“{path.name}” has a crash journal beside it that belongs to another "
                "version of the file, and it could not be moved out of the way "
                f"({exc.strerror or exc}). Nothing was changed."
            ) from exc
        return notice

    @staticmethod
    def _connect_checked(path: Path, mode: OpenMode, lock: locking.LockInfo | None,
                         hot_journal: bool) -> sqlite3.Connection:
        """Connect to the file, checking it again if it had a hot journal.

        Kept apart from :meth:`open` so that every failure here closes the connection and
        gives back the lock in one place, whichever way the file turned out to be damaged.
        """
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path, mode.read_only)
            # Either SQLite has just finished an interrupted save, or the journal
            # belongs to a save in progress elsewhere; check the file either way.
            if hot_journal:
                problem = find_damage(conn, path)
                if problem:
                    conn.close()
                    raise damaged(path, problem, repaired=not mode.read_only)
            return conn
        except sqlite3.Error as exc:
            if conn is not None:  # do not keep a damaged file open
                conn.close()
            if lock:
                locking.release(path, lock)
            if hot_journal and mode.read_only:  # a read-only connection cannot repair it
                raise WorkspaceError(
                    f"“{path.name}” was not closed properly and must be repaired by opening "
                    "it normally, but it is open elsewhere or in a read-only place. "
                    "Close it elsewhere, or copy it to a folder you can write to."
                ) from exc
            raise damaged(path, exc, repaired=hot_journal) from exc
        except DamagedWorkspaceError:
            if lock:
                locking.release(path, lock)
            raise

    @staticmethod
    def _decide_mode(path: Path, read_only: bool, take_over: bool
                     ) -> tuple[OpenMode, locking.LockInfo | None]:
        if read_only:
            return OpenMode(True, "You chose to open this workspace read-only."), None
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            return OpenMode(True, "The file or its folder cannot be written to (for example a "
                                  "read-only USB stick or a shared folder without permission). "
                                  "Use “Save a copy as…” to keep working on a copy."), None
        try:
            if take_over:
                return OpenMode(), locking.force_acquire(path)
            ours, theirs = locking.try_acquire(path)
        except OSError:
            return OpenMode(True, "The lock file could not be written beside the workspace, so "
                                  "it is open read-only. Use “Save a copy as…” to keep "
                                  "working on a copy."), None
        if ours is None:
            holder = theirs.describe() if theirs else "someone"
            return OpenMode(True, f"This workspace is already open: {holder}. To avoid two "
                                  "people overwriting each other's work it is open read-only "
                                  "here.", theirs), None
        return OpenMode(), ours

    def _backup_and_migrate(self, version: int) -> None:
        if self._backups is not None:
            try:
                self._backups.backup_connection(self._conn, self.path)
            except Exception:  # a failed backup must not stop someone working
                log.exception("Backup on open failed for %s", self.path)
        if version < CURRENT_VERSION:
            log.info("Migrating %s from schema %d to %d", self.path, version, CURRENT_VERSION)
            try:
                _migrate(self._conn, version)
            except sqlite3.Error as exc:
                raise WorkspaceError(
                    f"“{self.path.name}” could not be updated to this version of svbidder "
                    f"({exc}). It has been left as it was."
                ) from exc
            self._fk_children = self._read_foreign_keys()

    def close(self) -> None:
        """Close the file and give up the lock. Safe to call twice."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self._lock is not None:
            locking.release(self.path, self._lock)
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return self.mode.read_only

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------ listeners

    def add_listener(self, listener: ChangeListener) -> None:
        """Call ``listener(tables)`` after every saved change, undo and redo."""
        self._listeners.append(listener)

    def _notify(self, tables: set[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)

    # -------------------------------------------------------------- reading

    # Methods that address one record take ``int | None``: ``Record.id`` is None
    # until the record is added, and a record that was never saved does not
    # exist, so it gets the same RecordNotFoundError as one deleted meanwhile.
    # Callers can pass ``record.id`` as it is instead of each checking for None.

    def get(self, cls: type[R], record_id: int | None) -> R:
        row = None
        if record_id is not None:
            row = self._conn.execute(f"SELECT * FROM {cls.TABLE} WHERE id = ?",
                                     (record_id,)).fetchone()
        if row is None:
            raise _not_found(cls.TABLE)
        return _to_record(cls, row)

    def find(self, cls: type[R], order_by: str = "id", **where: Any) -> list[R]:
        """Records whose columns equal the given values, e.g. ``find(Theme, framework_id=3)``."""
        columns = set(cls.column_names())
        unknown = set(where) - columns
        order_columns = {part.strip().split()[0] for part in order_by.split(",")}
        if unknown or not order_columns <= columns:
            raise ValueError(f"Unknown column(s) for {cls.TABLE}: {unknown or order_columns}")
        clause = " AND ".join(f"{name} = ?" for name in where) or "1"
        rows = self._conn.execute(
            f"SELECT * FROM {cls.TABLE} WHERE {clause} ORDER BY {order_by}",
            tuple(where.values()),
        ).fetchall()
        return [_to_record(cls, row) for row in rows]

    def count(self, table: str) -> int:
        if table not in _ALL_TABLES:
            raise ValueError(f"Unknown table {table}")
        return self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def organisation(self) -> Organisation:
        return self.get(Organisation, 1)

    def linked(self, table: str, **where: int) -> list[tuple[int, int]]:
        first, second = LINK_TABLES[table]
        clause = " AND ".join(f"{name} = ?" for name in where) or "1"
        if not set(where) <= {first, second}:
            raise ValueError(f"Unknown column for {table}")
        rows = self._conn.execute(
            f"SELECT {first}, {second} FROM {table} WHERE {clause} ORDER BY {first}, {second}",
            tuple(where.values()),
        ).fetchall()
        return [(row[0], row[1]) for row in rows]

    def meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -------------------------------------------------------------- writing

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise ReadOnlyError(
                "This workspace is open read-only, so changes cannot be saved. "
                "Use “Save a copy as…” to keep working on a copy."
            )
        if self._batch is not None:  # part of a batch: its transaction covers this
            yield self._conn
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _save_error(exc) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _save_error(exc) from exc
            raise

    @contextlib.contextmanager
    def batch(self, label: str) -> Iterator[None]:
        """Group several changes into one transaction and one undo step.

        Either all of them are saved or none is. Nested batches join the outer one.
        """
        if self._batch is not None:
            yield
            return
        with self._transaction():
            self._batch = Operation(label, [])
            try:
                yield
            finally:
                operation, self._batch = self._batch, None
        self.history.record(operation)
        if operation.changes:
            self._notify(operation.tables)

    def _record(self, operation: Operation) -> None:
        """Keep a saved change for undo and tell listeners (or add it to the batch)."""
        if self._batch is not None:
            self._batch.changes.extend(operation.changes)
            return
        self.history.record(operation)
        self._notify(operation.tables)

    def add(self, record: R, *, label: str = "", undoable: bool = True) -> R:
        """Insert a new record; returns a copy with its ``id`` set.

        ``undoable=False`` keeps the addition out of undo (and leaves Redo alone):
        for records the app makes by itself, such as a version kept when the
        person pauses, which Edit → Undo should not silently take away.
        """
        values = {k: clean_value(v) for k, v in record.values().items() if k != "id"}
        stamp = now_iso()
        for column in ("created_at", "updated_at"):
            if column in values and not values[column]:
                values[column] = stamp
        with self._transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO {record.TABLE} ({', '.join(values)}) "
                f"VALUES ({', '.join('?' * len(values))})",
                tuple(values.values()),
            )
            new_id = cursor.lastrowid
            after = self._row(record.TABLE, {"id": new_id})
        if undoable:
            self._record(Operation(label or f"Add {record.TABLE.replace('_', ' ')}",
                                   [RowChange(record.TABLE, {"id": new_id}, None, after)]))
        elif self._batch is None:
            self._notify({record.TABLE})
        return replace(record, **{**values, "id": new_id})

    def update(self, cls: type[R], record_id: int | None, *, typing: bool = False,
               label: str = "", values: dict[str, Any] | None = None, **changes: Any) -> R:
        """Change some fields of a record.

        ``typing=True`` marks a save made while someone types, so that a run of
        them undoes as one step. ``label`` names the undo step; a record's own
        ``label`` column (as on a revision) is set through ``values``.
        """
        if record_id is None:
            raise _not_found(cls.TABLE)
        changes = {**(values or {}), **changes}
        columns = set(cls.column_names()) - {"id"}
        if set(changes) - columns:
            raise ValueError(f"Unknown column(s) for {cls.TABLE}: {set(changes) - columns}")
        changes = {k: clean_value(v) for k, v in changes.items()}
        if "updated_at" in columns:
            changes.setdefault("updated_at", now_iso())
        key = {"id": record_id}
        with self._transaction() as conn:
            before = self._row(cls.TABLE, key)
            if before is None:
                raise _not_found(cls.TABLE)
            if all(before.get(k) == v for k, v in changes.items() if k != "updated_at"):
                return _to_record(cls, before)  # nothing changed: nothing to save or undo
            assignments = ", ".join(f"{name} = ?" for name in changes)
            conn.execute(f"UPDATE {cls.TABLE} SET {assignments} WHERE id = ?",
                         (*changes.values(), record_id))
            after = self._row(cls.TABLE, key)
            if after is None:  # cannot happen inside the transaction; roll back if it does
                raise _not_found(cls.TABLE)
        fields_key = tuple(sorted(k for k in changes if k != "updated_at"))
        coalesce = (cls.TABLE, record_id, fields_key) if typing else None
        self._record(Operation(label or f"Edit {cls.TABLE.replace('_', ' ')}",
                               [RowChange(cls.TABLE, key, before, after)], coalesce))
        return _to_record(cls, after)

    def delete(self, cls: type[Record], record_id: int | None, *, label: str = "") -> None:
        """Delete a record and everything that belongs to it (undoable)."""
        if record_id is None:
            raise _not_found(cls.TABLE)
        with self._transaction() as conn:
            changes = self._cascade(cls.TABLE, {"id": record_id})
            if not changes:
                raise _not_found(cls.TABLE)
            conn.execute(f"DELETE FROM {cls.TABLE} WHERE id = ?", (record_id,))
        self._record(Operation(label or f"Delete {cls.TABLE.replace('_', ' ')}", changes))

    def link(self, table: str, first_id: int | None, second_id: int | None, *,
             label: str = "") -> None:
        first, second = LINK_TABLES[table]
        if first_id is None or second_id is None:
            raise _not_found("item")  # the link itself has no row yet
        key = {first: first_id, second: second_id}
        with self._transaction() as conn:
            if self._row(table, key) is not None:
                return
            conn.execute(f"INSERT INTO {table} ({first}, {second}) VALUES (?, ?)",
                         (first_id, second_id))
        self._record(Operation(label or "Link", [RowChange(table, key, None, dict(key))]))

    def unlink(self, table: str, first_id: int | None, second_id: int | None, *,
               label: str = "") -> None:
        first, second = LINK_TABLES[table]
        if first_id is None or second_id is None:
            raise _not_found("item")  # the link itself has no row yet
        key = {first: first_id, second: second_id}
        with self._transaction() as conn:
            if self._row(table, key) is None:
                return
            conn.execute(f"DELETE FROM {table} WHERE {first} = ? AND {second} = ?",
                         (first_id, second_id))
        self._record(Operation(label or "Unlink", [RowChange(table, key, dict(key), None)]))

    def set_meta(self, key: str, value: str) -> None:
        """Workspace-level settings that are not part of undo (e.g. interview progress)."""
        with self._transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         (key, clean_value(value)))

    # ------------------------------------------------------------ undo / redo

    def undo(self) -> Operation | None:
        """Take back the last change. Returns it, or None when there is nothing to undo."""
        return self._replay(self.history.pop_undo(), self.history.push_back_undo, undo=True)

    def redo(self) -> Operation | None:
        """Make the last undone change again. Returns it, or None when there is none."""
        return self._replay(self.history.pop_redo(), self.history.push_back_redo, undo=False)

    def _replay(self, operation: Operation | None, push_back: Callable[[Operation], None],
                *, undo: bool) -> Operation | None:
        """Write an operation's rows as they were before it (undo) or after it (redo), in
        one transaction; if that fails, the operation goes back on its stack."""
        if operation is None:
            return None
        changes = reversed(operation.changes) if undo else operation.changes
        try:
            with self._transaction():
                for change in changes:
                    self._put_row(change.table, change.key,
                                  change.before if undo else change.after)
        except BaseException:
            push_back(operation)
            raise
        self._notify(operation.tables)
        return operation

    # --------------------------------------------------------------- copies

    def backup_now(self) -> Path | None:
        """Make a backup copy in the per-user backup folder (if one is set)."""
        if self._backups is None:
            return None
        return self._backups.backup_connection(self._conn, self.path)

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of this workspace to ``target`` (atomic)."""
        target = Path(target)
        with contextlib.suppress(OSError):
            if os.path.samefile(target, self.path):
                raise WorkspaceError(
                    f"“{target.name}” is this workspace itself, and every change is already "
                    "saved in it. Choose another name or folder for the copy."
                )
        try:
            write_file_atomically(target, lambda tmp: self._copy_to(tmp, target))
        except (OSError, sqlite3.Error, AtomicWriteError) as exc:
            raise WorkspaceError(
                f"The copy could not be saved to {target}: {describe_failure(exc)} "
                "Your workspace is unchanged."
            ) from exc

    def _copy_to(self, tmp: Path, target: Path) -> None:
        copy_database(self._conn, tmp)
        # A journal left by a crash belongs to the file about to be replaced;
        # replayed onto the copy it would damage it.
        journal_path(target).unlink(missing_ok=True)

    # -------------------------------------------------------------- internals

    def _row(self, table: str, key: Row) -> Row | None:
        clause = " AND ".join(f"{name} = ?" for name in key)
        row = self._conn.execute(f"SELECT * FROM {table} WHERE {clause}",
                                 tuple(key.values())).fetchone()
        return dict(row) if row is not None else None

    def _put_row(self, table: str, key: Row, row: Row | None) -> None:
        """Make the row match ``row`` (None deletes it)."""
        clause = " AND ".join(f"{name} = ?" for name in key)
        exists = self._row(table, key) is not None
        if row is None:
            if exists:
                self._conn.execute(f"DELETE FROM {table} WHERE {clause}", tuple(key.values()))
        elif exists:
            assignments = ", ".join(f"{name} = ?" for name in row)
            self._conn.execute(f"UPDATE {table} SET {assignments} WHERE {clause}",
                               (*row.values(), *key.values()))
        else:
            self._conn.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )

    def _read_foreign_keys(self) -> dict[str, list[tuple[str, str, str]]]:
        """parent table -> [(child table, child column, on-delete action)]."""
        children: dict[str, list[tuple[str, str, str]]] = {}
        for table in _ALL_TABLES:
            for fk in self._conn.execute(f"PRAGMA foreign_key_list({table})").fetchall():
                children.setdefault(fk["table"], []).append((table, fk["from"], fk["on_delete"]))
        return children

    def _cascade(self, table: str, key: Row,
                 pending: dict[tuple, Row | None] | None = None) -> list[RowChange]:
        """Every row change that deleting ``key`` from ``table`` causes, children first.

        ``pending`` holds the state of rows already changed earlier in this
        cascade, so a row reached twice (a commitment whose question and bid
        are both deleted, or whose outcome and measure are) gets before/after
        values that undo and redo can replay in order.
        """
        if pending is None:
            pending = {}
        ident = (table, tuple(key.items()))
        row = pending[ident] if ident in pending else self._row(table, key)
        if row is None:
            return []
        changes: list[RowChange] = []
        parent_id = row.get("id")
        for child_table, column, action in self._fk_children.get(table, []):
            if parent_id is None:
                continue
            child_rows = self._conn.execute(
                f"SELECT * FROM {child_table} WHERE {column} = ?", (parent_id,)).fetchall()
            for child in map(dict, child_rows):
                child_key = _key_of(child_table, child)
                child_ident = (child_table, tuple(child_key.items()))
                if child_ident in pending:
                    current = pending[child_ident]
                    if current is None or current.get(column) != parent_id:
                        continue  # already deleted or unlinked earlier in this cascade
                    child = current
                if action == "CASCADE":
                    changes.extend(self._cascade(child_table, child_key, pending))
                elif action == "SET NULL":
                    after = {**child, column: None}
                    changes.append(RowChange(child_table, child_key, child, after))
                    pending[child_ident] = after
        changes.append(RowChange(table, key, row, None))
        pending[ident] = None
        return changes


def _set_aside_notice(path: Path, journal: Path) -> str:
    return (f"svbidder was closed unexpectedly while saving “{path.name}”, and the file has "
            "been replaced since (for example by a backup copy). The unfinished save belongs "
            "to the earlier file, so it was not applied: the workspace is exactly as it was "
            f"put there. The unfinished save was kept beside it as “{journal.name}”; you can "
            "delete that file.")


_ALL_TABLES = tuple(cls.TABLE for cls in RECORD_TYPES) + tuple(LINK_TABLES) + ("meta",)


def _not_found(table: str) -> RecordNotFoundError:
    """The one message for a record that is not in the file (deleted, or never saved)."""
    return RecordNotFoundError(f"That {table.replace('_', ' ')} no longer exists.")


def _key_of(table: str, row: Row) -> Row:
    if table in LINK_TABLES:
        first, second = LINK_TABLES[table]
        return {first: row[first], second: row[second]}
    return {"id": row["id"]}


def _to_record(cls: type[R], row: sqlite3.Row | Row) -> R:
    data = dict(row)
    kwargs = {}
    for f in fields(cls):
        value = data.get(f.name)
        if f.type in ("bool", bool) and value is not None:
            value = bool(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _build_new(path: Path, organisation_name: str) -> None:
    """Fill an empty file at ``path`` with a new workspace at the current schema."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = EXTRA")
        _migrate(conn, 0)
        conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now_iso(),))
        if organisation_name:
            conn.execute("UPDATE organisation SET name = ? WHERE id = 1",
                         (clean_value(organisation_name),))
    finally:
        conn.close()


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every migration after ``from_version`` in one transaction."""
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        if from_version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for version in range(from_version, CURRENT_VERSION):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit early)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    return statements
