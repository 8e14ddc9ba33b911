"""Write a file whole or not at all: the one way svbidder replaces a file on disk.

Workspaces (copies, restores, new files), priority packs, settings, backups and
exported documents are all written here, so a crash, a full disk or a pulled USB
stick can never leave a half-written file where a good one was.

How: the new content goes into a temporary file in the target's own folder (so
the final move never crosses a disk), which is flushed and synced; it is then
moved over the target in one step with ``os.replace`` and the folder itself is
synced so the move survives a power cut. On any failure the temporary file is
removed and the target is exactly as it was.

Two things are refused before anything is written, because replacing would be
wrong or could only fail later: an existing target marked read-only (replacing
it would silently undo the owner's choice) and a file name too long for the
folder's file system. Every failure is an :class:`AtomicWriteError` whose
``reason`` names the kind of failure and whose message says, in plain words,
what happened and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..errors import SvBidderError

_WINDOWS_SHARING_VIOLATION = 32  # "being used by another process"
_WINDOWS_LOCK_VIOLATION = 33
_WINDOWS_ACCESS_DENIED = 5
_WINDOWS_BAD_NAME = 123
_DEFAULT_NAME_MAX = 255  # bytes; NTFS, ext4 and FAT long names all stop here
TEMP_SUFFIX = ".part"

#: The kinds of failure, as ``AtomicWriteError.reason``.
REASONS = ("is_folder", "no_folder", "bad_name", "read_only_file", "read_only_folder",
           "in_use", "disk_full", "failed")


class AtomicWriteError(SvBidderError):
    """A file could not be written; the target was left as it was and no temporary
    file remains. ``reason`` is one of :data:`REASONS`."""

    def __init__(self, message: str, *, path: Path, reason: str = "failed") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


def write_bytes(path: Path | str, data: bytes) -> Path:
    """Put ``data`` at ``path`` whole or not at all; returns the absolute path."""
    return write_atomically(path, lambda handle: handle.write(data))


def write_text(path: Path | str, text: str, *, encoding: str = "utf-8") -> Path:
    """Put ``text`` at ``path`` whole or not at all, encoded as ``encoding``."""
    return write_bytes(path, text.encode(encoding))


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write(handle)`` to fill a temporary file, then put it in place of ``path``.

    An exception from ``write`` propagates unchanged (after the temporary file is
    removed); a failure of the disk becomes :class:`AtomicWriteError`.
    """
    def fill(fd: int, _temp: Path) -> None:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())

    return _replace(path, fill)


def write_file_atomically(path: Path | str, fill: Callable[[Path], object]) -> Path:
    """Let ``fill(temp_path)`` build the new file by name (an SQLite backup, a file
    copy), then sync it and put it in place of ``path``.

    ``temp_path`` already exists, empty, in the target's folder; ``fill`` may open
    it however it likes but must close it again before returning.
    """
    def fill_by_name(fd: int, temp: Path) -> None:
        os.close(fd)
        fill(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())

    return _replace(path, fill_by_name)


def describe_failure(exc: BaseException) -> str:
    """One sentence saying why a write failed, for callers that add their own
    "what happened" around it: this module's own message, or the system's words."""
    if isinstance(exc, AtomicWriteError):
        return str(exc)
    return f"{getattr(exc, 'strerror', None) or exc}."


def _replace(path: Path | str, fill: Callable[[int, Path], None]) -> Path:
    target = Path(path).expanduser().absolute()
    _refuse_before_writing(target)
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=TEMP_SUFFIX,
                                         dir=folder)
    except OSError as exc:
        raise _error(exc, target, "create") from exc
    temp = Path(temp_name)
    try:
        try:
            fill(fd, temp)
        except OSError as exc:
            raise _error(exc, target, "write") from exc
        _copy_mode(target, temp)
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise _error(exc, target, "replace") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(folder)
    return target


