"""The lock file beside an open workspace: a second opener gets it read-only."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from svbidder.core.errors import ReadOnlyError
from svbidder.core.storage import lock as locking
from svbidder.core.storage.backup import BackupStore
from svbidder.core.storage.fileformat import has_hot_journal
from svbidder.core.storage.records import Activity, EvidenceItem, Organisation
from svbidder.core.storage.workspace import Workspace

from .helpers import dead_pid, sha256


def write_lock(workspace: Path, *, host: str, pid: int, user: str = "Siân") -> Path:
    path = locking.lock_path(workspace)
    path.write_text(json.dumps({"user": user, "host": host, "pid": pid,
                                "opened_at": "2024-03-01T09:30:00+00:00"}), encoding="utf-8")
    return path


@pytest.fixture
def closed_path(ws_path: Path) -> Path:
    with Workspace.create(ws_path) as ws:
        ws.add(Activity(title="Cinio cymunedol"))
    return ws_path


def test_lock_file_while_open(closed_path: Path) -> None:
    lock_file = locking.lock_path(closed_path)
    assert lock_file.name == closed_path.name + ".lock"
    assert not lock_file.exists()
    ws = Workspace.open(closed_path)
    info = locking.read_lock(closed_path)
    assert info is not None
    assert info.pid == os.getpid()
    assert info.host == socket.gethostname()
    ws.close()
    assert not lock_file.exists()
    ws.close()  # twice is fine
    assert not any(p.name.endswith(".tmp") for p in closed_path.parent.iterdir())


WRITES: list[tuple[str, Callable[[Workspace], object]]] = [
    ("add", lambda ws: ws.add(Activity(title="x"))),
    ("update", lambda ws: ws.update(Organisation, 1, name="x")),
    ("delete", lambda ws: ws.delete(Activity, 1)),
    ("link", lambda ws: ws.link("activity_evidence", 1, 1)),
    ("unlink", lambda ws: ws.unlink("activity_evidence", 1, 1)),
    ("set_meta", lambda ws: ws.set_meta("k", "v")),
    ("batch", lambda ws: ws.batch("b").__enter__()),
]


def test_second_opener_is_read_only(closed_path: Path, backups: BackupStore) -> None:
    first = Workspace.open(closed_path)
    first.add(EvidenceItem(title="Tystiolaeth"))
    before = sha256(closed_path)
    second = Workspace.open(closed_path, backups=backups)
    try:
        assert second.read_only
        assert second.mode.read_only
        assert second.mode.lock_holder is not None
        assert second.mode.lock_holder.pid == os.getpid()
        assert "already open" in second.mode.reason
        assert "this computer" in second.mode.reason
        # It can read, and sees what the first one saved.
        assert [a.title for a in second.find(Activity)] == ["Cinio cymunedol"]
        assert second.count("evidence_item") == 1
        for name, write in WRITES:
            with pytest.raises(ReadOnlyError) as caught:
                write(second)
            assert "read-only" in str(caught.value), name
        assert second.undo() is None  # nothing of its own to undo
        assert backups.list(closed_path) == []  # no backup of a file open elsewhere
    finally:
        second.close()
    # The read-only opener did not take, change or remove the lock.
    assert locking.read_lock(closed_path) is not None
    assert locking.read_lock(closed_path).pid == os.getpid()
    assert sha256(closed_path) == before
    first.add(Activity(title="still writable"))
    first.close()
    assert not locking.lock_path(closed_path).exists()

    with Workspace.open(closed_path) as third:  # the lock was released
        assert not third.read_only
        third.add(Activity(title="third"))


def test_read_only_open_takes_no_lock(closed_path: Path) -> None:
    before = sha256(closed_path)
    with Workspace.open(closed_path, read_only=True) as ws:
        assert ws.read_only and ws.mode.lock_holder is None
        assert not locking.lock_path(closed_path).exists()
        with pytest.raises(ReadOnlyError):
            ws.add(Activity())
        with Workspace.open(closed_path) as writer:  # someone else may still write
            assert not writer.read_only
    assert sha256(closed_path) == before


def test_stale_lock_on_this_computer_is_taken_over(closed_path: Path) -> None:
    write_lock(closed_path, host=socket.gethostname(), pid=dead_pid())
    with Workspace.open(closed_path) as ws:
        assert not ws.read_only
        assert locking.read_lock(closed_path).pid == os.getpid()
        ws.add(Activity(title="after a crash"))
    assert not locking.lock_path(closed_path).exists()


def test_live_lock_on_this_computer_makes_it_read_only(closed_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_file = write_lock(closed_path, host=socket.gethostname(), pid=holder.pid)
        before = sha256(lock_file)
        with Workspace.open(closed_path) as ws:
            assert ws.read_only
            assert ws.mode.lock_holder.pid == holder.pid
            assert "Siân" in ws.mode.reason
        assert sha256(lock_file) == before  # closing never removes someone else's lock
    finally:
        holder.kill()
        holder.wait()


def test_lock_from_another_computer_makes_it_read_only(closed_path: Path) -> None:
    lock_file = write_lock(closed_path, host="office-pc-2", pid=dead_pid())
    before = sha256(lock_file)
    file_before = sha256(closed_path)
    with Workspace.open(closed_path) as ws:
        assert ws.read_only
        assert ws.mode.lock_holder is not None
        assert ws.mode.lock_holder.host == "office-pc-2"
        assert "office-pc-2" in ws.mode.reason
        assert "2024-03-01 at 09:30" in ws.mode.reason
        with pytest.raises(ReadOnlyError):
            ws.update(Organisation, 1, name="nope")
    assert sha256(lock_file) == before
    assert sha256(closed_path) == file_before


def test_take_over_lock_forces_it(closed_path: Path) -> None:
    write_lock(closed_path, host="office-pc-2", pid=4242)
    with Workspace.open(closed_path, take_over_lock=True) as ws:
        assert not ws.read_only
        info = locking.read_lock(closed_path)
        assert info.host == socket.gethostname() and info.pid == os.getpid()
        ws.add(Activity(title="taken over"))
    assert not locking.lock_path(closed_path).exists()


def test_unreadable_lock_counts_as_a_lock(closed_path: Path) -> None:
    locking.lock_path(closed_path).write_bytes(b"\x00\xffnot json")
    with Workspace.open(closed_path) as ws:
        assert ws.read_only
        assert "someone" in ws.mode.reason
    with Workspace.open(closed_path, take_over_lock=True) as ws:
        assert not ws.read_only


def test_release_never_removes_someone_elses_lock(closed_path: Path) -> None:
    ws = Workspace.open(closed_path)
    lock_file = write_lock(closed_path, host="office-pc-2", pid=77)  # they forced it meanwhile
    ws.close()
    assert lock_file.exists()
    assert locking.read_lock(closed_path).host == "office-pc-2"


def test_try_acquire_and_is_stale(tmp_path: Path) -> None:
    workspace = tmp_path / "w.svbid"
    ours, theirs = locking.try_acquire(workspace)
    assert ours is not None and theirs is None
    again, holder = locking.try_acquire(workspace)  # our own live lock is not stale
    assert again is None and holder == ours
    assert not locking.is_stale(ours)
    dead = locking.LockInfo("x", socket.gethostname(), dead_pid(), "")
    assert locking.is_stale(dead)
    assert not locking.is_stale(locking.LockInfo("x", "elsewhere", dead.pid, ""))
    locking.release(workspace, ours)
    assert locking.read_lock(workspace) is None


def test_describe_lock_holder() -> None:
    here = locking.LockInfo("Siân", socket.gethostname(), 1, "2024-03-01T09:30:00+00:00")
    assert here.describe() == "Siân on this computer opened it on 2024-03-01 at 09:30 (UTC)"
    there = locking.LockInfo("", "PC-2", 1, "")
    assert there.describe() == "someone on the computer “PC-2” opened it on an unknown time (UTC)"


def test_liveness_check_never_signals_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows ``os.kill(pid, 0)`` sends Ctrl+C; the lock must ask Windows instead."""
    asked: list[int] = []

    def no_kill(*_args: object) -> None:
        raise AssertionError("os.kill must not be used on Windows")

    monkeypatch.setattr(locking, "_windows_pid_alive", lambda pid: asked.append(pid) or True)
    monkeypatch.setattr(locking.os, "kill", no_kill)
    with monkeypatch.context() as windows:
        windows.setattr(locking.os, "name", "nt")
        assert locking._pid_alive(4321)
    assert asked == [4321]


