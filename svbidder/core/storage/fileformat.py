"""Recognise a workspace file from its header, without opening it for writing.

SQLite keeps ``user_version`` and ``application_id`` at fixed offsets of the
100-byte header, so a newer or foreign file can be refused before SQLite is
ever asked to open it — which guarantees such files stay byte-for-byte intact.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from ..errors import (
    DamagedWorkspaceError,
    NewerVersionError,
    NotAWorkspaceError,
    WorkspaceError,
)
from .schema import APPLICATION_ID, CURRENT_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class HeaderInfo:
    """What the first 100 bytes of a workspace say about it."""

    schema_version: int
    page_size: int
    page_count: int


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite leaves beside a file after an interrupted write."""
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """True when an interrupted save left a journal that SQLite must roll back."""
    journal = journal_path(path)
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def read_header(path: Path) -> HeaderInfo:
    """Read and check the header; raise a friendly error for anything not ours."""
    name = path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        raise WorkspaceError(
            f"“{name}” could not be found. It may have been moved or renamed.") from None
    except IsADirectoryError:
        raise NotAWorkspaceError(f"“{name}” is a folder, not an svbidder workspace.") from None
    except PermissionError:
        raise WorkspaceError(
            f"You do not have permission to read “{name}”. Ask whoever manages this computer "
            "or folder for access."
        ) from None
    except OSError as exc:
        raise WorkspaceError(f"“{name}” could not be read ({exc.strerror or exc}).") from exc

    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotAWorkspaceError(
            f"“{name}” is not an svbidder workspace. Workspaces end in .svbid; "
            "nothing in the file was changed."
        )
    (page_size_raw,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size_raw == 1 else page_size_raw
    (page_count,) = struct.unpack(">I", header[28:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            f"“{name}” is a database made by another program, not an svbidder workspace. "
            "Nothing in the file was changed."
        )
    if user_version > CURRENT_VERSION:
        raise NewerVersionError(
            f"“{name}” was saved by a newer version of svbidder (file format {user_version}; "
            f"this version understands up to {CURRENT_VERSION}). Please update svbidder to "
            "open it. The file has not been changed."
        )
    return HeaderInfo(schema_version=user_version, page_size=page_size, page_count=page_count)


def check_integrity_read_only(path: Path) -> None:
    """Run SQLite's quick check on a file opened read-only.

    Raises :class:`DamagedWorkspaceError` when the contents are damaged. Must not
    be used when a hot journal exists, since a read-only connection cannot
    finish the interrupted save.
    """
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    try:
        problems = quick_check(conn)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    finally:
        conn.close()
    if problems:
        raise damaged(path, problems[0])


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Return SQLite's list of problems, empty when the file is sound."""
    rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def damaged(path: Path, detail: object) -> DamagedWorkspaceError:
    # quick_check's report can run to many lines; people (and the one-line CLI
    # error) only need its first finding.
    lines = [line.strip() for line in str(detail).splitlines()
             if line.strip() and not line.startswith("***")]
    detail = lines[0] if lines else detail
    return DamagedWorkspaceError(
        f"“{path.name}” is damaged and cannot be opened safely ({detail}). "
        "It has been left exactly as it was. You can restore the newest good backup."
    )
