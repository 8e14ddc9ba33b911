"""Write an exported file whole or not at all, with messages a person can act on.

The writing itself is :mod:`svbidder.core.storage.atomic` (temporary file in the
target's folder, synced, moved over the target, folder synced); this layer turns
its failures into an :class:`ExportError` and says, for a document that cannot be
replaced because it is open, that Word is the likely reason.

``ExportError.reason`` is one of ``locked``, ``read_only_file``,
``read_only_folder``, ``no_folder``, ``disk_full``, ``bad_name``, ``is_folder``,
``failed``; the GUI offers to choose another name for all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..core.errors import SvBidderError
from ..core.storage import atomic


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


def _export_error(error: atomic.AtomicWriteError) -> ExportError:
    if error.reason == "in_use":
        return ExportError(f"“{error.path.name}” is open in another program, probably Word, so "
                           "it cannot be replaced. Close it in Word, or choose another name.",
                           path=error.path, reason="locked")
    return ExportError(str(error), path=error.path, reason=error.reason)


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write(handle)`` to fill a temporary file, then put it in place of ``path``.

    Raises :class:`ExportError` (target unchanged, no temporary file left) on failure.
    """
    try:
        return atomic.write_atomically(path, write)
    except atomic.AtomicWriteError as error:
        raise _export_error(error) from error


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
