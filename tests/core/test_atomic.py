"""The one atomic-write helper: whole or nothing, never a read-only file replaced,
no temporary files left behind, and the folder synced so the move lasts."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from svbidder.core.storage import atomic
from svbidder.core.storage.atomic import (
    AtomicWriteError,
    write_atomically,
    write_bytes,
    write_file_atomically,
    write_text,
)

OLD = b"the file as it was"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "folder" / "Bid.svbid"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def others(target: Path) -> list[str]:
    """Everything in the target's folder except the target itself."""
    return sorted(p.name for p in target.parent.iterdir() if p != target)


def test_writes_a_new_file_and_replaces_an_old_one(tmp_path: Path, target: Path) -> None:
    fresh = write_text(tmp_path / "new.txt", "£ and é")
    assert fresh == tmp_path / "new.txt"
    assert fresh.read_bytes() == "£ and é".encode()
    assert write_bytes(target, b"new") == target
    assert target.read_bytes() == b"new"
    assert others(target) == []


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary_file(target: Path) -> None:
    def half_then_fail(handle) -> None:  # noqa: ANN001 - a binary file
        handle.write(b"half a fi")
        raise RuntimeError("the program stopped half way")

    with pytest.raises(RuntimeError, match="half way"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == OLD
    assert others(target) == []


def test_a_failure_filling_by_name_leaves_the_old_file(target: Path) -> None:
    def copy_then_fail(temp: Path) -> None:
        assert temp.parent == target.parent and temp.exists()
        temp.write_bytes(b"partly copied")
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError):
        write_file_atomically(target, copy_then_fail)
    assert target.read_bytes() == OLD
    assert others(target) == []


@pytest.mark.parametrize("stage", ["fsync", "replace"])
def test_a_disk_failure_is_a_plain_message_and_changes_nothing(
        target: Path, monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, stage, full)
    with pytest.raises(AtomicWriteError) as caught:
        write_bytes(target, b"new")
    assert caught.value.reason == "disk_full"
    assert "not enough space on the disk" in str(caught.value)
    assert target.read_bytes() == OLD
    assert others(target) == []


def test_the_folder_is_synced_after_the_move(target: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        mode = os.fstat(fd).st_mode
        synced.append("folder" if stat.S_ISDIR(mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", record)
    write_bytes(target, b"new")
    if os.name == "posix":
        assert synced == ["file", "folder"]  # the data first, then the rename
    else:
        assert synced == ["file"]


def test_a_file_filled_by_name_is_synced_before_the_move(
        target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd)))
    monkeypatch.setattr(atomic.os, "replace",
                        lambda a, b: (events.append("replace"), real_replace(a, b)))
    write_file_atomically(target, lambda temp: temp.write_bytes(b"copied"))
    assert target.read_bytes() == b"copied"
    assert events[:2] == ["fsync", "replace"]


def test_a_read_only_target_is_refused_and_unchanged(target: Path) -> None:
    target.chmod(0o444)
    try:
        with pytest.raises(AtomicWriteError) as caught:
            write_bytes(target, b"new")
        assert caught.value.reason == "read_only_file"
        assert "“Bid.svbid” is marked read-only, so it was not replaced" in str(caught.value)
        assert target.read_bytes() == OLD
        assert others(target) == []
    finally:
        target.chmod(0o644)


def test_an_existing_files_permissions_are_kept(target: Path) -> None:
    target.chmod(0o640)
    write_bytes(target, b"new")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "new.svpack", b"{}")
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_a_name_too_long_gives_one_plain_message(tmp_path: Path) -> None:
    name = "A very long answer title " * 12 + ".docx"
    with pytest.raises(AtomicWriteError) as caught:
        write_bytes(tmp_path / name, b"new")
    assert caught.value.reason == "bad_name"
    assert str(caught.value).endswith("is too long to save here. Choose a shorter name.")
    assert list(tmp_path.iterdir()) == []


def test_a_path_too_long_for_the_system_gives_the_same_message(
        target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def too_long(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENAMETOOLONG, "File name too long")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", too_long)
    with pytest.raises(AtomicWriteError, match="too long to save here. Choose a shorter name."):
        write_bytes(target, b"new")
    assert target.read_bytes() == OLD


def test_a_file_open_elsewhere_says_so(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "being used by another process")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(AtomicWriteError) as caught:
        write_bytes(target, b"new")
    assert caught.value.reason == "in_use"
    assert "open in another program" in str(caught.value)
    assert target.read_bytes() == OLD
    assert others(target) == []


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(AtomicWriteError) as missing:
        write_bytes(tmp_path / "gone" / "x.txt", b"new")
    assert missing.value.reason == "no_folder"
    with pytest.raises(AtomicWriteError) as folder:
        write_bytes(tmp_path, b"new")
    assert folder.value.reason == "is_folder"


def test_interrupting_the_write_also_cleans_up(target: Path) -> None:
    def interrupted(_handle) -> None:  # noqa: ANN001 - a binary file
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, interrupted)
    assert target.read_bytes() == OLD and others(target) == []