def _refuse_before_writing(target: Path) -> None:
    """The failures that can be seen before anything is written."""
    name = f"“{target.name}”"
    if not target.parent.is_dir():
        raise AtomicWriteError(f"The folder “{target.parent}” does not exist (was a USB stick "
                               "removed?). Choose another place to save it.", path=target,
                               reason="no_folder")
    if len(os.fsencode(target.name)) > name_max(target.parent):
        raise _too_long(target)  # before anything else looks the name up, which would fail
    if target.is_dir():
        raise AtomicWriteError(f"{name} is a folder. Choose a file name to save to.",
                               path=target, reason="is_folder")
    if is_read_only(target):
        raise AtomicWriteError(f"{name} is marked read-only, so it was not replaced. Choose "
                               "another name, or clear its read-only setting first.",
                               path=target, reason="read_only_file")


def is_read_only(path: Path) -> bool:
    """Whether an existing file is marked read-only. Its mode bits are read, not
    ``os.access``, because an administrator may write anything but should still
    not replace a file someone marked read-only. A missing file is not read-only."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def name_max(folder: Path) -> int:
    """The longest file name (in bytes) the folder's file system allows."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    return _DEFAULT_NAME_MAX


def _too_long(target: Path) -> AtomicWriteError:
    return AtomicWriteError(f"The file name “{target.name[:60]}…” is too long to save here. "
                            "Choose a shorter name.", path=target, reason="bad_name")


def _error(exc: OSError, target: Path, stage: str) -> AtomicWriteError:
    """A plain message for a failure of the disk at ``stage`` (create, write, replace)."""
    name = f"“{target.name}”"
    folder = f"“{target.parent}”"
    winerror = getattr(exc, "winerror", None)
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return AtomicWriteError(f"There is not enough space on the disk to save {name}. Free "
                                "some space, or choose another place to save it.",
                                path=target, reason="disk_full")
    if code == errno.ENAMETOOLONG:
        return _too_long(target)
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return AtomicWriteError(f"The folder {folder} is no longer there (was a USB stick "
                                "removed?). Choose another place to save it.", path=target,
                                reason="no_folder")
    if code == errno.EINVAL or winerror == _WINDOWS_BAD_NAME:
        return AtomicWriteError(f"{name} cannot be used as a file name here. Choose a name "
                                "without the characters \\ / : * ? \" < > |.", path=target,
                                reason="bad_name")
    if code == errno.EROFS:
        return AtomicWriteError(f"The folder {folder} is read-only (for example a locked USB "
                                "stick or a CD). Choose another folder.", path=target,
                                reason="read_only_folder")
    permission = isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM) \
        or winerror in (_WINDOWS_SHARING_VIOLATION, _WINDOWS_LOCK_VIOLATION,
                        _WINDOWS_ACCESS_DENIED)
    if permission or code == errno.EBUSY:
        if stage == "replace" and target.exists():
            if is_read_only(target):
                return AtomicWriteError(f"{name} is marked read-only, so it was not replaced. "
                                        "Choose another name.", path=target,
                                        reason="read_only_file")
            return AtomicWriteError(f"{name} is open in another program, so it cannot be "
                                    "replaced. Close it there, or choose another name.",
                                    path=target, reason="in_use")
        return AtomicWriteError(f"You do not have permission to save files in the folder "
                                f"{folder} (it may be read-only or belong to someone else). "
                                "Choose another folder, such as Documents.", path=target,
                                reason="read_only_folder")
    detail = exc.strerror or str(exc)
    return AtomicWriteError(f"{name} could not be saved ({detail}). Nothing was changed; try "
                            "again, or choose another name or folder.", path=target,
                            reason="failed")


def _copy_mode(target: Path, temp: Path) -> None:
    """Give the new file the target's permissions, or those a newly created file
    would have (``mkstemp`` makes it private to the owner)."""
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut. Windows cannot open a folder
    to sync it (there the rename is already durable); a file system that refuses
    (some network drives) is left to its own guarantees, since the file is in place."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
