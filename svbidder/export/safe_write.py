"""Write an exported file whole or not at all, with messages a person can act on.

The new file is written to a temporary file in the target's own folder, flushed
to disk, then moved over the target in one step (``os.replace``). If anything
fails the temporary file is removed and the target is left exactly as it was.

Failures become an :class:`ExportError` whose ``reason`` says what happened
(``locked``, ``read_only_file``, ``read_only_folder``, ``no_folder``,
``disk_full``, ``bad_name``, ``is_folder``, ``failed``); the GUI offers to
choose another name for all of them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..core.errors import SvBidderError

_WINDOWS_SHARING_VIOLATION = 32  # "being used by another process"
_WINDOWS_LOCK_VIOLATION = 33


class ExportError(SvBidderError):
    """A document could not be written. The message says why and what to do;
    nothing in the workspace changed and no half-written file was left."""

    def __init__(self, message: str, *, path: Path | None = None, reason: str = "failed"):
        super().__init__(message)
        self.path = path
        self.reason = reason

    @property
    def can_choose_another_name(self) -> bool:
        """Every write failure can be got round by saving under another name or folder."""
        return self.path is not None


@dataclass
class ExportResult:
    """What an export wrote: the file, roughly how many pages it fills, and anything
    the person should know (``warnings``: plain sentences, may be empty)."""

    path: Path
    pages_estimate: float | None = None
    warnings: list[str] = field(default_factory=list)


def _message(exc: OSError, target: Path, stage: str) -> ExportError:
    name = f"“{target.name}”"
    folder = f"“{target.parent}”"
    winerror = getattr(exc, "winerror", None)
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return ExportError(f"There is not enough space on the disk to save {name}. Free some "
                           "space, or choose another place to save it.", path=target,
                           reason="disk_full")
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return ExportError(f"The folder {folder} is no longer there (was a USB stick removed?). "
                           "Choose another place to save it.", path=target, reason="no_folder")
    if code in (errno.ENAMETOOLONG, errno.EINVAL) or winerror == 123:
        return ExportError(f"{name} cannot be used as a file name here. Choose a shorter name "
                           "without the characters \\ / : * ? \" < > |.", path=target,
                           reason="bad_name")
    if code == errno.EROFS:
        return ExportError(f"The folder {folder} is read-only (for example a locked USB stick "
                           "or a CD). Choose another folder.", path=target,
                           reason="read_only_folder")
    permission = isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM) \
        or winerror in (_WINDOWS_SHARING_VIOLATION, _WINDOWS_LOCK_VIOLATION, 5)
    if permission or code == errno.EBUSY:
        if stage == "replace" and target.exists():
            if not os.access(target, os.W_OK):
                return ExportError(f"{name} is marked read-only, so it cannot be replaced. "
                                   "Choose another name.", path=target, reason="read_only_file")
            return ExportError(f"{name} is open in another program, probably Word, so it "
                               "cannot be replaced. Close it in Word, or choose another name.",
                               path=target, reason="locked")
        return ExportError(f"You do not have permission to save files in the folder {folder} "
                           "(it may be read-only or belong to someone else). Choose another "
                           "folder, such as Documents.", path=target, reason="read_only_folder")
    detail = exc.strerror or str(exc)
    return ExportError(f"{name} could not be saved ({detail}). Nothing was changed; try again, "
                       "or choose another name or folder.", path=target, reason="failed")


def write_atomically(path: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write(handle)`` to fill a temporary file, then put it in place of ``path``.

    Raises :class:`ExportError` (target unchanged, no temporary file left) on failure.
    """
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise ExportError(f"“{target.name}” is a folder. Choose a file name to save to.",
                          path=target, reason="is_folder")
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"The folder “{folder}” does not exist. Choose another place to "
                          "save it.", path=target, reason="no_folder")
    try:
        handle_fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".part",
                                                dir=folder)
    except OSError as exc:
        raise _message(exc, target, "create") from exc
    temp = Path(temp_name)
    try:
        try:
            with os.fdopen(handle_fd, "wb") as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise _message(exc, target, "write") from exc
        _copy_mode(target, temp)
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise _message(exc, target, "replace") from exc
        _fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


def _copy_mode(target: Path, temp: Path) -> None:
    """Give the new file the permissions a newly created file would have (mkstemp
    makes it private to the owner)."""
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(temp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes(path: Path | str, data: bytes) -> Path:
    return write_atomically(path, lambda handle: handle.write(data))


def write_text(path: Path | str, text: str, *, encoding: str = "utf-8-sig") -> Path:
    """Text as UTF-8 with a byte-order mark (so old Windows Notepad reads £ and é)."""
    return write_bytes(path, text.encode(encoding))


def write_document(path: Path | str, document) -> Path:
    """Save a python-docx ``Document`` (built in memory first, so a failure while
    building never touches the file)."""
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return write_bytes(path, buffer.getvalue())
