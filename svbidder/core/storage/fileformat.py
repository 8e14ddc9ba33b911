"""Recognise a workspace file from its header, without opening it for writing.

SQLite keeps ``user_version`` and ``application_id`` at fixed offsets of the
100-byte header, so a newer or foreign file can be refused before SQLite is
ever asked to open it — which guarantees such files stay byte-for-byte intact.

It also holds the checks that catch damage SQLite's own quick check lets
through: a file cut short (the header says how many pages there should be),
text that is not valid UTF-8, and a crash journal left beside a file that has
since been replaced by hand (replaying it would mix two files' pages).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

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
    change_counter: int = 0
    #: False when the page count in the header cannot be trusted (an old writer
    #: left it stale); SQLite then works the size out from the file.
    page_count_valid: bool = True

    @property
    def expected_size(self) -> int | None:
        return self.page_size * self.page_count if self.page_count_valid else None


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


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_JOURNAL_SCAN_LIMIT = 64 * 1024 * 1024  # page 1 is looked for this far into a journal


@dataclass(frozen=True)
class FileFingerprint:
    """What a workspace file looked like when it was opened, kept in its lock file.

    After a crash it tells whether the crash journal beside the file was made
    for the file now there, or whether someone has put another file (a backup,
    an older copy) in its place since.
    """

    size: int
    mtime_ns: int
    inode: int
    change_counter: int
    head_sha256: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> FileFingerprint | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(size=int(data["size"]), mtime_ns=int(data["mtime_ns"]),
                       inode=int(data["inode"]), change_counter=int(data["change_counter"]),
                       head_sha256=str(data["head_sha256"]))
        except (KeyError, TypeError, ValueError):
            return None


def fingerprint(path: Path) -> FileFingerprint:
    """Size, time, identity and header of a workspace file as it is now."""
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        head = handle.read(HEADER_SIZE)
    counter = struct.unpack(">I", head[24:28])[0] if len(head) >= 28 else 0
    return FileFingerprint(size=info.st_size, mtime_ns=info.st_mtime_ns, inode=info.st_ino,
                           change_counter=counter,
                           head_sha256=hashlib.sha256(head).hexdigest())


def journal_start(journal: Path, page_size: int) -> tuple[int | None, int | None]:
    """What a journal says about the file when the interrupted save began:
    ``(pages, change counter)``, each None when the journal does not say.

    A rollback journal's header gives the file's size in pages before the save,
    and it holds the original of every page the save changed; a save that got
    as far as finishing changes page 1 (its change counter), so the journal's
    copy of page 1 says which state of the file it rolls back to. Raises
    ValueError for a journal made for pages of another size.
    """
    pages = None
    with open(journal, "rb") as handle:
        offset = 0
        while offset < _JOURNAL_SCAN_LIMIT:
            handle.seek(offset)
            head = handle.read(28)
            if len(head) < 28 or head[:8] != JOURNAL_MAGIC:
                return pages, None
            records, _nonce, original, sector, journal_page = struct.unpack(">IIIII",
                                                                             head[8:28])
            if journal_page != page_size:
                raise ValueError("the journal is for pages of another size")
            pages = original if pages is None else pages
            if sector < 28 or sector > 65536:
                return pages, None
            offset += sector
            count = 0
            while records in (0, 0xFFFFFFFF) or count < records:
                handle.seek(offset)
                number = handle.read(4)
                if len(number) < 4 or number == JOURNAL_MAGIC[:4]:
                    break
                if struct.unpack(">I", number)[0] == 1:
                    page = handle.read(page_size)
                    counter = struct.unpack(">I", page[24:28])[0] if len(page) >= 28 else None
                    return pages, counter
                offset += 4 + page_size + 4
                count += 1
            offset = -(-offset // sector) * sector  # the next header starts on a sector
    return pages, None


def journal_belongs(path: Path, header: HeaderInfo,
                    recorded: FileFingerprint | None) -> bool:
    """Whether the hot journal beside ``path`` was made for the file now there.

    Replaying a journal onto another file (say a backup copied over the
    workspace after a crash) silently mixes two files' pages, so it is only
    replayed when the evidence agrees: the journal's copy of page 1 (the file's
    change counter is that or one more, as the save left it) or, when the save
    had not reached page 1, the file's page count as the journal recorded it;
    and the fingerprint kept in the lock when the file was opened (the same
    file, not older than then, and a journal made after it).
    """
    journal = journal_path(path)
    try:
        pages, start = journal_start(journal, header.page_size)
        now = fingerprint(path)
        journal_mtime = journal.stat().st_mtime_ns
    except (OSError, ValueError):
        return False
    if pages is None:
        return False  # not a journal SQLite would replay either
    if start is not None and header.change_counter not in (start, start + 1):
        return False
    if start is None and header.page_count_valid and header.page_count != pages:
        return False
    if recorded is not None:
        if recorded.inode and now.inode and recorded.inode != now.inode:
            return False
        if (now.change_counter < recorded.change_counter or now.mtime_ns < recorded.mtime_ns
                or journal_mtime < recorded.mtime_ns):
            return False
    return True


def set_journal_aside(path: Path) -> Path:
    """Move a crash journal that does not belong to ``path`` out of SQLite's way.

    It keeps a name that says what it is, beside the file, so nothing is thrown
    away; SQLite only ever replays a file called exactly ``<name>-journal``.
    """
    journal = journal_path(path)
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    target = path.with_name(f"{path.name} - crash journal set aside {stamp}.journal")
    os.replace(journal, target)
    return target


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
    (change_counter, page_count) = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
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
    return HeaderInfo(schema_version=user_version, page_size=page_size, page_count=page_count,
                      change_counter=change_counter,
                      page_count_valid=valid_for == change_counter and page_count > 0)


def check_integrity_read_only(path: Path) -> None:
    """Check a file opened read-only (see :func:`find_damage`).

    Raises :class:`DamagedWorkspaceError` when the contents are damaged. Must not
    be used when a hot journal exists, since a read-only connection cannot
    finish the interrupted save.
    """
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    conn.text_factory = _lenient_text  # SQLite's own reports can quote damaged text
    try:
        problem = find_damage(conn, path)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    finally:
        conn.close()
    if problem:
        raise damaged(path, problem)


def find_damage(conn: sqlite3.Connection, path: Path) -> str | None:
    """The first sign of damage in an open workspace file, or None when it is sound.

    SQLite's quick check first; then the file's size against the page count in
    its header (a file cut short reads its missing end as zeros, which the quick
    check accepts: text turns to NULs and limits to 0), with the full integrity
    check whenever the two disagree; then every text value must be valid UTF-8
    (a damaged page can hold bytes that pass both checks but cannot be read).
    """
    try:
        problems = quick_check(conn)
    except UnicodeDecodeError:  # SQLite's report quoted damaged bytes
        return "the check found damaged text"
    if problems:
        return problems[0]
    header = read_header(path)
    expected, actual = header.expected_size, path.stat().st_size
    if expected is not None and actual != expected:
        if actual < expected:
            return (f"the file is {expected - actual:,} bytes shorter than its contents say; "
                    "it was probably cut off while being copied or saved")
        try:
            problems = integrity_check(conn)
        except UnicodeDecodeError:
            return "the full check found damaged text"
        if problems:
            return problems[0]
    return find_bad_text(conn)


def _lenient_text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def integrity_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's full check (slower than the quick one: it also compares indexes)."""
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def find_bad_text(conn: sqlite3.Connection) -> str | None:
    """Where a text value is not valid UTF-8 (it would fail to read), or None."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({quoted})")]
        if not columns:
            continue
        select = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
        cursor = conn.cursor()
        cursor.row_factory = None
        previous, conn.text_factory = conn.text_factory, bytes
        try:
            for row in cursor.execute(f"SELECT {select} FROM {quoted}"):
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes) and not _is_utf8(value):
                        return f"unreadable text in {table.replace('_', ' ')} ({column})"
        finally:
            conn.text_factory = previous
    return None


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Return SQLite's list of problems, empty when the file is sound."""
    rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def damaged(path: Path, detail: object, *, repaired: bool = False) -> DamagedWorkspaceError:
    """The error for a damaged file. ``repaired`` says SQLite has just rolled back an
    interrupted save in it, so it must not be called untouched."""
    # quick_check's report can run to many lines; people (and the one-line CLI
    # error) only need its first finding.
    lines = [line.strip() for line in str(detail).splitlines()
             if line.strip() and not line.startswith("***")]
    detail = lines[0] if lines else detail
    state = ("svbidder has undone a save that was interrupted, so the file has changed, but "
             "it is still damaged" if repaired else "It has been left exactly as it was")
    return DamagedWorkspaceError(
        f"“{path.name}” is damaged and cannot be opened safely ({detail}). "
        f"{state}. You can restore the newest good backup."
    )