def test_opening_while_the_holder_is_saving_gives_read_only(closed_path: Path) -> None:
    """The journal of a save in progress elsewhere is not a crash: open read-only, no error."""
    first = Workspace.open(closed_path)
    saving = sqlite3.connect(closed_path, isolation_level=None)
    try:
        saving.execute("BEGIN IMMEDIATE")
        saving.execute("UPDATE activity SET title = 'being saved'")
        assert has_hot_journal(closed_path)  # looks like a crash from outside
        with Workspace.open(closed_path) as second:
            assert second.read_only and second.mode.lock_holder is not None
            assert [a.title for a in second.find(Activity)] == ["Cinio cymunedol"]
        saving.execute("COMMIT")
    finally:
        saving.close()
        first.close()
    with Workspace.open(closed_path) as ws:
        assert [a.title for a in ws.find(Activity)] == ["being saved"]


def test_a_half_made_lock_left_by_a_killed_program_is_cleared(closed_path: Path) -> None:
    """A program killed between writing its new lock and naming it leaves the written
    copy: the next opener on this computer clears it. A live program's copy, and one
    from another computer on a shared drive, are left alone."""
    lock_file = locking.lock_path(closed_path)
    host = locking._host_tag()
    dead = lock_file.with_name(f"{lock_file.name}.{host}.{dead_pid()}.tmp")
    live = lock_file.with_name(f"{lock_file.name}.{host}.{os.getppid()}.tmp")
    elsewhere = lock_file.with_name(f"{lock_file.name}.other-pc.{dead_pid()}.tmp")
    for tmp in (dead, live, elsewhere):
        tmp.write_text("{}", encoding="utf-8")
    with Workspace.open(closed_path):
        pass
    assert not dead.exists()
    assert live.exists() and elsewhere.exists()
    dead.write_text("{}", encoding="utf-8")
    locking.force_acquire(closed_path)  # ("Open anyway" clears them too)
    assert not dead.exists()
