"""A lock file beside an open workspace, so a second opener is warned.

SQLite's own locking only protects single writes; two people editing the same
file on a shared drive would still overwrite each other's work. The lock file
records who has the workspace open, so the second opener gets it read-only
with a plain explanation instead.

Once the workspace is open, the lock also keeps a fingerprint of the file as it
was then (:class:`~.fileformat.FileFingerprint`). A lock left behind by a crash
is how the next opener tells whether the crash journal beside the file belongs
to the file now there.
"""

from __future__ import annotations

import contextlib
import getpass
import glob
import json
import os
import re
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from .fileformat import FileFingerprint


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    opened_at: str

    def describe(self) -> str:
        """A sentence for people: who has it open, where and since when."""
        when = self.opened_at.replace("T", " at ")[:19] if self.opened_at else "an unknown time"
        here = self.host == socket.gethostname()
        where = "this computer" if here else f"the computer “{self.host}”"
        who = self.user or "someone"
        return f"{who} on {where} opened it on {when} (UTC)"


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _host_tag() -> str:
    """This computer's name as it can go in a file name."""
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:40] or "host"


def _tmp_path(path: Path) -> Path:
    """Where a new lock is written before it takes the lock's name. The name says which
    computer and program wrote it, so one killed part way can be told and cleared."""
    return path.with_name(f"{path.name}.{_host_tag()}.{os.getpid()}.tmp")


def _clear_dead_tmps(path: Path) -> None:
    """Remove the half-made locks that programs on this computer, killed between writing
    one and giving it the lock's name, left beside ``path``. Another computer's (on a
    shared drive) are never touched: whether its programs run cannot be told here."""
    prefix = f"{path.name}.{_host_tag()}."
    for tmp in path.parent.glob(glob.escape(prefix) + "*.tmp"):
        pid = tmp.name[len(prefix):-len(".tmp")]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name, e.g. some containers
        return ""


def _our_info() -> LockInfo:
    return LockInfo(
        user=_current_user(),
        host=socket.gethostname(),
        pid=os.getpid(),
        opened_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
    )


def read_lock(workspace: Path) -> LockInfo | None:
    """The lock beside a workspace, or None. An unreadable lock counts as a lock."""
    try:
        text = lock_path(workspace).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, ValueError):  # ValueError: bytes that are not UTF-8
        return LockInfo(user="", host="", pid=0, opened_at="")
    try:
        data = json.loads(text)
        return LockInfo(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=int(data.get("pid", 0)),
            opened_at=str(data.get("opened_at", "")),
        )
    except (ValueError, TypeError, AttributeError):
        return LockInfo(user="", host="", pid=0, opened_at="")


def read_fingerprint(workspace: Path) -> FileFingerprint | None:
    """The fingerprint kept in the lock beside a workspace, if there is one."""
    try:
        data = json.loads(lock_path(workspace).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return FileFingerprint.from_json(data.get("file")) if isinstance(data, dict) else None


def record_fingerprint(workspace: Path, ours: LockInfo, file: FileFingerprint) -> None:
    """Keep ``file`` in our lock (never in someone else's). Best effort: without it a
    crash journal is only replayed when its own evidence says it belongs."""
    if read_lock(workspace) != ours:
        return
    path = lock_path(workspace)
    tmp = _tmp_path(path)
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps({**asdict(ours), "file": file.to_json()}), encoding="utf-8")
        os.replace(tmp, path)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) there sends Ctrl+C (signal 0 is CTRL_C_EVENT)
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:
    # ctypes has WinDLL only on Windows; this check also tells mypy, run on
    # other systems, not to look for it there.
    if sys.platform != "win32":
        raise OSError("Only Windows can be asked this way whether a program is running.")
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = ctypes.c_void_p
    kernel32.GetExitCodeProcess.argtypes = (ctypes.c_void_p, ctypes.POINTER(ctypes.c_ulong))
    kernel32.CloseHandle.argtypes = (ctypes.c_void_p,)
    process_query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied  # exists, owned by someone else
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def is_stale(info: LockInfo) -> bool:
    """A lock left by a program on this computer that is no longer running."""
    same_host = info.host == socket.gethostname()
    return same_host and info.pid != os.getpid() and not _pid_alive(info.pid)


def try_acquire(workspace: Path) -> tuple[LockInfo | None, LockInfo | None]:
    """Take the lock if nobody live holds it.

    Returns ``(ours, theirs)``: ``ours`` when we now hold the lock, otherwise
    ``theirs`` describes the holder. Stale locks are taken over silently.
    Raises OSError when the folder cannot be written (e.g. read-only media).
    """
    existing = read_lock(workspace)
    if existing is not None and not is_stale(existing):
        return None, existing
    ours = _our_info()
    path = lock_path(workspace)
    _clear_dead_tmps(path)
    tmp = _tmp_path(path)
    tmp.write_text(json.dumps(asdict(ours)), encoding="utf-8")
    if existing is None:
        try:
            os.link(tmp, path)  # atomic "create if absent", also on most network drives
        except FileExistsError:
            tmp.unlink(missing_ok=True)
            return None, read_lock(workspace)
        except OSError:
            os.replace(tmp, path)  # file systems without hard links (FAT on USB sticks)
        else:
            tmp.unlink(missing_ok=True)
    else:
        os.replace(tmp, path)
    return ours, None


def force_acquire(workspace: Path) -> LockInfo:
    """Take over the lock whoever holds it (the person chose "Open anyway")."""
    ours = _our_info()
    path = lock_path(workspace)
    _clear_dead_tmps(path)
    tmp = _tmp_path(path)
    tmp.write_text(json.dumps(asdict(ours)), encoding="utf-8")
    os.replace(tmp, path)
    return ours


def release(workspace: Path, ours: LockInfo) -> None:
    """Remove the lock, but only if it is still ours (never someone else's)."""
    if read_lock(workspace) == ours:
        with contextlib.suppress(OSError):
            lock_path(workspace).unlink()
